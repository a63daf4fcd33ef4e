#pragma once

#include "models/domain/Refusal.h"
#include "ui/widgets/FieldErrors.h"

#include <QDialog>

class DeskCommands;
class LocalStore;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class RefusalLabel;

// Books a vaccination: vaccine (with its available doses), name, birth date, phone, appointment.
// Enter submits through DeskCommands::book. What is wrong with the fields is said all at once, each under
// its field, the first one focused and selected; each goes as soon as it is fixed. A refusal about the
// whole booking (already booked, no dose) is said under the form. Nothing is written until all is right.
// On success the dialog is accepted and bookingCode() holds the code.
class BookingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingDialog)

public:
    BookingDialog(LocalStore *store, DeskCommands *commands, const QDateTime &appointment,
                  QWidget *parent = nullptr);

    QString bookingCode() const { return m_bookingCode; }
    // Every refusal shown, field by field in form order then the form's own, one a line.
    QString refusalText() const;
    QString liveCheckText() const;

signals:
    // Emitted once the booking is committed, just before the dialog is accepted.
    void booked(const QString &code);

private slots:
    void submit();
    // Checks the form as it is typed, with the same rules DeskCommands::book runs, and shows the
    // doses available now; it never moves the focus away from the field being typed.
    void checkLive();

private:
    void loadVaccines();
    void showRefusal(const QString &message, QWidget *field);
    QWidget *fieldFor(RefusalCode code) const;
    // What each field's own rules say about it (empty when nothing), the other fields aside.
    QList<std::pair<QWidget *, QString>> fieldProblems() const;

    LocalStore *m_store = nullptr;
    DeskCommands *m_commands = nullptr;
    QComboBox *m_vaccine = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QLineEdit *m_phone = nullptr;
    QDateTimeEdit *m_appointment = nullptr;
    RefusalLabel *m_refusal = nullptr;
    FieldErrors m_fieldErrors;
    QLabel *m_live = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_bookingCode;
};

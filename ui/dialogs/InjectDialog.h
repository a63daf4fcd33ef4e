#pragma once

#include "models/domain/Lot.h"

#include <QDialog>

class DeskCommands;
class QComboBox;
class QLabel;
class RefusalLabel;

// Records that a booked customer was vaccinated: shows who and which vaccine, offers the usable lots
// with the default picked (the earliest expiry that has not expired, SPEC rule 3), and calls
// DeskCommands::inject. Enter confirms, Escape cancels; a refusal is shown inline.
class InjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InjectDialog)

public:
    // `lots` are the lots of the booking's vaccine; expired or empty ones are listed but not offered.
    // `birthDate` is shown as the second identifier to check with the person.
    InjectDialog(DeskCommands *commands, const QString &code, const QString &who, const QDate &birthDate,
                 const QList<Lot> &lots, const QDate &today, QWidget *parent = nullptr);

    QString lotNumber() const;
    QString refusalText() const;

private slots:
    void submit();

private:
    DeskCommands *m_commands = nullptr;
    QString m_code;
    QComboBox *m_lot = nullptr;
    RefusalLabel *m_refusal = nullptr;
};

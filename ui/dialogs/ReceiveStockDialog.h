#pragma once

#include "ui/widgets/FieldErrors.h"

#include <QDate>
#include <QDialog>

class DeskCommands;
class LocalStore;
class QComboBox;
class QLineEdit;
class QSpinBox;
class RefusalLabel;
class TypedDateTimeEdit;

// Receives a lot of a vaccine (lot number, expiry, quantity) through DeskCommands::receiveStock.
// What is wrong with the fields is said all at once, each under its field (FieldErrors); a refusal about
// the whole receipt under the form. On success the dialog is accepted.
class ReceiveStockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiveStockDialog)

public:
    // `today` is the first expiry offered.
    ReceiveStockDialog(LocalStore *store, DeskCommands *commands, const QDate &today,
                       QWidget *parent = nullptr);

    // Offers `vaccineId` (the one selected on the Stock page) instead of the first by name.
    void setVaccine(const QString &vaccineId);
    // Every error shown, field by field then the form's own, one a line.
    QString refusalText() const;

private slots:
    void submit();

private:
    FieldErrors::Problems fieldProblems() const;

    DeskCommands *m_commands = nullptr;
    QDate m_today;
    QComboBox *m_vaccine = nullptr;
    QLineEdit *m_lotNumber = nullptr;
    TypedDateTimeEdit *m_expiry = nullptr;
    QSpinBox *m_quantity = nullptr;
    RefusalLabel *m_refusal = nullptr;
    FieldErrors m_fieldErrors;
};

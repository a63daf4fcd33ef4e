#pragma once

#include "ui/widgets/FieldErrors.h"

#include <QDialog>

class DeskCommands;
class LocalStore;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class RefusalLabel;
class StockTableModel;

// Writes off wasted or expired doses of one lot through DeskCommands::writeOff. The vaccines and
// their available doses come from `stock` (the window's model, shared so both show the same numbers);
// the lots holding doses, expired ones included, from `store`, the earliest expiry offered first.
// What the rules refuse is shown without a question, every wrong field at once under itself
// (FieldErrors); what they allow is asked once more, with the lot, the quantity and the reason (No by
// default: a write-off cannot be taken back). On success it is accepted and the caller reloads the stock.
class WriteOffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteOffDialog)

public:
    WriteOffDialog(StockTableModel *stock, DeskCommands *commands, LocalStore *store,
                   QWidget *parent = nullptr);

    // Preselects a vaccine, e.g. the one selected in the stock table.
    void setVaccine(const QString &vaccineId);
    // Every error shown, field by field then the form's own, one a line.
    QString refusalText() const;
    // What was written off, once accepted: for the status line.
    QString vaccineName() const;
    QString lotNumber() const;
    int quantity() const;
    QString reason() const;

private slots:
    void submit();
    void showAvailable();
    void showLots();

private:
    QString currentVaccineId() const;
    FieldErrors::Problems fieldProblems() const;
    bool confirm();

    StockTableModel *m_stock = nullptr;
    DeskCommands *m_commands = nullptr;
    LocalStore *m_store = nullptr;
    QComboBox *m_vaccine = nullptr;
    QComboBox *m_lot = nullptr;
    QLabel *m_available = nullptr;
    QSpinBox *m_quantity = nullptr;
    QComboBox *m_reason = nullptr;
    RefusalLabel *m_refusal = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrors m_fieldErrors;
    bool m_written = false;
    bool m_asked = false;
};

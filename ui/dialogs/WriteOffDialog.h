#pragma once

#include <QDialog>

class DeskCommands;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class RefusalLabel;
class StockTableModel;

// Writes off wasted or expired doses of one vaccine through DeskCommands::writeOff. The vaccines and
// their available doses come from `stock` (the window's model, shared so both show the same numbers).
// A refusal is shown inline and the dialog stays open; on success it is accepted and the caller
// reloads the stock.
class WriteOffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteOffDialog)

public:
    WriteOffDialog(StockTableModel *stock, DeskCommands *commands, QWidget *parent = nullptr);

    // Preselects a vaccine, e.g. the one selected in the stock table.
    void setVaccine(const QString &vaccineId);
    QString refusalText() const;

private slots:
    void submit();
    void showAvailable();

private:
    QString currentVaccineId() const;

    StockTableModel *m_stock = nullptr;
    DeskCommands *m_commands = nullptr;
    QComboBox *m_vaccine = nullptr;
    QLabel *m_available = nullptr;
    QSpinBox *m_quantity = nullptr;
    QComboBox *m_reason = nullptr;
    RefusalLabel *m_refusal = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_written = false;
};

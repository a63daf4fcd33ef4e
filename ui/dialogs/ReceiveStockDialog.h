#pragma once

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
// A refusal is shown inline; on success the dialog is accepted.
class ReceiveStockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiveStockDialog)

public:
    // `today` is the first expiry offered.
    ReceiveStockDialog(LocalStore *store, DeskCommands *commands, const QDate &today,
                       QWidget *parent = nullptr);

private slots:
    void submit();

private:
    DeskCommands *m_commands = nullptr;
    QComboBox *m_vaccine = nullptr;
    QLineEdit *m_lotNumber = nullptr;
    TypedDateTimeEdit *m_expiry = nullptr;
    QSpinBox *m_quantity = nullptr;
    RefusalLabel *m_refusal = nullptr;
};

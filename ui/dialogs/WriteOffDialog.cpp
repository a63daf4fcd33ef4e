#include "ui/dialogs/WriteOffDialog.h"

#include "models/commands/DeskCommands.h"
#include "models/itemmodels/StockTableModel.h"
#include "ui/widgets/RefusalLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int kMaxQuantity = 100000;
constexpr int kMaxReasonLength = 200;
} // namespace

WriteOffDialog::WriteOffDialog(StockTableModel *stock, DeskCommands *commands, QWidget *parent)
    : QDialog(parent)
    , m_stock(stock)
    , m_commands(commands)
{
    setWindowTitle(tr("Write off doses"));
    m_vaccine = new QComboBox(this);
    m_vaccine->setObjectName(QStringLiteral("vaccineCombo"));
    m_vaccine->setModel(m_stock);
    m_vaccine->setModelColumn(StockTableModel::NameColumn);
    m_available = new QLabel(this);
    m_available->setObjectName(QStringLiteral("availableLabel"));
    // Not capped at what is available: the rules say why more is refused, the spin box would not.
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(1, kMaxQuantity);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({tr("Expired"), tr("Broken vial"), tr("Temperature excursion")});
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setMaxLength(kMaxReasonLength);
    m_reason->lineEdit()->setPlaceholderText(tr("Why the doses are wasted"));
    m_refusal = new RefusalLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Write off"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WriteOffDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An editable combo keeps Return for itself; the reason is the last field, so Return there submits.
    connect(m_reason->lineEdit(), &QLineEdit::returnPressed, this, &WriteOffDialog::submit);
    connect(m_vaccine, &QComboBox::currentIndexChanged, this, &WriteOffDialog::showAvailable);
    // Live: a sync or another dialog that reloads the model updates the figure here too.
    connect(m_stock, &QAbstractItemModel::modelReset, this, &WriteOffDialog::showAvailable);
    connect(m_stock, &QAbstractItemModel::dataChanged, this, &WriteOffDialog::showAvailable);

    auto *form = new QFormLayout;
    form->addRow(tr("&Vaccine:"), m_vaccine);
    form->addRow(tr("Available:"), m_available);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);

    setTabOrder(m_vaccine, m_quantity);
    setTabOrder(m_quantity, m_reason);
    setTabOrder(m_reason, m_buttons);

    if (!m_stock->errorMessage().isEmpty())
        m_refusal->showRefusal(tr("The vaccines could not be read: %1").arg(m_stock->errorMessage()),
                               nullptr);
    showAvailable();
    m_vaccine->setFocus();
}

void WriteOffDialog::setVaccine(const QString &vaccineId)
{
    for (int row = 0; row < m_stock->rowCount(); ++row) {
        if (m_stock->level(row).vaccineId == vaccineId) {
            m_vaccine->setCurrentIndex(row);
            return;
        }
    }
}

QString WriteOffDialog::refusalText() const
{
    return m_refusal->message();
}

QString WriteOffDialog::currentVaccineId() const
{
    const int row = m_vaccine->currentIndex();
    return row < 0 ? QString() : m_stock->level(row).vaccineId;
}

void WriteOffDialog::showAvailable()
{
    const int row = m_vaccine->currentIndex();
    if (row < 0 || row >= m_stock->rowCount()) {
        m_available->clear();
        return;
    }
    const StockLevel level = m_stock->level(row);
    m_available->setText(tr("%n dose(s)", nullptr, level.available()));
}

void WriteOffDialog::submit()
{
    // Return in the reason field and the default button may both land here for one key press.
    if (m_written)
        return;
    const QString vaccineId = currentVaccineId();
    if (vaccineId.isEmpty()) {
        m_refusal->showRefusal(tr("Register a vaccine and receive stock first."), m_vaccine);
        return;
    }
    const CommandResult result =
        m_commands->writeOff(vaccineId, m_quantity->value(), m_reason->currentText());
    if (result.isDone()) {
        m_written = true;
        accept();
        return;
    }
    QWidget *field = m_vaccine;
    switch (result.refusal.code) {
    case RefusalCode::InvalidQuantity:
    case RefusalCode::WriteOffExceedsAvailable:
        field = m_quantity;
        break;
    case RefusalCode::EmptyReason:
        field = m_reason->lineEdit();
        break;
    default:
        break;
    }
    if (result.status == CommandResult::Status::Failed)
        m_refusal->showRefusal(tr("The write-off could not be saved: %1").arg(result.error), nullptr);
    else
        m_refusal->showRefusal(result.refusal.message, field);
}

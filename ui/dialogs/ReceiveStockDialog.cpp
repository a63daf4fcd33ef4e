#include "ui/dialogs/ReceiveStockDialog.h"

#include "models/commands/DeskCommands.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/ShownDate.h"
#include "models/store/LocalStore.h"
#include "ui/StoreError.h"
#include "ui/widgets/RefusalLabel.h"
#include "ui/widgets/TypedDateTimeEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int kMaxQuantity = 100000;
constexpr int kDefaultShelfLifeMonths = 6;
} // namespace

ReceiveStockDialog::ReceiveStockDialog(LocalStore *store, DeskCommands *commands, const QDate &today,
                                       QWidget *parent)
    : QDialog(parent)
    , m_commands(commands)
{
    setWindowTitle(tr("Receive stock"));
    m_vaccine = new QComboBox(this);
    m_vaccine->setObjectName(QStringLiteral("vaccineCombo"));
    m_lotNumber = new QLineEdit(this);
    m_lotNumber->setObjectName(QStringLiteral("lotNumberEdit"));
    m_expiry = new TypedDateTimeEdit(this);
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setDisplayFormat(ShownDate::dateFormat());
    m_expiry->setCalendarPopup(true);
    m_expiry->setDate(today.addMonths(kDefaultShelfLifeMonths));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(1, kMaxQuantity);
    m_refusal = new RefusalLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Receive"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReceiveStockDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Vaccine:"), m_vaccine);
    form->addRow(tr("&Lot number:"), m_lotNumber);
    form->addRow(tr("&Expiry:"), m_expiry);
    form->addRow(tr("&Quantity:"), m_quantity);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);

    try {
        for (const StockLevel &level : store->stock()->levels())
            m_vaccine->addItem(tr("%1 (%n on hand)", nullptr, level.onHand).arg(level.vaccineName),
                               level.vaccineId);
    } catch (const DatabaseError &error) {
        m_refusal->showRefusal(tr("The vaccines could not be read: %1").arg(error.message()), nullptr);
    }
    m_vaccine->setFocus();
}

void ReceiveStockDialog::submit()
{
    const QString vaccineId = m_vaccine->currentData().toString();
    if (vaccineId.isEmpty()) {
        m_refusal->showRefusal(tr("Register a vaccine first."), m_vaccine);
        return;
    }
    const CommandResult result =
        m_commands->receiveStock(vaccineId, m_lotNumber->text(), m_expiry->date(), m_quantity->value());
    if (result.isDone()) {
        accept();
        return;
    }
    QWidget *field = m_vaccine;
    switch (result.refusal.code) {
    case RefusalCode::EmptyLotNumber:
    case RefusalCode::DuplicateLot:
        field = m_lotNumber;
        break;
    case RefusalCode::ExpiryInPast:
    case RefusalCode::InvalidDate:
        field = m_expiry;
        break;
    case RefusalCode::InvalidQuantity:
        field = m_quantity;
        break;
    default:
        break;
    }
    m_refusal->showRefusal(StoreError::messageOf(result), field);
}

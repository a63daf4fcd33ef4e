#include "ui/dialogs/ReceiveStockDialog.h"

#include "models/commands/DeskCommands.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/Rules.h"
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
    , m_today(today)
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
    form->addRow(QString(), m_fieldErrors.add(m_lotNumber)); // a hidden row takes no room
    form->addRow(tr("&Expiry:"), m_expiry);
    form->addRow(QString(), m_fieldErrors.add(m_expiry));
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(QString(), m_fieldErrors.add(m_quantity));
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
    connect(m_lotNumber, &QLineEdit::textChanged, this, [this] { m_fieldErrors.recheck(fieldProblems()); });
    connect(m_expiry, &QDateTimeEdit::dateChanged, this, [this] { m_fieldErrors.recheck(fieldProblems()); });
    connect(m_quantity, &QSpinBox::valueChanged, this, [this] { m_fieldErrors.recheck(fieldProblems()); });
    m_vaccine->setFocus();
}

void ReceiveStockDialog::setVaccine(const QString &vaccineId)
{
    const int index = m_vaccine->findData(vaccineId);
    if (index >= 0)
        m_vaccine->setCurrentIndex(index);
}

QString ReceiveStockDialog::refusalText() const
{
    return m_fieldErrors.text(m_refusal);
}

FieldErrors::Problems ReceiveStockDialog::fieldProblems() const
{
    // Each field by the receipt's own rules, the others replaced by values they accept. A quantity too
    // large for the stock is known only to the command; it comes back under the quantity.
    const Refusal lot = Rules::checkReceive(m_lotNumber->text(), m_today, 1, m_today);
    const Refusal expiry = Rules::checkReceive(QStringLiteral("L"), m_expiry->date(), 1, m_today);
    const Refusal quantity = Rules::checkReceive(QStringLiteral("L"), m_today, m_quantity->value(), m_today);
    return {{m_lotNumber, lot.message}, {m_expiry, expiry.message}, {m_quantity, quantity.message}};
}

void ReceiveStockDialog::submit()
{
    const QString vaccineId = m_vaccine->currentData().toString();
    if (vaccineId.isEmpty()) {
        m_refusal->showRefusal(tr("Register a vaccine first."), m_vaccine);
        return;
    }
    m_refusal->hide();
    if (m_fieldErrors.showAll(fieldProblems()))
        return;
    const CommandResult result =
        m_commands->receiveStock(vaccineId, m_lotNumber->text(), m_expiry->date(), m_quantity->value());
    if (result.isDone()) {
        accept();
        return;
    }
    QWidget *field = nullptr;
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
    case RefusalCode::QuantityTooLarge:
        field = m_quantity;
        break;
    default:
        break;
    }
    if (field) {
        m_fieldErrors.labelOf(field)->showRefusal(StoreError::messageOf(result), nullptr);
        FieldErrors::focusField(field);
    } else {
        // About the whole receipt (a permission, the disk): under the form.
        m_refusal->showRefusal(StoreError::messageOf(result), m_vaccine);
    }
}

#include "ui/dialogs/WriteOffDialog.h"

#include "models/commands/DeskCommands.h"
#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/Rules.h"
#include "models/domain/ShownDate.h"
#include "models/domain/Validation.h"
#include "models/itemmodels/StockTableModel.h"
#include "models/store/LocalStore.h"
#include "ui/StoreError.h"
#include "ui/widgets/RefusalLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kMaxQuantity = 100000;
constexpr int kMaxReasonLength = 200;
constexpr int kLotNumberRole = Qt::UserRole;
constexpr int kRemainingRole = Qt::UserRole + 1;
} // namespace

WriteOffDialog::WriteOffDialog(StockTableModel *stock, DeskCommands *commands, LocalStore *store,
                               QWidget *parent)
    : QDialog(parent)
    , m_stock(stock)
    , m_commands(commands)
    , m_store(store)
{
    setWindowTitle(tr("Write off doses"));
    m_vaccine = new QComboBox(this);
    m_vaccine->setObjectName(QStringLiteral("vaccineCombo"));
    m_vaccine->setModel(m_stock);
    m_vaccine->setModelColumn(StockTableModel::NameColumn);
    m_available = new QLabel(this);
    m_available->setObjectName(QStringLiteral("availableLabel"));
    m_lot = new QComboBox(this);
    m_lot->setObjectName(QStringLiteral("lotCombo"));
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
    connect(m_vaccine, &QComboBox::currentIndexChanged, this, &WriteOffDialog::showLots);
    // Live: a sync or another dialog that reloads the model updates the figures here too.
    connect(m_stock, &QAbstractItemModel::modelReset, this, &WriteOffDialog::showAvailable);
    connect(m_stock, &QAbstractItemModel::dataChanged, this, &WriteOffDialog::showAvailable);
    connect(m_stock, &QAbstractItemModel::modelReset, this, &WriteOffDialog::showLots);

    auto *form = new QFormLayout;
    form->addRow(tr("&Vaccine:"), m_vaccine);
    form->addRow(tr("Available:"), m_available);
    form->addRow(tr("L&ot:"), m_lot);
    form->addRow(QString(), m_fieldErrors.add(m_lot)); // a hidden row takes no room
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(QString(), m_fieldErrors.add(m_quantity));
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_fieldErrors.add(m_reason));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);

    setTabOrder(m_vaccine, m_lot);
    setTabOrder(m_lot, m_quantity);
    setTabOrder(m_quantity, m_reason);
    setTabOrder(m_reason, m_buttons);

    if (!m_stock->errorMessage().isEmpty())
        m_refusal->showRefusal(tr("The vaccines could not be read: %1").arg(m_stock->errorMessage()),
                               nullptr);
    const auto recheck = [this] { m_fieldErrors.recheck(fieldProblems()); };
    connect(m_vaccine, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_lot, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_quantity, &QSpinBox::valueChanged, this, recheck);
    connect(m_reason, &QComboBox::currentTextChanged, this, recheck);
    showAvailable();
    showLots();
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
    return m_fieldErrors.text(m_refusal);
}

QString WriteOffDialog::vaccineName() const
{
    return m_vaccine->currentText();
}

QString WriteOffDialog::lotNumber() const
{
    return m_lot->currentData(kLotNumberRole).toString();
}

int WriteOffDialog::quantity() const
{
    return m_quantity->value();
}

QString WriteOffDialog::reason() const
{
    return m_reason->currentText().trimmed();
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

void WriteOffDialog::showLots()
{
    const QString vaccineId = currentVaccineId();
    const QString kept = lotNumber();
    m_lot->clear();
    if (vaccineId.isEmpty())
        return;
    QList<Lot> lots;
    try {
        lots = m_store->stock()->lots(vaccineId);
    } catch (const DatabaseError &error) {
        m_refusal->showRefusal(StoreError::forStaff(error.message()), nullptr);
        return;
    }
    const QDate today = m_commands->clock()->now().date();
    // Earliest expiry first (the store's order), so the default is the lot wasted soonest.
    for (const Lot &lot : std::as_const(lots)) {
        if (lot.remaining < 1)
            continue;
        const QString text = lot.isExpiredOn(today)
                                 ? tr("%1 — expired %2, %n dose(s) left", nullptr, lot.remaining)
                                 : tr("%1 — expires %2, %n dose(s) left", nullptr, lot.remaining);
        m_lot->addItem(text.arg(lot.lotNumber, ShownDate::date(lot.expiry)));
        m_lot->setItemData(m_lot->count() - 1, lot.lotNumber, kLotNumberRole);
        m_lot->setItemData(m_lot->count() - 1, lot.remaining, kRemainingRole);
        if (lot.lotNumber == kept)
            m_lot->setCurrentIndex(m_lot->count() - 1);
    }
}

FieldErrors::Problems WriteOffDialog::fieldProblems() const
{
    const int row = m_vaccine->currentIndex();
    if (row < 0 || row >= m_stock->rowCount())
        return {};
    // The quantity by the vaccine's rules with a reason they accept, then by the chosen lot's.
    Refusal amount = Rules::checkWriteOff(m_stock->level(row), quantity(), QStringLiteral("-"));
    QString lotProblem;
    if (m_lot->currentIndex() < 0) {
        lotProblem = tr("No lot of this vaccine has doses left to write off.");
    } else if (!amount.isRefused()) {
        Lot lot;
        lot.lotNumber = lotNumber();
        lot.remaining = m_lot->currentData(kRemainingRole).toInt();
        amount = Rules::checkWriteOffFromLot(lot, quantity());
    }
    const Refusal reason =
        Validation::checkText(m_reason->currentText(), RefusalCode::EmptyReason, RefusalCode::ReasonTooLong);
    return {{m_lot, lotProblem}, {m_quantity, amount.message}, {m_reason, reason.message}};
}

bool WriteOffDialog::confirm()
{
    QMessageBox box(
        QMessageBox::Question, tr("Write off doses"),
        tr("Write off %n dose(s) of %1 from lot %2?", nullptr, quantity()).arg(vaccineName(), lotNumber()),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("writeOffConfirmation"));
    box.setInformativeText(tr("Reason: %1\nA write-off cannot be taken back.").arg(reason()));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void WriteOffDialog::submit()
{
    // Return in the reason field and the default button may both land here for one key press: the
    // second must not ask again after a No (a refusal shown twice is harmless).
    if (m_written || m_asked)
        return;
    const QString vaccineId = currentVaccineId();
    if (vaccineId.isEmpty()) {
        m_refusal->showRefusal(tr("Register a vaccine and receive stock first."), m_vaccine);
        return;
    }
    m_refusal->hide();
    // What the rules refuse needs no question: they are asked here first, as the command asks them.
    if (m_fieldErrors.showAll(fieldProblems()))
        return;
    m_asked = true;
    const bool confirmed = confirm();
    QTimer::singleShot(0, this, [this] { m_asked = false; }); // once this key press is handled
    if (!confirmed)
        return;
    const CommandResult result =
        m_commands->writeOff(vaccineId, quantity(), m_reason->currentText(), lotNumber());
    if (result.isDone()) {
        m_written = true;
        accept();
        return;
    }
    // Refused all the same: the stock changed under the form (a sync, another desk's write-off).
    QWidget *field = nullptr;
    switch (result.refusal.code) {
    case RefusalCode::InvalidQuantity:
    case RefusalCode::WriteOffExceedsAvailable:
    case RefusalCode::WriteOffExceedsLot:
    case RefusalCode::NoRights:
        field = m_quantity;
        break;
    case RefusalCode::UnknownLot:
        field = m_lot;
        break;
    case RefusalCode::EmptyReason:
    case RefusalCode::ReasonTooLong:
        field = m_reason;
        break;
    default:
        break;
    }
    if (field && result.status != CommandResult::Status::Failed) {
        m_fieldErrors.labelOf(field)->showRefusal(result.refusal.message, nullptr);
        FieldErrors::focusField(field);
    } else {
        m_refusal->showRefusal(StoreError::messageOf(result), m_vaccine);
    }
}

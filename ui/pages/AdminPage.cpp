#include "ui/pages/AdminPage.h"

#include "models/commands/StaffAdmin.h"
#include "models/domain/Clock.h"
#include "models/domain/Event.h"
#include "models/domain/ShownDate.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/itemmodels/StaffTableModel.h"
#include "ui/ConfirmedCommand.h"
#include "ui/StoreError.h"
#include "ui/dialogs/StaffDialog.h"
#include "ui/widgets/TableViews.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kFilterDelayMs = 150; // as the bookings search

// The actions an administrator filters by; the stable names AuditStore stores.
QStringList filterableActions()
{
    QStringList actions{QStringLiteral("sign-in"),
                        QStringLiteral("sign-in-failed"),
                        QStringLiteral("sign-in-locked"),
                        QStringLiteral("locked"),
                        QStringLiteral("sign-out"),
                        QStringLiteral("desk-locked"),
                        QStringLiteral("staff-added"),
                        QStringLiteral("staff-roles-changed"),
                        QStringLiteral("staff-password-reset"),
                        QStringLiteral("staff-deactivated"),
                        QStringLiteral("conflict-resolved")};
    for (const EventType type :
         {EventType::Booked, EventType::BookingCancelled, EventType::Injected, EventType::InjectionUndone,
          EventType::VaccineRegistered, EventType::StockReceived, EventType::StockWrittenOff})
        actions.append(eventTypeName(type));
    return actions;
}
} // namespace

AdminPage::AdminPage(LocalStore *store, const Clock *clock, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("adminPage"));
    m_staffModel = new StaffTableModel(store, clock, this);
    m_auditModel = new AuditTableModel(store, this);
    connect(m_staffModel, &StaffTableModel::errorOccurred, this,
            [this](const QString &detail) { emit statusMessage(StoreError::forStaff(detail)); });
    connect(m_auditModel, &AuditTableModel::errorOccurred, this,
            [this](const QString &detail) { emit statusMessage(StoreError::forStaff(detail)); });

    m_addStaff = new QAction(this);
    m_addStaff->setObjectName(QStringLiteral("addStaffAction"));
    m_addStaff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_addStaff, &QAction::triggered, this, &AdminPage::addStaff);

    m_staffLabel = new QLabel(this);
    m_staffView = TableViews::make(m_staffModel, QStringLiteral("staffView"), this);
    TableViews::fitColumns(m_staffView, StaffTableModel::RolesColumn);
    m_staffView->setMaximumHeight(220);
    m_staffLabel->setBuddy(m_staffView);
    connect(m_staffView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdminPage::updateButtons);
    connect(m_staffModel, &QAbstractItemModel::modelReset, this, &AdminPage::updateButtons);
    m_addButton = new QPushButton(this);
    m_rolesButton = new QPushButton(this);
    m_passwordButton = new QPushButton(this);
    m_deactivateButton = new QPushButton(this);
    connect(m_addButton, &QPushButton::clicked, this, &AdminPage::addStaff);
    connect(m_rolesButton, &QPushButton::clicked, this, &AdminPage::changeRoles);
    connect(m_passwordButton, &QPushButton::clicked, this, &AdminPage::resetPassword);
    connect(m_deactivateButton, &QPushButton::clicked, this, &AdminPage::deactivate);

    m_auditLabel = new QLabel(this);
    m_filterText = new QLineEdit(this);
    m_filterText->setObjectName(QStringLiteral("auditFilterText"));
    m_filterText->setClearButtonEnabled(true);
    m_filterAction = new QComboBox(this);
    m_filterAction->setObjectName(QStringLiteral("auditFilterAction"));
    m_filterAction->addItem(QString());
    for (const QString &action : filterableActions())
        m_filterAction->addItem(AuditEntry::actionText(action), action);
    const QDate today = clock->now().toLocalTime().date();
    m_filterFrom = new QDateEdit(today.addDays(-30), this);
    m_filterFrom->setObjectName(QStringLiteral("auditFilterFrom"));
    m_filterFrom->setCalendarPopup(true);
    m_filterFrom->setDisplayFormat(ShownDate::dateFormat());
    m_filterTo = new QDateEdit(today, this);
    m_filterTo->setObjectName(QStringLiteral("auditFilterTo"));
    m_filterTo->setCalendarPopup(true);
    m_filterTo->setDisplayFormat(ShownDate::dateFormat());
    // The text filter scans the subjects of the whole date range: once typing pauses, not per key.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(kFilterDelayMs);
    connect(typing, &QTimer::timeout, this, &AdminPage::applyFilter);
    connect(m_filterText, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_filterAction, &QComboBox::currentIndexChanged, this, &AdminPage::applyFilter);
    connect(m_filterFrom, &QDateEdit::dateChanged, this, &AdminPage::applyFilter);
    connect(m_filterTo, &QDateEdit::dateChanged, this, &AdminPage::applyFilter);
    m_auditView = TableViews::make(m_auditModel, QStringLiteral("auditView"), this);
    TableViews::fitColumns(m_auditView, AuditTableModel::DescriptionColumn);
    m_auditLabel->setBuddy(m_filterText);

    auto *staffButtons = new QHBoxLayout;
    for (QPushButton *button : {m_addButton, m_rolesButton, m_passwordButton, m_deactivateButton})
        staffButtons->addWidget(button);
    staffButtons->addStretch();
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_auditLabel);
    filters->addWidget(m_filterText, 2);
    filters->addWidget(m_filterAction, 1);
    filters->addWidget(m_filterFrom);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_filterTo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_staffLabel);
    layout->addWidget(m_staffView);
    layout->addLayout(staffButtons);
    layout->addSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_auditView, 1);
    setFocusProxy(m_staffView);

    retranslate();
    applyFilter();
    updateButtons();
}

void AdminPage::setStaffAdmin(StaffAdmin *admin)
{
    m_admin = admin;
    updateButtons();
}

void AdminPage::retranslate()
{
    m_addStaff->setText(tr("&Add staff member…"));
    m_staffLabel->setText(tr("S&taff accounts:"));
    m_addButton->setText(tr("Add…"));
    m_rolesButton->setText(tr("Change roles…"));
    m_passwordButton->setText(tr("New password…"));
    m_deactivateButton->setText(tr("Deactivate"));
    m_auditLabel->setText(tr("A&udit trail:"));
    m_filterText->setPlaceholderText(tr("Person, customer, lot or reason"));
    m_filterAction->setItemText(0, tr("Any action"));
    for (int i = 1; i < m_filterAction->count(); ++i)
        m_filterAction->setItemText(i, AuditEntry::actionText(m_filterAction->itemData(i).toString()));
}

void AdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdminPage::applyFilter()
{
    AuditStore::Filter filter;
    filter.text = m_filterText->text().trimmed();
    filter.action = m_filterAction->currentData().toString();
    filter.from = m_filterFrom->date();
    filter.to = m_filterTo->date();
    m_auditModel->setFilter(filter);
}

void AdminPage::updateButtons()
{
    const bool selected = currentStaffRow() >= 0;
    m_addButton->setEnabled(m_admin);
    m_addStaff->setEnabled(m_admin);
    m_rolesButton->setEnabled(m_admin && selected);
    m_passwordButton->setEnabled(m_admin && selected);
    m_deactivateButton->setEnabled(m_admin && selected && m_staffModel->staff(currentStaffRow()).active);
}

int AdminPage::currentStaffRow() const
{
    return TableViews::currentRow(m_staffView);
}

void AdminPage::addStaff()
{
    if (!m_admin)
        return;
    auto *dialog = new StaffDialog(m_admin, StaffDialog::Mode::Add, Staff(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        emit statusMessage(tr("Staff member %1 added.").arg(dialog->username()));
    });
    dialog->open();
}

void AdminPage::changeRoles()
{
    const int row = currentStaffRow();
    if (!m_admin || row < 0)
        return;
    auto *dialog = new StaffDialog(m_admin, StaffDialog::Mode::ChangeRoles, m_staffModel->staff(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        emit statusMessage(tr("Roles of %1 changed.").arg(dialog->username()));
    });
    dialog->open();
}

void AdminPage::resetPassword()
{
    const int row = currentStaffRow();
    if (!m_admin || row < 0)
        return;
    auto *dialog = new StaffDialog(m_admin, StaffDialog::Mode::ResetPassword, m_staffModel->staff(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        emit statusMessage(tr("New password set for %1.").arg(dialog->username()));
    });
    dialog->open();
}

void AdminPage::deactivate()
{
    const int row = currentStaffRow();
    if (!m_admin || row < 0)
        return;
    const Staff staff = m_staffModel->staff(row);
    if (!ConfirmedCommand::run(this, tr("Deactivate account"),
                               tr("Deactivate %1 (%2)? They can no longer sign in; their past changes stay "
                                  "in the audit trail.")
                                   .arg(staff.username, staff.displayName),
                               tr("Account not deactivated"),
                               [&] { return m_admin->deactivate(staff.username); }))
        return;
    reload();
    emit statusMessage(tr("%1 can no longer sign in.").arg(staff.username));
}

void AdminPage::reload()
{
    m_staffModel->reload();
    m_auditModel->reload();
}

void AdminPage::auditChanged()
{
    if (isVisible())
        m_auditModel->reload();
}

void AdminPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

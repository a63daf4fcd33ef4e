#include "ui/dialogs/StaffDialog.h"

#include "models/commands/StaffAdmin.h"
#include "ui/StoreError.h"
#include "ui/widgets/RefusalLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

StaffDialog::StaffDialog(StaffAdmin *admin, Mode mode, const Staff &staff, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(mode == Mode::Add           ? tr("Add a staff member")
                   : mode == Mode::ChangeRoles ? tr("Change roles of %1").arg(staff.username)
                                               : tr("New password for %1").arg(staff.username));
    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &text, QLineEdit *edit) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, edit);
    };
    m_username = new QLineEdit(staff.username, this);
    m_username->setObjectName(QStringLiteral("staffUsernameEdit"));
    m_username->setMaxLength(32);
    m_username->setReadOnly(mode != Mode::Add);
    row(tr("&Username:"), m_username);
    if (mode == Mode::Add) {
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("staffNameEdit"));
        m_displayName->setMaxLength(80);
        row(tr("&Full name:"), m_displayName);
    }
    if (mode != Mode::ChangeRoles) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("staffPasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("at least 8 characters"));
        row(tr("&Password:"), m_password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("staffRepeatEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        row(tr("&Repeat password:"), m_repeat);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (mode != Mode::ResetPassword) {
        auto *box = new QGroupBox(tr("Roles"), this);
        auto *boxLayout = new QVBoxLayout(box);
        for (const Role role : allRoles()) {
            auto *check = new QCheckBox(roleText(role), box);
            check->setObjectName(QStringLiteral("role_") + roleName(role));
            check->setChecked(staff.roles.testFlag(role));
            boxLayout->addWidget(check);
            m_roles.append({role, check});
        }
        layout->addWidget(box);
    }
    m_refusal = new RefusalLabel(this);
    layout->addWidget(m_refusal);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (mode == Mode::Add           ? m_username
     : mode == Mode::ChangeRoles ? m_roles.first().second
                                 : static_cast<QWidget *>(m_password))
        ->setFocus();
}

QString StaffDialog::username() const
{
    return m_username->text().trimmed();
}

QString StaffDialog::refusalText() const
{
    return m_refusal->message();
}

Roles StaffDialog::checkedRoles() const
{
    Roles roles;
    for (const auto &[role, check] : m_roles) {
        if (check->isChecked())
            roles |= role;
    }
    return roles;
}

void StaffDialog::submit()
{
    if (m_password && m_password->text() != m_repeat->text()) {
        m_refusal->showRefusal(tr("The two passwords differ. Type the same password twice."), m_repeat);
        return;
    }
    if (m_mode != Mode::ResetPassword && checkedRoles() == Roles()) {
        m_refusal->showRefusal(tr("Give the account at least one role."), m_roles.first().second);
        return;
    }
    CommandResult result;
    switch (m_mode) {
    case Mode::Add:
        result =
            m_admin->addStaff(m_username->text(), m_displayName->text(), m_password->text(), checkedRoles());
        break;
    case Mode::ChangeRoles:
        result = m_admin->changeRoles(username(), checkedRoles());
        break;
    case Mode::ResetPassword:
        result = m_admin->resetPassword(username(), m_password->text());
        break;
    }
    if (!result.isDone()) {
        QWidget *field = m_password ? static_cast<QWidget *>(m_password) : m_roles.first().second;
        if (result.refusal.code == RefusalCode::InvalidUsername ||
            result.refusal.code == RefusalCode::UsernameTaken)
            field = m_username;
        m_refusal->showRefusal(StoreError::messageOf(result), field);
        return;
    }
    accept();
}

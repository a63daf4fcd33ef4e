#include "ui/dialogs/StaffDialog.h"

#include "models/commands/StaffAdmin.h"
#include "models/domain/Rules.h"
#include "models/domain/Validation.h"
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
        form->addRow(QString(), m_fieldErrors.add(edit)); // a hidden row takes no room
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
        // The roles' error under their box, focusing the first of them.
        layout->addWidget(m_fieldErrors.add(m_roles.first().second));
    }
    m_refusal = new RefusalLabel(this);
    layout->addWidget(m_refusal);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit *edit : {m_username, m_displayName, m_password, m_repeat}) {
        if (edit)
            connect(edit, &QLineEdit::textChanged, this, [this] { m_fieldErrors.recheck(fieldProblems()); });
    }
    for (const auto &[role, check] : m_roles)
        connect(check, &QCheckBox::toggled, this, [this] { m_fieldErrors.recheck(fieldProblems()); });
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
    return m_fieldErrors.text(m_refusal);
}

FieldErrors::Problems StaffDialog::fieldProblems() const
{
    // The account's own rules, field by field, as StaffAdmin runs them.
    FieldErrors::Problems problems;
    if (m_mode == Mode::Add) {
        problems.append({m_username, Rules::checkUsername(m_username->text()).message});
        problems.append({m_displayName, Validation::checkName(m_displayName->text()).message});
    }
    if (m_password) {
        problems.append({m_password, Rules::checkPassword(m_password->text()).message});
        problems.append({m_repeat, m_password->text() == m_repeat->text()
                                       ? QString()
                                       : tr("The two passwords differ. Type the same password twice.")});
    }
    if (!m_roles.isEmpty()) {
        problems.append({m_roles.first().second,
                         checkedRoles() == Roles() ? tr("Give the account at least one role.") : QString()});
    }
    return problems;
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
    m_refusal->hide();
    if (m_fieldErrors.showAll(fieldProblems()))
        return;
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

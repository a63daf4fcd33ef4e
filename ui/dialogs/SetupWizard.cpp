#include "ui/dialogs/SetupWizard.h"

#include "models/commands/ClinicSetup.h"
#include "models/domain/Rules.h"
#include "models/domain/Validation.h"
#include "ui/StoreError.h"
#include "ui/widgets/RefusalLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
// QWizardPage keeps registerField() to itself; a mandatory field ("name*") is what keeps Next and
// Finish off until something is typed.
class FieldPage final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    using QWizardPage::registerField;
};
} // namespace

SetupWizard::SetupWizard(ClinicSetup *setup, QWidget *parent)
    : QWizard(parent)
    , m_setup(setup)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Anticorona"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(createClinicPage());
    m_administratorPage = addPage(createAdministratorPage());
    setButtonText(QWizard::FinishButton, tr("&Create the clinic"));
}

QWizardPage *SetupWizard::createClinicPage()
{
    auto *page = new FieldPage(this);
    page->setTitle(tr("Welcome to Anticorona"));
    page->setSubTitle(tr("This desk has no clinic yet. Name it: the name appears on every booking slip."));
    m_siteName = new QLineEdit(page);
    m_siteName->setObjectName(QStringLiteral("siteNameEdit"));
    m_siteName->setMaxLength(80);
    m_siteName->setPlaceholderText(tr("e.g. Mapo-gu Vaccination Centre"));
    auto *form = new QFormLayout(page);
    auto *label = new QLabel(tr("&Clinic name:"), page);
    label->setBuddy(m_siteName);
    form->addRow(label, m_siteName);
    page->registerField(QStringLiteral("siteName*"), m_siteName);
    return page;
}

QWizardPage *SetupWizard::createAdministratorPage()
{
    auto *page = new FieldPage(this);
    page->setTitle(tr("The administrator"));
    page->setSubTitle(tr("The administrator creates the other staff accounts and reads the audit trail. "
                         "The password itself is never stored, only a scrambled form of it that "
                         "cannot be turned back into the password."));
    m_displayName = new QLineEdit(page);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setMaxLength(80);
    m_username = new QLineEdit(page);
    m_username->setObjectName(QStringLiteral("adminUsernameEdit"));
    m_username->setMaxLength(32);
    m_username->setPlaceholderText(tr("3 to 32 letters, digits, dots, dashes"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters"));
    m_repeat = new QLineEdit(page);
    m_repeat->setObjectName(QStringLiteral("adminRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_otherRoles = new QCheckBox(tr("Also work as &vaccine manager, reception and injection staff"), page);
    m_otherRoles->setObjectName(QStringLiteral("otherRolesCheck"));
    m_otherRoles->setChecked(true);
    m_refusal = new RefusalLabel(page);
    m_refusal->setObjectName(QStringLiteral("setupRefusal"));

    auto *form = new QFormLayout;
    const auto row = [this, page, form](const QString &text, QLineEdit *edit) {
        auto *label = new QLabel(text, page);
        label->setBuddy(edit);
        form->addRow(label, edit);
        form->addRow(QString(), m_fieldErrors.add(edit)); // a hidden row takes no room
    };
    row(tr("&Full name:"), m_displayName);
    row(tr("&Username:"), m_username);
    row(tr("&Password:"), m_password);
    row(tr("&Repeat password:"), m_repeat);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_otherRoles);
    layout->addWidget(m_refusal);
    page->registerField(QStringLiteral("displayName*"), m_displayName);
    page->registerField(QStringLiteral("adminUsername*"), m_username);
    page->registerField(QStringLiteral("adminPassword*"), m_password);
    for (QLineEdit *edit : {m_displayName, m_username, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_fieldErrors.recheck(fieldProblems()); });
    return page;
}

QString SetupWizard::username() const
{
    return m_username->text().trimmed();
}

QString SetupWizard::refusalText() const
{
    return m_fieldErrors.text(m_refusal);
}

FieldErrors::Problems SetupWizard::fieldProblems() const
{
    // The administrator's account by the rules ClinicSetup runs, field by field.
    return {{m_displayName, Validation::checkName(m_displayName->text()).message},
            {m_username, Rules::checkUsername(m_username->text()).message},
            {m_password, Rules::checkPassword(m_password->text()).message},
            {m_repeat, m_password->text() == m_repeat->text()
                           ? QString()
                           : tr("The two passwords differ. Type the same password twice.")}};
}

bool SetupWizard::validateCurrentPage()
{
    if (currentId() != m_administratorPage)
        return QWizard::validateCurrentPage();
    m_refusal->hide();
    if (m_fieldErrors.showAll(fieldProblems()))
        return false;
    Roles roles = Role::Administrator;
    if (m_otherRoles->isChecked())
        roles = everyRole();
    const CommandResult result = m_setup->createClinic(m_siteName->text(), m_username->text(),
                                                       m_displayName->text(), m_password->text(), roles);
    if (!result.isDone()) {
        QWidget *field = m_password;
        switch (result.refusal.code) {
        case RefusalCode::EmptySiteName:
            field = m_siteName;
            back();
            break;
        case RefusalCode::InvalidUsername:
        case RefusalCode::UsernameTaken:
            field = m_username;
            break;
        default:
            break;
        }
        m_refusal->showRefusal(StoreError::messageOf(result), field);
        return false;
    }
    m_repeat->clear();
    return true;
}

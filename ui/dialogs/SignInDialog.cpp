#include "ui/dialogs/SignInDialog.h"

#include "models/commands/Authenticator.h"
#include "ui/StoreError.h"
#include "ui/widgets/RefusalLabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString kLastUserKey = QStringLiteral("SignIn/lastUser");
}

SignInDialog::SignInDialog(Authenticator *authenticator, const QString &siteName, bool locked,
                           QWidget *parent)
    : QDialog(parent)
    , m_authenticator(authenticator)
    , m_siteName(siteName)
    , m_locked(locked)
{
    setObjectName(QStringLiteral("signInDialog"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("signInHeading"));
    m_heading->setWordWrap(true);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(32);
    m_username->setText(QSettings().value(kLastUserKey).toString());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_usernameLabel = new QLabel(this);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_refusal = new RefusalLabel(this);
    m_refusal->setObjectName(QStringLiteral("signInRefusal"));

    auto *form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_quit = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    retranslate();
    if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in — Anticorona"));
    m_heading->setText(
        m_locked ? tr("<h3>%1</h3>The desk is locked. Sign in to go on.").arg(m_siteName.toHtmlEscaped())
                 : tr("<h3>%1</h3>Sign in with your staff account.").arg(m_siteName.toHtmlEscaped()));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_signIn->setText(tr("&Sign in"));
    m_quit->setText(m_locked ? tr("&Quit Anticorona") : tr("&Quit"));
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::forgetLastUser()
{
    QSettings().remove(kLastUserKey);
}

QString SignInDialog::refusalText() const
{
    return m_refusal->message();
}

void SignInDialog::submit()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        m_refusal->showRefusal(tr("Type your username."), m_username);
        return;
    }
    const Authenticator::Result result = m_authenticator->signIn(username, m_password->text());
    m_password->clear();
    if (!result.isSignedIn()) {
        m_refusal->showRefusal(result.refusal.isRefused() ? result.refusal.message
                                                          : StoreError::forStaff(result.error),
                               m_password);
        return;
    }
    m_staff = *result.staff;
    QSettings().setValue(kLastUserKey, m_staff.username);
    accept();
}

void SignInDialog::keyPressEvent(QKeyEvent *event)
{
    // Escape at a locked desk would close the whole program (reject means quit there): a
    // habit at the counter must not do that. Only the Quit button does.
    if (m_locked && event->matches(QKeySequence::Cancel)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

#include "ui/dialogs/SettingsDialog.h"

#include "models/domain/DatabaseError.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"
#include "sync/TokenStore.h"
#include "ui/StoreError.h"
#include "ui/widgets/RefusalLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const DeskSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so someone who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setText(settings.serverUrl.toString());
    m_server->setClearButtonEnabled(true);

    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setObjectName(QStringLiteral("idleLockSpin"));
    m_idleMinutes->setRange(0, DeskSettings::kMaxIdleLockMinutes);
    m_idleMinutes->setValue(settings.idleLockMinutes);

    m_refusal = new RefusalLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QLineEdit::textChanged, this, &SettingsDialog::validate);

    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_server);
    m_idleLabel = new QLabel(this);
    m_idleLabel->setBuddy(m_idleMinutes);

    m_enrollStatus = new QLabel(this);
    m_enrollStatus->setObjectName(QStringLiteral("enrollmentStatus"));
    m_enrollStatus->setWordWrap(true);
    m_enrollStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connect = new QPushButton(this);
    m_connect->setObjectName(QStringLiteral("connectServerButton"));
    m_connect->setAutoDefault(false);
    connect(m_connect, &QPushButton::clicked, this, &SettingsDialog::openEnrollment);
    m_enrollLabel = new QLabel(this);
    m_enrollLabel->setBuddy(m_connect);
    auto *enrollBox = new QVBoxLayout;
    enrollBox->addWidget(m_enrollStatus);
    enrollBox->addWidget(m_connect, 0, Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_idleLabel, m_idleMinutes);
    form->addRow(m_enrollLabel, enrollBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);

    retranslateUi();
    validate();
    // Shown once setEnrollment() says which desk this is.
    m_enrollLabel->hide();
    m_enrollStatus->hide();
    m_connect->hide();
    m_language->setFocus();
}

void SettingsDialog::setEnrollment(LocalStore *store, bool administrator,
                                   EnrollDialog::TransportFactory transports)
{
    m_store = store;
    m_administrator = administrator;
    m_transports = std::move(transports);
    m_enrollLabel->setVisible(m_store != nullptr);
    m_enrollStatus->setVisible(m_store != nullptr);
    m_connect->setVisible(m_store != nullptr);
    showEnrollment();
}

QString SettingsDialog::enrollmentText() const
{
    return m_enrollStatus->text();
}

void SettingsDialog::showEnrollment()
{
    m_connect->setEnabled(m_store && m_administrator);
    m_connect->setToolTip(m_administrator ? QString()
                                          : tr("Only an administrator can connect this desk to a server."));
    if (!m_store)
        return;
    QString server;
    QString tokenFile;
    try {
        const DeskStore desk(m_store->database());
        server = desk.serverUrl();
        tokenFile = desk.tokenFile();
    } catch (const DatabaseError &error) {
        m_enrollStatus->setText(StoreError::forStaff(error.message()));
        return;
    }
    if (server.isEmpty()) {
        m_enrollStatus->setText(tr("Not connected to a server: this desk works alone."));
        m_connect->setText(tr("C&onnect to a server..."));
        return;
    }
    m_enrollStatus->setText(
        tr("Server: %1\nToken kept in: %2").arg(server, Enroller::tokenStoreFor(tokenFile)->description()));
    m_connect->setText(tr("Server &details..."));
}

void SettingsDialog::openEnrollment()
{
    if (!m_store || !m_administrator)
        return;
    EnrollDialog dialog(m_store, m_transports, this);
    const bool done = dialog.exec() == QDialog::Accepted && dialog.enrollment().enrolled();
    showEnrollment();
    if (done)
        emit enrolled();
}

DeskSettings SettingsDialog::settings() const
{
    DeskSettings result;
    result.language = m_language->currentData().toString();
    if (isServerUrlAcceptable())
        result.serverUrl = QUrl(m_server->text().trimmed());
    result.idleLockMinutes = m_idleMinutes->value();
    return result;
}

QString SettingsDialog::problemText() const
{
    return m_refusal->message();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_serverLabel->setText(tr("&Server address:"));
    m_idleLabel->setText(tr("Lock the desk &after:"));
    m_server->setPlaceholderText(tr("Empty: this desk works alone"));
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setSpecialValueText(tr("Never"));
    m_enrollLabel->setText(tr("Sync:"));
    showEnrollment();
    // The reason under the form is in the old language too; say it again in the new one.
    validate();
}

void SettingsDialog::validate()
{
    m_serverProblem = DeskSettings::serverUrlProblem(m_server->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_serverProblem.isEmpty());
    if (m_serverProblem.isEmpty()) {
        m_refusal->hide();
        return;
    }
    // No focus move: the user is typing in the field the message is about.
    m_refusal->showRefusal(m_serverProblem, nullptr);
}

void SettingsDialog::submit()
{
    validate();
    if (!m_serverProblem.isEmpty()) {
        m_refusal->showRefusal(m_serverProblem, m_server);
        return;
    }
    accept();
}

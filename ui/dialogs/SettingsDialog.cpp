#include "ui/dialogs/SettingsDialog.h"

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
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_idleLabel, m_idleMinutes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);

    retranslateUi();
    validate();
    m_language->setFocus();
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

#include "ui/dialogs/SettingsDialog.h"

#include "models/domain/DatabaseError.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"
#include "sync/RightsSettings.h"
#include "sync/TokenStore.h"
#include "ui/StoreError.h"
#include "ui/widgets/RefusalLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

SettingsDialog::SettingsDialog(const DeskSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
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
    form->addRow(QString(), m_fieldErrors.add(m_server)); // a hidden row takes no room
    form->addRow(m_idleLabel, m_idleMinutes);
    form->addRow(m_enrollLabel, enrollBox);
    m_marksBox = new QGroupBox(this);
    m_marksBox->setObjectName(QStringLiteral("waterMarksBox"));
    m_marksIntro = new QLabel(m_marksBox);
    m_marksIntro->setWordWrap(true);
    m_marksReadOnly = new QLabel(m_marksBox);
    m_marksReadOnly->setWordWrap(true);
    m_marksGrid = new QGridLayout;
    for (int column = 0; column < 4; ++column) {
        auto *header = new QLabel(m_marksBox);
        m_marksHeaders.append(header);
        m_marksGrid->addWidget(header, 0, column);
    }
    auto *marksLayout = new QVBoxLayout(m_marksBox);
    marksLayout->addWidget(m_marksIntro);
    marksLayout->addLayout(m_marksGrid);
    marksLayout->addWidget(m_marksReadOnly);
    m_marksBox->hide(); // shown by setWaterMarks()

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_marksBox);
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
    m_server->setPlaceholderText(tr("Empty: no MyPage link on slips"));
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
    // The enrolled server is read-only here (enrollment set it); MyPage links follow it by default.
    m_server->setPlaceholderText(tr("Empty: the sync server, %1").arg(server));
    m_enrollStatus->setText(
        tr("%1\nToken kept in: %2").arg(server, Enroller::tokenStoreFor(tokenFile)->description()));
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

void SettingsDialog::setWaterMarks(LocalStore *store, bool editable)
{
    QList<StockLevel> levels;
    try {
        levels = store->stock()->levels();
    } catch (const DatabaseError &error) {
        m_refusal->showRefusal(StoreError::forStaff(error.message()), nullptr);
        return;
    }
    for (const StockLevel &level : levels)
        addWaterMarksRow(level.vaccineId, level.vaccineName, editable);
    m_marksReadOnly->setVisible(!editable);
    m_marksBox->setVisible(!levels.isEmpty());
}

void SettingsDialog::addWaterMarksRow(const QString &vaccineId, const QString &name, bool editable)
{
    MarksRow row;
    row.vaccineId = vaccineId;
    row.automatic = new QCheckBox(m_marksBox);
    row.automatic->setObjectName(QStringLiteral("automaticMarks_") + vaccineId);
    row.low = new QSpinBox(m_marksBox);
    row.low->setObjectName(QStringLiteral("lowMark_") + vaccineId);
    row.high = new QSpinBox(m_marksBox);
    row.high->setObjectName(QStringLiteral("highMark_") + vaccineId);
    for (QSpinBox *spin : {row.low, row.high})
        spin->setRange(0, DeskSettings::kMaxWaterMark);
    const auto chosen = m_initial.waterMarks.constFind(vaccineId);
    const bool automatic = chosen == m_initial.waterMarks.constEnd();
    // An automatic vaccine shows what a quiet day gives, as a starting point for its own marks.
    const RightsSettings::Marks shown = automatic ? RightsSettings().marksFor(vaccineId, 0)
                                                  : RightsSettings::Marks{chosen->low, chosen->high};
    row.low->setValue(shown.low);
    row.high->setMinimum(shown.low);
    row.high->setValue(shown.high);
    row.automatic->setChecked(automatic);
    QSpinBox *high = row.high;
    connect(row.low, &QSpinBox::valueChanged, high, [high](int low) { high->setMinimum(low); });
    QSpinBox *low = row.low;
    QCheckBox *check = row.automatic;
    auto enable = [check, low, high, editable] {
        low->setEnabled(editable && !check->isChecked());
        high->setEnabled(editable && !check->isChecked());
    };
    connect(row.automatic, &QCheckBox::toggled, this, enable);
    row.automatic->setEnabled(editable);
    enable();

    auto *label = new QLabel(name, m_marksBox);
    label->setBuddy(row.automatic);
    const int at = m_marksGrid->rowCount();
    m_marksGrid->addWidget(label, at, 0);
    m_marksGrid->addWidget(row.automatic, at, 1);
    m_marksGrid->addWidget(row.low, at, 2);
    m_marksGrid->addWidget(row.high, at, 3);
    m_marks.append(row);
    retranslateUi();
}

DeskSettings SettingsDialog::settings() const
{
    DeskSettings result;
    result.language = m_language->currentData().toString();
    if (isServerUrlAcceptable())
        result.serverUrl = QUrl(m_server->text().trimmed());
    result.idleLockMinutes = m_idleMinutes->value();
    // Vaccines not shown here (none on this desk yet) keep what they had.
    result.waterMarks = m_initial.waterMarks;
    for (const MarksRow &row : m_marks) {
        if (row.automatic->isChecked())
            result.waterMarks.remove(row.vaccineId);
        else
            result.waterMarks.insert(row.vaccineId,
                                     {row.low->value(), std::max(row.low->value(), row.high->value())});
    }
    return result;
}

QString SettingsDialog::problemText() const
{
    return m_fieldErrors.text(m_refusal);
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
    m_languageLabel->setText(tr("Default &language:"));
    m_language->setToolTip(
        tr("For the sign-in, and for staff who have not chosen their own language in View > Language."));
    m_serverLabel->setText(tr("&MyPage address (on slips):"));
    m_idleLabel->setText(tr("Lock the desk &after:"));
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setSpecialValueText(tr("Never"));
    m_enrollLabel->setText(tr("Sync server:"));
    m_marksBox->setTitle(tr("Rights this desk keeps for booking"));
    m_marksIntro->setText(
        tr("With a server, this desk holds rights to book each vaccine. Below the low mark it asks the "
           "server for more, up to the high mark; above the high mark it gives the rest back for the "
           "other desks. Automatic: set from this desk's bookings for today and tomorrow."));
    m_marksReadOnly->setText(tr("Only a vaccine manager or an administrator can change these."));
    const QStringList headers{tr("Vaccine"), QString(), tr("Low mark"), tr("High mark")};
    for (int column = 0; column < m_marksHeaders.size(); ++column)
        m_marksHeaders.at(column)->setText(headers.at(column));
    for (const MarksRow &row : m_marks) {
        row.automatic->setText(tr("Automatic"));
        row.low->setAccessibleName(tr("Low mark"));
        row.high->setAccessibleName(tr("High mark"));
    }
    showEnrollment();
    // The reason under the form is in the old language too; say it again in the new one.
    validate();
}

void SettingsDialog::validate()
{
    m_serverProblem = DeskSettings::serverUrlProblem(m_server->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_serverProblem.isEmpty());
    // Said as it is typed, since OK waits for it: no focus move, the user is typing in that field.
    RefusalLabel *error = m_fieldErrors.labelOf(m_server);
    if (m_serverProblem.isEmpty())
        error->hide();
    else
        error->showRefusal(m_serverProblem, nullptr);
}

void SettingsDialog::submit()
{
    validate();
    if (!m_serverProblem.isEmpty()) {
        FieldErrors::focusField(m_server);
        return;
    }
    accept();
}

#include "ui/dialogs/EnrollDialog.h"

#include "models/domain/DatabaseError.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"
#include "sync/SyncTransport.h"
#include "sync/TokenStore.h"
#include "sync/protocol/Enrollment.h"
#include "ui/StoreError.h"
#include "ui/widgets/RefusalLabel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QSysInfo>
#include <QVBoxLayout>

namespace {
constexpr int kCodeGroups = 4;
constexpr int kCodeGroupLength = 5;

QLabel *readOnlyValue(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

EnrollDialog::EnrollDialog(LocalStore *store, TransportFactory transports, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_transports(std::move(transports))
{
    m_pages = new QStackedWidget(this);

    auto *form = new QWidget(m_pages);
    m_intro = new QLabel(form);
    m_intro->setWordWrap(true);
    m_server = new QLineEdit(form);
    m_server->setObjectName(QStringLiteral("enrollServerEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://"));
    m_code = new QLineEdit(form);
    m_code->setObjectName(QStringLiteral("enrollCodeEdit"));
    m_code->setPlaceholderText(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX"));
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("enrollNameEdit"));
    m_name->setText(QSysInfo::machineHostName());
    m_keychain = new QRadioButton(form);
    m_keychain->setObjectName(QStringLiteral("tokenKeychainRadio"));
    m_keychain->setChecked(true);
    m_tokenFileChoice = new QRadioButton(form);
    m_tokenFileChoice->setObjectName(QStringLiteral("tokenFileRadio"));
    auto *choice = new QButtonGroup(form);
    choice->addButton(m_keychain);
    choice->addButton(m_tokenFileChoice);
    m_tokenFile = new QLineEdit(form);
    m_tokenFile->setObjectName(QStringLiteral("tokenFileEdit"));
    m_browse = new QPushButton(form);
    m_browse->setObjectName(QStringLiteral("tokenFileBrowse"));
    connect(m_browse, &QPushButton::clicked, this, &EnrollDialog::chooseTokenFile);
    connect(m_tokenFileChoice, &QRadioButton::toggled, this, &EnrollDialog::updateTokenChoice);

    m_serverLabel = new QLabel(form);
    m_serverLabel->setBuddy(m_server);
    m_codeLabel = new QLabel(form);
    m_codeLabel->setBuddy(m_code);
    m_nameLabel = new QLabel(form);
    m_nameLabel->setBuddy(m_name);
    m_tokenLabel = new QLabel(form);
    m_tokenLabel->setBuddy(m_keychain);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_tokenFile, 1);
    fileRow->addWidget(m_browse);
    auto *tokenBox = new QVBoxLayout;
    tokenBox->addWidget(m_keychain);
    tokenBox->addWidget(m_tokenFileChoice);
    tokenBox->addLayout(fileRow);
    auto *fields = new QFormLayout;
    fields->addRow(m_serverLabel, m_server);
    fields->addRow(m_codeLabel, m_code);
    fields->addRow(QString(), m_fieldErrors.add(m_code)); // a hidden row takes no room
    fields->addRow(m_nameLabel, m_name);
    fields->addRow(QString(), m_fieldErrors.add(m_name));
    fields->addRow(m_tokenLabel, tokenBox);
    fields->addRow(QString(), m_fieldErrors.add(m_tokenFile));
    const auto recheck = [this] { m_fieldErrors.recheck(fieldProblems()); };
    for (QLineEdit *edit : {m_code, m_name, m_tokenFile})
        connect(edit, &QLineEdit::textChanged, this, recheck);
    connect(m_tokenFileChoice, &QRadioButton::toggled, this, recheck);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_intro);
    formLayout->addLayout(fields);
    m_pages->addWidget(form);

    auto *enrolled = new QWidget(m_pages);
    m_enrolledServerLabel = new QLabel(enrolled);
    m_enrolledDeviceLabel = new QLabel(enrolled);
    m_enrolledTokenLabel = new QLabel(enrolled);
    m_enrolledServer = readOnlyValue(enrolled, "enrolledServer");
    m_enrolledDevice = readOnlyValue(enrolled, "enrolledDevice");
    m_enrolledToken = readOnlyValue(enrolled, "enrolledTokenStore");
    auto *enrolledLayout = new QFormLayout(enrolled);
    enrolledLayout->setContentsMargins(0, 0, 0, 0);
    enrolledLayout->addRow(m_enrolledServerLabel, m_enrolledServer);
    enrolledLayout->addRow(m_enrolledDeviceLabel, m_enrolledDevice);
    enrolledLayout->addRow(m_enrolledTokenLabel, m_enrolledToken);
    m_pages->addWidget(enrolled);

    m_refusal = new RefusalLabel(this);
    m_refusal->setObjectName(QStringLiteral("enrollRefusal"));
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("enrollBusyLabel"));
    m_busyLabel->setWordWrap(true);
    m_busyLabel->hide();
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("enrollBusyBar"));
    m_busyBar->setRange(0, 0); // no figure to show: the bar only says "working"
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_enrollButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_enrollButton->setObjectName(QStringLiteral("enrollButton"));
    m_enrollButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrollDialog::enroll);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_refusal);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_buttons);

    showEnrolled();
    retranslateUi();
    updateTokenChoice();
    if (!m_enrolledView)
        m_server->setFocus();
}

EnrollDialog::~EnrollDialog() = default;

bool EnrollDialog::isEnrolledView() const
{
    return m_enrolledView;
}

EnrollDialog *EnrollDialog::enrollingNow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<EnrollDialog *>(widget); dialog && dialog->isBusy())
            return dialog;
    }
    return nullptr;
}

void EnrollDialog::reject()
{
    // Escape and the idle lock land here too: the enrollment's call is still on the stack.
    if (m_busy)
        return;
    QDialog::reject();
}

void EnrollDialog::closeEvent(QCloseEvent *event)
{
    if (m_busy) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void EnrollDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->setEnabled(!busy);
    m_pages->setEnabled(!busy);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QApplication::restoreOverrideCursor();
    emit busyChanged(busy);
}

QString EnrollDialog::problemText() const
{
    return m_fieldErrors.text(m_refusal);
}

FieldErrors::Problems EnrollDialog::fieldProblems() const
{
    // What the form can tell without the server.
    const bool codeShaped =
        tidyCode(m_code->text()).size() == kCodeGroups * kCodeGroupLength + kCodeGroups - 1;
    const bool fileMissing = m_tokenFileChoice->isChecked() && m_tokenFile->text().trimmed().isEmpty();
    return {
        {m_code, codeShaped ? QString()
                            : tr("The one-time code has 20 letters and digits, as XXXXX-XXXXX-XXXXX-XXXXX.")},
        {m_name, m_name->text().trimmed().isEmpty()
                     ? tr("Give this desk a name, so the server's administrator can tell it apart.")
                     : QString()},
        {m_tokenFile, fileMissing ? tr("Choose the file that will keep the token.") : QString()},
    };
}

QString EnrollDialog::tidyCode(const QString &typed)
{
    QString code = EnrollRequest::normaliseCode(typed);
    if (code.size() != kCodeGroups * kCodeGroupLength)
        return code;
    for (int at = (kCodeGroups - 1) * kCodeGroupLength; at > 0; at -= kCodeGroupLength)
        code.insert(at, QLatin1Char('-'));
    return code;
}

void EnrollDialog::showEnrolled()
{
    QString server;
    QString tokenFile;
    try {
        const DeskStore desk(m_store->database());
        server = desk.serverUrl();
        tokenFile = desk.tokenFile();
    } catch (const DatabaseError &error) {
        m_refusal->showRefusal(StoreError::forStaff(error.message()), nullptr);
    }
    m_enrolledView = !server.isEmpty();
    if (!m_enrolledView)
        return;
    m_enrolledServer->setText(server);
    m_enrolledDevice->setText(m_store->identity().deviceId);
    m_enrolledToken->setText(Enroller::tokenStoreFor(tokenFile)->description());
    m_pages->setCurrentIndex(1);
    m_enrollButton->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
}

void EnrollDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EnrollDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to a server"));
    m_intro->setText(tr("The server's administrator gives you a one-time code for this desk. The desk keeps "
                        "everything it did alone and shares it with the server."));
    m_serverLabel->setText(tr("&Server address:"));
    m_codeLabel->setText(tr("One-time c&ode:"));
    m_nameLabel->setText(tr("Desk &name:"));
    m_tokenLabel->setText(tr("Keep the token in:"));
    m_keychain->setText(tr("System &keychain"));
    m_tokenFileChoice->setText(tr("A &file I choose"));
    m_tokenFile->setPlaceholderText(tr("Path of the token file"));
    m_browse->setText(tr("&Browse..."));
    m_enrollButton->setText(tr("&Connect"));
    m_enrolledServerLabel->setText(tr("Server:"));
    m_enrolledDeviceLabel->setText(tr("Device id:"));
    m_enrolledTokenLabel->setText(tr("Token kept in:"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(m_enrolledView ? tr("Close") : tr("Cancel"));
}

void EnrollDialog::updateTokenChoice()
{
    const bool file = m_tokenFileChoice->isChecked();
    m_tokenFile->setEnabled(file);
    m_browse->setEnabled(file);
}

void EnrollDialog::chooseTokenFile()
{
    const QString start = m_tokenFile->text().isEmpty() ? QDir::homePath() : m_tokenFile->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Where to keep the token"), start);
    if (!path.isEmpty())
        m_tokenFile->setText(QDir::toNativeSeparators(path));
}

void EnrollDialog::enroll()
{
    if (m_enrolledView || m_busy)
        return;
    Enroller::Request request;
    request.server = QUrl(m_server->text().trimmed());
    request.code = tidyCode(m_code->text());
    request.deviceName = m_name->text().trimmed();
    if (m_tokenFileChoice->isChecked())
        request.tokenFile = QDir::fromNativeSeparators(m_tokenFile->text().trimmed());

    // What the form can tell without the server, said all at once before anything is sent.
    m_refusal->hide();
    if (m_fieldErrors.showAll(fieldProblems()))
        return;
    request.tokenFile =
        request.tokenFile.isEmpty() ? QString() : QFileInfo(request.tokenFile).absoluteFilePath();

    std::unique_ptr<SyncTransport> transport;
    if (m_transports)
        transport = m_transports(request.server);

    // Blocks the GUI thread for the keychain's probe and one request (see the class comment).
    m_refusal->hide();
    m_busyLabel->setText(tr("Connecting to %1... This can take a few seconds; please wait.")
                             .arg(request.server.toDisplayString()));
    setBusy(true);
    const QPointer<EnrollDialog> self(this);
    Enroller enroller(m_store, transport.get(), m_tokenStores);
    const Enroller::Result result = enroller.enroll(request);
    if (!self) // cannot happen while reject() and close wait, but never touch a dead dialog
        return;
    m_result = result;
    setBusy(false);

    if (m_result.enrolled()) {
        accept();
        return;
    }
    QWidget *field = nullptr;
    switch (m_result.outcome) {
    case Enroller::Outcome::BadAddress:
    case Enroller::Outcome::Unreachable:
        field = m_server;
        break;
    case Enroller::Outcome::Refused:
        field = m_code;
        break;
    case Enroller::Outcome::NoTokenStore:
        field = m_keychain->isChecked() ? static_cast<QWidget *>(m_tokenFileChoice) : m_tokenFile;
        break;
    default:
        break;
    }
    m_refusal->showRefusal(outcomeText(m_result), field);
    if (m_result.outcome == Enroller::Outcome::AlreadyEnrolled)
        showEnrolled();
}

QString EnrollDialog::outcomeText(const Enroller::Result &result) const
{
    if (result.outcome == Enroller::Outcome::NoTokenStore && m_keychain->isChecked())
        return tr("%1 You can choose \"A file I choose\" to keep the token in a private file instead.")
            .arg(result.message);
    return result.message;
}

#include "app/desk/DeskSession.h"

#include "models/commands/Authenticator.h"
#include "models/commands/ClinicSetup.h"
#include "models/commands/DeskCommands.h"
#include "models/domain/Actor.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/KoreanParticles.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"
#include "sync/Enroller.h"
#include "sync/SyncWorker.h"
#include "sync/TokenStore.h"
#include "translations/Translations.h"
#include "ui/IdleWatcher.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/EnrollDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SetupWizard.h"
#include "ui/dialogs/SignInDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

DeskSession::DeskSession(LocalStore *store, DeskCommands *commands, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_commands(commands)
    , m_clock(clock)
    , m_authenticator(std::make_unique<Authenticator>(store, clock, &m_hasher))
    , m_staffAdmin(store, clock, &m_hasher, Actor::nobody(QStringLiteral("desk")))
    , m_settings(DeskSettings::load(QSettings()))
    , m_language(m_settings.language)
{
    Translations::install(qApp, m_settings.locale());
    m_idle = new IdleWatcher(clock, this);
    connect(m_idle, &IdleWatcher::idle, this, [this] { lockDesk(true); });
}

DeskSession::~DeskSession()
{
    stopSync();
}

void DeskSession::startSync()
{
    if (m_sync || !m_window)
        return;
    QString tokenFile;
    try {
        const DeskStore desk(m_store->database());
        if (desk.serverUrl().isEmpty())
            return; // standalone: the status bar says so
        tokenFile = desk.tokenFile();
    } catch (const DatabaseError &) {
        return;
    }
    SyncWorker::Setup setup;
    setup.databasePath = m_store->database()->path();
    setup.clock = m_clock;
    setup.rights = m_settings.rightsSettings();
    // Where enrollment put the token: the keychain, or the file the person chose then.
    if (!tokenFile.isEmpty())
        setup.tokens = [tokenFile] { return Enroller::tokenStoreFor(tokenFile); };
    m_sync = std::make_unique<SyncWorker>(setup);
    m_window->attachSync(m_sync.get());
    m_sync->start();
}

void DeskSession::stopSync()
{
    if (m_sync)
        m_sync->stop();
}

bool DeskSession::start()
{
    try {
        ClinicSetup setup(m_store, m_clock, &m_hasher);
        if (setup.needsSetup()) {
            SetupWizard wizard(&setup);
            if (wizard.exec() != QDialog::Accepted)
                return false;
            m_store->reloadIdentity();
        }
    } catch (const DatabaseError &error) {
        QMessageBox::critical(
            nullptr, tr("Anticorona"),
            KoreanParticles::fitted(tr("The database cannot be read.\n\n%1").arg(error.message())));
        return false;
    }
    // Nobody has signed in yet, whoever the commands were made for: every command is refused
    // until someone does.
    const Actor nobody = Actor::nobody(QStringLiteral("desk"));
    m_commands->setActor(nobody);
    m_staffAdmin.setActor(nobody);
    m_window = std::make_unique<MainWindow>(m_store, m_commands, m_clock);
    m_window->setStaffAdmin(&m_staffAdmin);
    connect(m_window.get(), &MainWindow::lockRequested, this, &DeskSession::lock);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &DeskSession::signOut);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DeskSession::editSettings);
    connect(m_window.get(), &MainWindow::languageRequested, this, &DeskSession::chooseLanguage);
    m_window->setLanguage(m_settings.language);
    m_window->setLocked(true);
    if (!signIn(false))
        return false;
    applySettings();
    m_window->show();
    startSync();
    return true;
}

bool DeskSession::signIn(bool locked)
{
    SignInDialog dialog(m_authenticator.get(), m_store->identity().siteName, locked,
                        m_window && m_window->isVisible() ? m_window.get() : nullptr);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Actor actor = Actor::of(dialog.staff());
    m_commands->setActor(actor);
    m_staffAdmin.setActor(actor);
    useLanguage(m_settings.languageOf(QSettings(), actor.staffId));
    m_window->applyRoles();
    m_window->refresh();
    m_window->setLocked(false);
    m_idle->noteActivity();
    return true;
}

void DeskSession::lock()
{
    lockDesk(false);
}

void DeskSession::signOut()
{
    if (!m_window || m_window->isLocked())
        return;
    if (EnrollDialog::enrollingNow())
        return; // the Sign out menu is under the enrollment's modal dialog: not reached by hand
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
            dialog->reject();
    }
    m_authenticator->signedOut(m_commands->actor());
    const Actor nobody = Actor::nobody(QStringLiteral("desk"));
    m_commands->setActor(nobody);
    m_staffAdmin.setActor(nobody);
    m_window->showSignedOut();
    SignInDialog::forgetLastUser();   // the next person is not offered this one's username
    useLanguage(m_settings.language); // nor this one's language
    // As a locked desk's: Escape there must not quit the program at the counter.
    if (!signIn(true))
        qApp->quit();
}

void DeskSession::lockDesk(bool idle)
{
    if (!m_window || m_window->isLocked())
        return;
    // An enrollment's request is on the stack under its dialog: locking now would run the sign-in
    // on top of it and hold the answer until someone signs in. Lock as soon as it has returned.
    if (EnrollDialog *enrolling = EnrollDialog::enrollingNow()) {
        connect(
            enrolling, &EnrollDialog::busyChanged, this, [this, idle] { lockDesk(idle); },
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    m_authenticator->deskLocked(m_commands->actor(), idle);
    m_window->setLocked(true);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        // Open forms may hold a customer's details: they go with the lock, unsaved.
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
            dialog->reject();
    }
    if (!signIn(true))
        qApp->quit();
}

void DeskSession::editSettings()
{
    const Roles roles = m_commands->actor().roles;
    if (!roles.testFlag(Role::Administrator))
        return; // MainWindow says so; the server, the idle lock and the limits are the clinic's
    SettingsDialog dialog(m_settings, m_window.get());
    dialog.setEnrollment(m_store, roles.testFlag(Role::Administrator));
    dialog.setWaterMarks(m_store,
                         roles.testFlag(Role::VaccineManager) || roles.testFlag(Role::Administrator));
    // Enrolled is enrolled, whether the settings are kept or not: sync starts now.
    connect(&dialog, &SettingsDialog::enrolled, this, [this] {
        startSync();
        applySettings(); // MyPage links follow the new server unless an address was typed
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    QSettings settings;
    m_settings.save(settings);
    useLanguage(m_settings.languageOf(settings, m_commands->actor().staffId));
    applySettings();
    if (m_sync)
        m_sync->setRightsSettings(m_settings.rightsSettings());
}

void DeskSession::useLanguage(const QString &code)
{
    // Installing again would retranslate every window for nothing, at every sign-in.
    if (code != m_language)
        Translations::install(qApp, DeskSettings::localeOf(code));
    m_language = code;
    if (m_window)
        m_window->setLanguage(code);
}

void DeskSession::chooseLanguage(const QString &code)
{
    QSettings settings;
    DeskSettings::setPersonLanguage(settings, m_commands->actor().staffId, code);
    useLanguage(code);
}

void DeskSession::applySettings()
{
    m_idle->setTimeoutMinutes(m_settings.idleLockMinutes);
    QString enrolled;
    try {
        enrolled = DeskStore(m_store->database()).serverUrl();
    } catch (const DatabaseError &) {
        // No MyPage default then; the Sync page reports the database.
    }
    m_window->setServerUrl(m_settings.myPageServer(enrolled).toString());
}

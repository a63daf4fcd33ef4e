#pragma once

#include "models/commands/PasswordHasher.h"
#include "models/commands/StaffAdmin.h"
#include "ui/DeskSettings.h"

#include <QObject>

#include <memory>

class Authenticator;
class Clock;
class DeskCommands;
class IdleWatcher;
class LocalStore;
class MainWindow;
class SyncWorker;

// The desk from start to quit: the first-run wizard, sign-in, the window with what the signed-in
// person's roles allow in the language they chose, the idle lock, the settings (the desk's language,
// server, idle time) applied live, and sync in the background for a desk with a server.
class DeskSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskSession)

public:
    DeskSession(LocalStore *store, DeskCommands *commands, const Clock *clock, QObject *parent = nullptr);
    ~DeskSession() override;

    // Runs the wizard if the clinic is new, then the sign-in; false when the user quit instead.
    bool start();
    MainWindow *window() const { return m_window.get(); }
    // Starts background sync when the desk has a server (enrolled): at the first sign-in, and
    // again after an enrollment. Nothing for a standalone desk.
    void startSync();
    // At quit: abandons a request in flight and joins the sync thread.
    void stopSync();

public slots:
    // By hand (the menu) or when idle: the person stays, and signs in again to go on.
    void lock();
    void signOut();
    void editSettings();

private:
    void lockDesk(bool idle);
    bool signIn(bool locked);
    void applySettings();
    // Shows the desk in `code` ("ko", "en") from now on.
    void useLanguage(const QString &code);
    // The signed-in person's choice, kept for their next sign-in.
    void chooseLanguage(const QString &code);

    LocalStore *m_store = nullptr;
    DeskCommands *m_commands = nullptr;
    const Clock *m_clock = nullptr;
    PasswordHasher m_hasher;
    std::unique_ptr<Authenticator> m_authenticator;
    StaffAdmin m_staffAdmin;
    DeskSettings m_settings;
    QString m_language; // the one installed
    std::unique_ptr<MainWindow> m_window;
    IdleWatcher *m_idle = nullptr;
    std::unique_ptr<SyncWorker> m_sync;
};

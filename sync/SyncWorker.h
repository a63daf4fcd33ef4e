#pragma once

#include "sync/RightsSettings.h"
#include "sync/SyncRound.h"
#include "sync/SyncSchedule.h"
#include "sync/SyncStatus.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Clock;
class QThread;
class QUrl;
class SyncRunner;
class SyncTransport;
class TokenStore;

// Sync in the background, for the desk's window. The worker starts a thread of its own and a
// SyncRunner on it, which opens its own connection to the desk's database file (one per thread),
// makes its transport and reads the token there, and runs SyncEngine rounds when SyncSchedule
// says one is due: at start, shortly after local commands (requestSync), every period, right
// away on syncNow() or when the platform reports the network back, and behind the breaker
// after failures. Everything it learns comes back as queued signals, on the thread that made
// the worker.
// Threading: made, started, stopped and signalled on the GUI thread; the factories and the
// clock are called on the sync thread (the clock from both).
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    using TransportFactory = std::function<std::unique_ptr<SyncTransport>(const QUrl &server)>;
    using TokenStoreFactory = std::function<std::unique_ptr<TokenStore>()>;

    struct Setup
    {
        QString databasePath;
        const Clock *clock = nullptr; // not owned; now() must be safe from any thread
        TransportFactory transport;   // HttpTransport when empty
        TokenStoreFactory tokens;     // KeychainTokenStore when empty
        SyncSchedule::Timing timing;
        quint32 seed = 0; // of the backoff's jitter; 0: a random one
        // Listen to QNetworkInformation (where the platform reports reachability).
        bool watchNetwork = true;
        RightsSettings rights; // the marks the desk's Settings chose; setRightsSettings() changes them
    };

    explicit SyncWorker(const Setup &setup, QObject *parent = nullptr);
    // Stops the thread if it still runs.
    ~SyncWorker() override;

    void start();
    bool isRunning() const { return m_thread != nullptr; }

public slots:
    // A local command changed something: a round shortly, one for a burst of commands.
    void requestSync();
    // A person asked for it: a round now, unless the breaker is holding requests back.
    void syncNow();
    // New marks from the desk's Settings, for the next round.
    void setRightsSettings(const RightsSettings &rights);
    // Ends the thread and returns when it has: a round in progress abandons its request at
    // once (the protocol makes resending safe) and nothing more is signalled.
    void stop();

signals:
    void roundStarted();
    // Events pushed so far in a round with more than one batch to push, after each batch.
    void progress(int done, int total);
    // Feed entries read so far in a round that reads more than one page, after each page.
    void received(int entries);
    void roundFinished(const SyncRound &round);
    void statusChanged(const SyncStatus &status);
    // When the desk lost the server (null: it has it), after every round.
    void offlineSinceChanged(const QDateTime &since);

private:
    Setup m_setup;
    QThread *m_thread = nullptr;
    SyncRunner *m_runner = nullptr; // lives on m_thread and is deleted there
};

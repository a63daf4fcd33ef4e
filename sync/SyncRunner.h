#pragma once

#include "sync/SyncEngine.h"
#include "sync/SyncWorker.h"

#include <QObject>

#include <atomic>
#include <memory>

class LocalStore;
class QTimer;

// SyncWorker's other half: lives on the sync thread from begin() to its destruction there, and
// owns what belongs to that thread: the database connection, the transport (HttpTransport's
// network manager is bound to the thread that first uses it), the token store, the engine, the
// schedule and its single timer.
class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)

public:
    explicit SyncRunner(const SyncWorker::Setup &setup);
    ~SyncRunner() override;

    // Set from the GUI thread before the thread quits: finish quietly.
    void setStopping() { m_stopping = true; }
    // On the sync thread, between rounds.
    void setRightsSettings(const RightsSettings &rights);

public slots:
    void begin();
    void localChange();
    void syncNow();
    void networkReturned();

signals:
    void roundStarted();
    void progress(int done, int total);
    void received(int entries);
    void roundFinished(const SyncRound &round);
    void statusChanged(const SyncStatus &status);
    void offlineSinceChanged(const QDateTime &since);

private:
    void runIfDue();
    void reschedule();
    SyncRound runRound();
    // The breaker's probe: /v1/health before anything heavier.
    bool serverAnswers(SyncRound *round);
    bool haveToken(SyncRound *round);
    void reportStatus();
    void reportProgress(const SyncEngine::Progress &progress);

    SyncWorker::Setup m_setup;
    SyncSchedule m_schedule;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncTransport> m_network;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer *m_timer = nullptr;
    QString m_deviceId;
    QString m_token;
    std::atomic<bool> m_stopping = false;
};

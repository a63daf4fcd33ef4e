#include "sync/SyncWorker.h"

#include "sync/SyncRunner.h"

#include <QNetworkInformation>
#include <QThread>

SyncWorker::SyncWorker(const Setup &setup, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
{
    qRegisterMetaType<SyncRound>("SyncRound");
    qRegisterMetaType<SyncStatus>("SyncStatus");
}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    m_runner = new SyncRunner(m_setup);
    m_runner->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_runner, &SyncRunner::begin);
    // Deleted on the sync thread as it ends, so its connection and network manager close there.
    connect(m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &SyncRunner::roundStarted, this, &SyncWorker::roundStarted);
    connect(m_runner, &SyncRunner::progress, this, &SyncWorker::progress);
    connect(m_runner, &SyncRunner::received, this, &SyncWorker::received);
    connect(m_runner, &SyncRunner::roundFinished, this, &SyncWorker::roundFinished);
    connect(m_runner, &SyncRunner::statusChanged, this, &SyncWorker::statusChanged);
    connect(m_runner, &SyncRunner::offlineSinceChanged, this, &SyncWorker::offlineSinceChanged);

    // Where the platform tells reachability; elsewhere (Unknown, no backend, as on a headless
    // machine) the breaker's half-open probe of /v1/health is what notices the server is back.
    if (m_setup.watchNetwork &&
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        SyncRunner *runner = m_runner;
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, runner,
                [runner](QNetworkInformation::Reachability reachability) {
                    // Site: a clinic's server may well be on its own network.
                    if (reachability == QNetworkInformation::Reachability::Online ||
                        reachability == QNetworkInformation::Reachability::Site)
                        runner->networkReturned();
                });
    }
    m_thread->start();
}

void SyncWorker::requestSync()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &SyncRunner::localChange, Qt::QueuedConnection);
}

void SyncWorker::syncNow()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &SyncRunner::syncNow, Qt::QueuedConnection);
}

void SyncWorker::setRightsSettings(const RightsSettings &rights)
{
    m_setup.rights = rights; // a later start() keeps them
    if (m_runner) {
        SyncRunner *runner = m_runner;
        QMetaObject::invokeMethod(
            m_runner, [runner, rights] { runner->setRightsSettings(rights); }, Qt::QueuedConnection);
    }
}

void SyncWorker::stop()
{
    if (!m_thread)
        return;
    m_runner->setStopping();
    disconnect(m_runner, nullptr, this, nullptr);
    // quit() also ends the local event loops a blocked request waits in (HttpTransport's,
    // the keychain's), so a round in progress fails its request at once and returns.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_runner = nullptr;
}

#include "sync/SyncRunner.h"

#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"
#include "sync/HttpTransport.h"
#include "sync/KeychainTokenStore.h"
#include "sync/SyncEngine.h"
#include "sync/TokenStore.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSyncWorker, "anticorona.sync.worker")

namespace {
quint32 seedOf(quint32 seed)
{
    return seed != 0 ? seed : QRandomGenerator::global()->generate();
}
} // namespace

SyncRunner::SyncRunner(const SyncWorker::Setup &setup)
    : m_setup(setup)
    , m_schedule(setup.clock, seedOf(setup.seed), setup.timing)
{}

// Runs on the sync thread (deleted there when it finishes): the connection closes where it opened.
SyncRunner::~SyncRunner()
{
    m_engine.reset();
    m_network.reset();
    m_store.reset();
}

void SyncRunner::begin()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncRunner::runIfDue);

    m_store = std::make_unique<LocalStore>();
    if (!m_store->open(m_setup.databasePath, Database::OpenMode::MustExist)) {
        qCWarning(lcSyncWorker) << "cannot open the database:" << m_store->errorMessage();
        SyncRound round;
        round.outcome = SyncRound::Outcome::StoreFailed;
        round.message = tr("Sync cannot open the desk's database: %1").arg(m_store->errorMessage());
        m_store.reset();
        m_schedule.setStandalone(); // nothing to sync from; the window says why
        emit roundFinished(round);
        return;
    }
    QString server;
    try {
        const DeskStore desk(m_store->database());
        server = desk.serverUrl();
        m_deviceId = desk.identity().deviceId;
    } catch (const DatabaseError &error) {
        qCWarning(lcSyncWorker) << "cannot read the desk row:" << error.message();
    }
    if (server.isEmpty()) {
        m_schedule.setStandalone();
        reportStatus();
        return;
    }
    m_network =
        m_setup.transport ? m_setup.transport(QUrl(server)) : std::make_unique<HttpTransport>(QUrl(server));
    m_tokens = m_setup.tokens ? m_setup.tokens() : std::make_unique<KeychainTokenStore>();
    m_engine = std::make_unique<SyncEngine>(m_store.get(), m_network.get(), m_setup.clock);
    m_engine->setRightsSettings(m_setup.rights);
    m_engine->setProgress([this](const SyncEngine::Progress &progress) { reportProgress(progress); });
    reportStatus();
    reschedule();
}

void SyncRunner::setRightsSettings(const RightsSettings &rights)
{
    m_setup.rights = rights;
    if (m_engine)
        m_engine->setRightsSettings(rights);
}

void SyncRunner::localChange()
{
    m_schedule.localChange();
    reschedule();
}

void SyncRunner::syncNow()
{
    m_schedule.syncNow();
    reschedule();
}

void SyncRunner::networkReturned()
{
    m_schedule.networkReturned();
    reschedule();
}

void SyncRunner::reschedule()
{
    if (!m_timer || m_stopping)
        return;
    const qint64 ms = m_schedule.msUntilDue();
    if (ms < 0) {
        m_timer->stop();
        return;
    }
    // QTimer takes an int; a day's wait is re-decided when it fires.
    m_timer->start(int(std::min<qint64>(ms, 24 * 60 * 60 * 1000)));
}

void SyncRunner::runIfDue()
{
    if (m_stopping || !m_engine)
        return;
    if (!m_schedule.beginRound()) {
        reschedule();
        return;
    }
    emit roundStarted();
    const SyncRound round = runRound();
    m_schedule.roundFinished(round);
    if (m_stopping)
        return;
    if (!round.done())
        qCInfo(lcSyncWorker) << "round failed:" << int(round.outcome) << round.message;
    emit roundFinished(round);
    emit offlineSinceChanged(m_schedule.offlineSince());
    reportStatus();
    reschedule();
}

SyncRound SyncRunner::runRound()
{
    SyncRound round;
    if (!haveToken(&round))
        return round;
    if (m_schedule.probing() && !serverAnswers(&round))
        return round;
    return m_engine->syncOnce();
}

bool SyncRunner::haveToken(SyncRound *round)
{
    if (!m_token.isEmpty())
        return true;
    const TokenResult result = m_tokens->read(m_deviceId);
    if (result.isOk() && !result.token.isEmpty()) {
        m_token = result.token;
        m_engine->setToken(m_token);
        return true;
    }
    if (result.status == TokenResult::Status::Failed) {
        // A locked keychain may open later: tried again at the next round.
        round->outcome = SyncRound::Outcome::StoreFailed;
        round->message = result.error;
    } else {
        round->outcome = SyncRound::Outcome::NotEnrolled;
        round->message = tr("This desk has no token for its server (%1); enroll it again in Settings.")
                             .arg(m_tokens->description());
    }
    return false;
}

bool SyncRunner::serverAnswers(SyncRound *round)
{
    const TransportReply reply = m_network->exchange({"GET", QStringLiteral("/v1/health"), {}, {}});
    if (reply.answered() && reply.status == 200)
        return true;
    if (reply.answered() && reply.status == 503) {
        round->outcome = SyncRound::Outcome::Busy;
        round->retryAfterSeconds = reply.retryAfterSeconds;
        round->message = tr("The server is busy; the desk will try again shortly.");
    } else if (reply.answered()) {
        round->outcome = SyncRound::Outcome::ServerFailed;
        round->message =
            tr("The server failed to answer (HTTP %1); the desk will try again later.").arg(reply.status);
    } else {
        round->outcome = SyncRound::Outcome::Unreachable;
        round->message =
            tr("The server cannot be reached; the desk keeps working and will send its changes later.");
    }
    return false;
}

void SyncRunner::reportProgress(const SyncEngine::Progress &progress)
{
    if (m_stopping)
        return;
    // Only a long round is worth the figures: one batch or page is over before they could be read.
    if (progress.step == SyncEngine::Progress::Step::Push && progress.total > SyncEngine::kDefaultBatch)
        emit this->progress(progress.done, progress.total);
    else if (progress.step == SyncEngine::Progress::Step::Pull && progress.done >= SyncEngine::kFeedPage)
        emit received(progress.done);
}

void SyncRunner::reportStatus()
{
    if (m_stopping || !m_store)
        return;
    try {
        emit statusChanged(SyncStatus::read(m_store.get()));
    } catch (const DatabaseError &error) {
        qCWarning(lcSyncWorker) << "cannot read the sync status:" << error.message();
    }
}

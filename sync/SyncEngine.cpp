#include "sync/SyncEngine.h"

#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/IsoText.h"
#include "models/store/DeskStore.h"
#include "models/store/FeedStore.h"
#include "models/store/LocalStore.h"
#include "sync/RightsKeeper.h"
#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/EventBatch.h"
#include "sync/protocol/EventResult.h"
#include "sync/protocol/FeedPage.h"
#include "sync/protocol/ProtocolJson.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "anticorona.sync")

namespace {
const QString kOutOfOrder = QStringLiteral("out_of_order");
// The event is too far after the last one the server recorded (docs/protocol.md, "Order per
// device"); an honest desk never sees it, as it sends its outbox in order from the oldest.
const QString kSequenceGap = QStringLiteral("sequence_gap");

} // namespace

SyncEngine::SyncEngine(LocalStore *store, SyncTransport *transport, const Clock *clock)
    : m_store(store)
    , m_transport(transport)
    , m_clock(clock)
{}

QString SyncEngine::now() const
{
    return IsoText::utcMillis(m_clock->now());
}

TransportReply SyncEngine::exchange(const QByteArray &method, const QString &path, const QByteArray &body)
{
    return m_transport->exchange({method, path, body, m_token});
}

bool SyncEngine::failed(const TransportReply &reply, SyncRound *round) const
{
    using Outcome = SyncRound::Outcome;
    if (!reply.answered()) {
        round->outcome = Outcome::Unreachable;
        round->message =
            tr("The server cannot be reached; the desk keeps working and will send its changes later.");
        qCInfo(lcSync) << "no answer:" << reply.errorText;
        return true;
    }
    if (reply.status == 200)
        return false;
    QString jsonError;
    const std::optional<QJsonObject> json = ProtocolJson::parseObject(reply.body, &jsonError);
    QString error;
    const std::optional<ErrorBody> body = json ? ErrorBody::fromJson(*json, &error) : std::nullopt;
    const QString code = body ? body->code : QString();
    round->retryAfterSeconds = reply.retryAfterSeconds;
    if (reply.status == 503) {
        round->outcome = Outcome::Busy;
        round->message = tr("The server is busy; the desk will try again shortly.");
    } else if (reply.status >= 500) {
        round->outcome = Outcome::ServerFailed;
        round->message =
            tr("The server failed to answer (HTTP %1); the desk will try again later.").arg(reply.status);
    } else if (reply.status == 401 && code == ErrorCode::DeviceRevoked) {
        round->outcome = Outcome::Revoked;
        round->message =
            tr("The server no longer accepts this desk: it was removed by an administrator. Nothing on "
               "this desk is lost; ask for a new enrollment code.");
    } else if (reply.status == 401) {
        round->outcome = Outcome::NotEnrolled;
        round->message = tr("The server does not know this desk; enroll it again.");
    } else {
        round->outcome = Outcome::Refused;
        // The status and the server's code go to the log; staff read a sentence and the code.
        round->message = tr("The server refused the desk's request (%1). Please report this to your "
                            "administrator.")
                             .arg(body ? body->code : QString::number(reply.status));
    }
    if (round->transient()) // the server asked for patience: no news for the log's readers
        qCInfo(lcSync) << "HTTP" << reply.status << code;
    else
        qCWarning(lcSync) << "HTTP" << reply.status << code;
    return true;
}

void SyncEngine::storeFailed(SyncRound *round, const QString &sqliteMessage)
{
    qCWarning(lcSync) << "the desk's database failed during sync:" << sqliteMessage;
    round->outcome = SyncRound::Outcome::StoreFailed;
    round->message =
        tr("The desk's database could not record this sync; nothing was lost, and the next round "
           "tries again.");
}

SyncRound SyncEngine::syncOnce()
{
    SyncRound round = push();
    if (!round.done())
        return round;
    // After the push, so a return's events are on the server; before the pull, which then reads
    // on from wherever a refill's feed left the cursor.
    const SyncRound rights = keepRights();
    round.granted = rights.granted;
    round.returned = rights.returned;
    round.pulled = rights.pulled; // a refill's feed is applied even when a later request stops the round
    round.outcome = rights.outcome;
    round.message = rights.message;
    round.retryAfterSeconds = rights.retryAfterSeconds;
    if (!round.done() && round.outcome != SyncRound::Outcome::Refused)
        return round;
    const SyncRound read = pull();
    round.pulled += read.pulled;
    if (!read.done() || round.done()) {
        round.outcome = read.outcome;
        round.message = read.message;
        round.retryAfterSeconds = read.retryAfterSeconds;
    }
    if (!round.done())
        return round;
    try {
        WriteTransaction transaction(m_store->database());
        DeskStore(m_store->database()).setLastSyncAt(now());
        transaction.commit();
    } catch (const DatabaseError &error) {
        storeFailed(&round, error.message());
    }
    return round;
}

SyncRound SyncEngine::push()
{
    SyncRound round;
    try {
        int size = m_batch; // smaller for the rest of this push after a 413
        const int waiting = m_progress ? int(m_store->outbox()->pendingCount()) : 0;
        for (;;) {
            const QList<Event> batch = m_store->outbox()->pending(size);
            if (batch.isEmpty())
                return round;
            const TransportReply reply =
                exchange("POST", QStringLiteral("/v1/events"), EventBatch{batch}.serialize());
            if (reply.answered() && reply.status == 413) {
                // Over the server's body limit, which the desk cannot know: the same batch would
                // get the same answer, a smaller one may not.
                if (batch.size() > 1) {
                    size = int(batch.size() / 2);
                    continue;
                }
                if (!tooLargeAlone(batch.constFirst(), reply, &round))
                    return round;
                // That one event was the cause: the rest go in full batches again, not one by one.
                size = m_batch;
                continue;
            }
            if (failed(reply, &round))
                return round;
            QString error;
            QString jsonError;
            const std::optional<QJsonObject> json = ProtocolJson::parseObject(reply.body, &jsonError);
            const std::optional<BatchAnswer> answer =
                json ? BatchAnswer::fromJson(*json, &error) : std::nullopt;
            // The answers come in batch order: anything else is not an answer to this batch.
            bool matches = answer && !answer->results.isEmpty() && answer->results.size() <= batch.size();
            for (qsizetype i = 0; matches && i < answer->results.size(); ++i)
                matches = answer->results.at(i).eventId == batch.at(i).id;
            if (!matches) {
                round.outcome = SyncRound::Outcome::Malformed;
                round.message =
                    tr("The server's answer did not match the changes sent; the desk will send them again.");
                qCWarning(lcSync) << "push answer does not match the batch:" << error;
                return round;
            }

            // The answered prefix and what it changes commit together: a crash before the commit
            // resends it, and the server answers `duplicate` with the first delivery's outcome.
            bool outOfOrder = false;
            bool gap = false;
            WriteTransaction transaction(m_store->database());
            FeedStore feed(m_store);
            qint64 through = 0;
            for (qsizetype i = 0; i < answer->results.size(); ++i) {
                const EventResult &result = answer->results.at(i);
                const bool rejected = result.status == EventStatus::Rejected ||
                                      (result.status == EventStatus::Duplicate && !result.reason.isEmpty());
                if (rejected && (result.reason == kOutOfOrder || result.reason == kSequenceGap)) {
                    outOfOrder = true; // not recorded by the server: never acknowledged
                    gap = result.reason == kSequenceGap;
                    break;
                }
                if (rejected) {
                    feed.rejectOwn(result.eventId, result.reason, result.message, now());
                    ++round.rejected;
                } else {
                    ++round.accepted;
                    // Where the server put them among other desks' events: FeedStore asks of an own
                    // cancel or undo whether it came after an entry. Injections, the many, are not
                    // written again (see schema 7).
                    const EventType type = batch.at(i).type;
                    if ((type == EventType::BookingCancelled || type == EventType::InjectionUndone) &&
                        result.serverSequence > 0)
                        m_store->outbox()->setServerSequence(batch.at(i).sequence, result.serverSequence);
                }
                ++round.pushed;
                through = batch.at(i).sequence;
            }
            if (through > 0)
                m_store->outbox()->acknowledgeThrough(through);
            transaction.commit();
            if (m_progress) // commands made meanwhile may add to what was waiting
                m_progress({Progress::Step::Push, round.pushed, std::max(waiting, round.pushed)});
            if (outOfOrder) {
                round.outcome = SyncRound::Outcome::Refused;
                round.message =
                    gap ? tr("The server is missing earlier changes of this desk and will not take later "
                             "ones before them. Please report this.")
                        : tr("The server has newer changes from this desk than the desk itself (was its "
                             "database restored from a backup?). Please report this.");
                return round;
            }
        }
    } catch (const DatabaseError &error) {
        storeFailed(&round, error.message());
    }
    return round;
}

bool SyncEngine::tooLargeAlone(const Event &event, const TransportReply &reply, SyncRound *round)
{
    QString jsonError;
    QString error;
    const std::optional<QJsonObject> json = ProtocolJson::parseObject(reply.body, &jsonError);
    const std::optional<ErrorBody> body = json ? ErrorBody::fromJson(*json, &error) : std::nullopt;
    if (!body || body->code.isEmpty()) {
        failed(reply, round); // a 413 that says nothing more: a refusal to report, the event waits
        return false;
    }
    // The server named why it will never take this event: a conflict with that reason, like a
    // rejection, so the events after it are not held back for ever.
    qCWarning(lcSync) << "event" << event.id << "alone is too large:" << body->code;
    WriteTransaction transaction(m_store->database());
    FeedStore(m_store).rejectOwn(event.id, body->code, body->message, now());
    m_store->outbox()->acknowledgeThrough(event.sequence);
    transaction.commit();
    ++round->rejected;
    ++round->pushed;
    return true;
}

SyncRound SyncEngine::keepRights()
{
    RightsKeeper keeper(
        m_store, m_clock, m_rights,
        [this](const QByteArray &method, const QString &path, const QByteArray &body) {
            return exchange(method, path, body);
        },
        [this](const TransportReply &reply, SyncRound *round) { failed(reply, round); });
    return keeper.run();
}

SyncRound SyncEngine::pull()
{
    SyncRound round;
    int received = 0;
    try {
        for (;;) {
            const qint64 cursor = DeskStore(m_store->database()).feedCursor();
            const TransportReply reply =
                exchange("GET", QStringLiteral("/v1/events?after=%1&limit=%2").arg(cursor).arg(m_feedPage));
            if (failed(reply, &round))
                return round;
            QString error;
            QString jsonError;
            const std::optional<QJsonObject> json = ProtocolJson::parseObject(reply.body, &jsonError);
            const std::optional<FeedPage> page = json ? FeedPage::fromJson(*json, &error) : std::nullopt;
            // A page is applied only from the cursor it was asked for: an answer to an older
            // request (a duplicated or late one) would skip or repeat entries.
            if (!page || page->after != cursor || page->next < cursor) {
                round.outcome = SyncRound::Outcome::Malformed;
                round.message =
                    tr("The server's feed did not continue where the desk stopped; the desk will ask again.");
                qCWarning(lcSync) << "feed page does not start at the cursor" << cursor << error;
                return round;
            }
            applyPage(*page, &round);
            received += int(page->entries.size());
            if (m_progress && !page->entries.isEmpty())
                m_progress({Progress::Step::Pull, received, 0});
            if (!page->more || page->next == cursor)
                return round;
        }
    } catch (const DatabaseError &error) {
        storeFailed(&round, error.message());
    }
    return round;
}

void SyncEngine::applyPage(const FeedPage &page, SyncRound *round)
{
    WriteTransaction transaction(m_store->database());
    FeedStore feed(m_store);
    const QString at = now();
    for (const FeedEntry &entry : page.entries) {
        if (feed.apply(entry.serverSequence, entry.event, at) == FeedStore::Outcome::Applied)
            ++round->pulled;
    }
    feed.moveCursor(page.next);
    transaction.commit();
}

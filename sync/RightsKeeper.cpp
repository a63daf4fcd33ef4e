#include "sync/RightsKeeper.h"

#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/IsoText.h"
#include "models/store/DeskStore.h"
#include "models/store/FeedStore.h"
#include "models/store/LocalStore.h"
#include "sync/SyncEngine.h"
#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/FeedPage.h"
#include "sync/protocol/ProtocolJson.h"
#include "sync/protocol/RightsAnswer.h"
#include "sync/protocol/RightsRequest.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSyncRights, "anticorona.sync.rights")

namespace {
RightsAction wireAction(RightsRequestStore::Action action)
{
    return action == RightsRequestStore::Action::Return ? RightsAction::Return : RightsAction::Refill;
}

bool sameId(const QString &a, const QString &b)
{
    return QUuid::fromString(a) == QUuid::fromString(b) && !QUuid::fromString(a).isNull();
}
} // namespace

RightsKeeper::RightsKeeper(LocalStore *store, const Clock *clock, const RightsSettings &settings,
                           Exchange exchange, Failed failed)
    : m_store(store)
    , m_clock(clock)
    , m_settings(settings)
    , m_exchange(std::move(exchange))
    , m_failed(std::move(failed))
{}

QString RightsKeeper::now() const
{
    return IsoText::utcMillis(m_clock->now());
}

void RightsKeeper::malformed(SyncRound *round, const QString &why) const
{
    round->outcome = SyncRound::Outcome::Malformed;
    round->message =
        tr("The server's answer to a rights request did not match it; the desk will send it again.");
    qCWarning(lcSyncRights) << "rights answer does not match the request:" << why;
}

SyncRound RightsKeeper::run()
{
    SyncRound round;
    SyncRound refusal;
    try {
        // What was stored goes first and unchanged: the server may have applied it already, and
        // only the same id gets that answer back.
        QSet<QString> open;
        for (const RightsRequestStore::Row &request : RightsRequestStore(m_store).unanswered()) {
            switch (send(request, &round)) {
            case Sent::Stop:
                return round;
            case Sent::NotYet:
                open.insert(request.vaccineId);
                break;
            case Sent::Refused:
                refusal = round;
                round.outcome = SyncRound::Outcome::Done;
                round.message.clear();
                break;
            case Sent::Answered:
                break;
            }
        }
        QList<RightsRequestStore::Row> recorded;
        if (m_settings.enabled)
            decide(open, &recorded);
        for (const RightsRequestStore::Row &request : recorded) {
            switch (send(request, &round)) {
            case Sent::Stop:
                return round;
            case Sent::Refused:
                refusal = round;
                round.outcome = SyncRound::Outcome::Done;
                round.message.clear();
                break;
            case Sent::NotYet:
            case Sent::Answered:
                break;
            }
        }
    } catch (const DatabaseError &error) {
        SyncEngine::storeFailed(&round, error.message());
        return round;
    }
    if (!refusal.done()) {
        refusal.granted = round.granted;
        refusal.returned = round.returned;
        refusal.pulled = round.pulled;
        return refusal;
    }
    return round;
}

void RightsKeeper::decide(const QSet<QString> &open, QList<RightsRequestStore::Row> *recorded)
{
    const QDate today = m_clock->now().date();
    RightsRequestStore requests(m_store);
    for (const StockLevel &listed : m_store->stock()->levels()) {
        if (open.contains(listed.vaccineId))
            continue; // one open request per vaccine: its answer changes what the desk holds
        // Read again inside the write transaction: a booking on the desk's other connection may
        // have spent rights since, and a return must never deduct more than the desk holds.
        WriteTransaction transaction(m_store->database());
        const StockLevel level = m_store->stock()->level(listed.vaccineId).value_or(listed);
        const RightsSettings::Marks marks = m_settings.marksFor(
            level.vaccineId, requests.heldBookings(level.vaccineId, today, today.addDays(2)));
        // A refill asks only for what the site may still have beyond this desk's own rights, as
        // far as the desk has read: a vaccine without stock at the site has an empty pool.
        const int wanted = std::min(marks.high, level.available()) - level.rights;
        std::optional<RightsRequestStore::Action> action;
        qint64 count = 0;
        if (level.rights < marks.low && wanted > 0) {
            action = RightsRequestStore::Action::Refill;
            count = wanted;
        } else if (level.rights > marks.high) {
            action = RightsRequestStore::Action::Return;
            count = level.rights - marks.high;
        }
        if (!action)
            continue;
        count = std::min<qint64>(count, RightsRequest::kMaxCount);
        // Stored before it is sent: from here on, only an answer ends it.
        recorded->append(requests.record(level.vaccineId, *action, count, now()));
        transaction.commit();
    }
}

RightsKeeper::Sent RightsKeeper::send(const RightsRequestStore::Row &request, SyncRound *round)
{
    RightsRequest body;
    body.requestId = request.requestId;
    body.siteId = m_store->identity().siteId;
    body.vaccineId = request.vaccineId;
    body.action = wireAction(request.action);
    body.count = request.count;
    body.feedCursor = request.feedCursor;
    body.eventsMade = request.eventsMade;
    const TransportReply reply = m_exchange("POST", QStringLiteral("/v1/rights"),
                                            QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact));
    QString jsonError;
    const std::optional<QJsonObject> json =
        reply.answered() ? ProtocolJson::parseObject(reply.body, &jsonError) : std::nullopt;

    if (reply.answered() && reply.status == 200) {
        QString error;
        const std::optional<RightsAnswer> answer =
            json ? RightsAnswer::fromJson(*json, &error) : std::nullopt;
        if (!answer || !sameId(answer->requestId, request.requestId) || answer->action != body.action ||
            answer->vaccineId != request.vaccineId) {
            malformed(round, error);
            return Sent::Stop;
        }
        if (answer->action == RightsAction::Refill)
            return applyRefill(request, *answer, round);
        // The rights left the desk when the request was recorded.
        WriteTransaction transaction(m_store->database());
        RightsRequestStore(m_store).markAnswered(
            request.requestId, QString::fromUtf8(QJsonDocument(*json).toJson(QJsonDocument::Compact)), now());
        transaction.commit();
        round->returned += int(answer->moved);
        return Sent::Answered;
    }

    const int status = reply.answered() ? reply.status : 0;
    QString error;
    const std::optional<ErrorBody> refusal = json ? ErrorBody::fromJson(*json, &error) : std::nullopt;
    const QString code = refusal ? refusal->code : QString();
    if (status == 409 && code == ErrorCode::NotYet) {
        // Not a failure: the events this return waits for reach the server with a later push.
        qCInfo(lcSyncRights) << "return" << request.requestId << "not yet";
        return Sent::NotYet;
    }
    // Refused for good: the server recorded nothing, and the same request would get the same
    // answer. 401 (enroll again, revoked), 429 and 5xx are the round's failures instead, and the
    // request waits for them to pass.
    if (status == 400 || status == 403 || status == 404 || status == 409 || status == 413) {
        const QString answer =
            refusal ? QString::fromUtf8(QJsonDocument(refusal->toJson()).toJson(QJsonDocument::Compact))
                    : QStringLiteral("{\"status\":%1}").arg(status);
        WriteTransaction transaction(m_store->database());
        RightsRequestStore(m_store).markRefused(request.requestId, answer, now());
        transaction.commit();
        round->outcome = SyncRound::Outcome::Refused;
        round->message =
            tr("The server refused the desk's rights request (%1); no rights moved. Please report "
               "this to your administrator.")
                .arg(refusal ? refusal->code : QString::number(status));
        qCWarning(lcSyncRights) << "rights request" << request.requestId << "refused:" << status << code;
        return Sent::Refused;
    }
    m_failed(reply, round);
    return Sent::Stop;
}

RightsKeeper::Sent RightsKeeper::applyRefill(const RightsRequestStore::Row &request,
                                             const RightsAnswer &answer, SyncRound *round)
{
    // The feed starts where the desk stood when it recorded the request; the desk has read on
    // since, perhaps, and skips what it has (entries never change).
    if (answer.feed.after != request.feedCursor) {
        malformed(round,
                  QStringLiteral("feed starts at %1, not %2").arg(answer.feed.after).arg(request.feedCursor));
        return Sent::Stop;
    }
    QList<FeedPage> pages{answer.feed};
    qint64 reached = std::max(answer.feed.next, DeskStore(m_store->database()).feedCursor());
    bool more = answer.feed.more;
    // The rest of the feed up to the grant, read before anything is written: all of it commits
    // with the grant, or none of it does.
    while (more && reached < answer.grantSequence) {
        const TransportReply reply =
            m_exchange("GET", QStringLiteral("/v1/events?after=%1&limit=%2").arg(reached).arg(kFeedPage), {});
        if (!reply.answered() || reply.status != 200) {
            m_failed(reply, round);
            return Sent::Stop;
        }
        QString error;
        QString jsonError;
        const std::optional<QJsonObject> json = ProtocolJson::parseObject(reply.body, &jsonError);
        const std::optional<FeedPage> page = json ? FeedPage::fromJson(*json, &error) : std::nullopt;
        if (!page || page->after != reached || page->next < reached) {
            malformed(round, QStringLiteral("feed page after %1: %2").arg(reached).arg(error));
            return Sent::Stop;
        }
        pages.append(*page);
        more = page->more && page->next > reached;
        reached = page->next;
    }

    WriteTransaction transaction(m_store->database());
    FeedStore feed(m_store);
    const QString at = now();
    for (const FeedPage &page : pages) {
        for (const FeedEntry &entry : page.entries) {
            if (feed.apply(entry.serverSequence, entry.event, at) == FeedStore::Outcome::Applied)
                ++round->pulled;
        }
        feed.moveCursor(std::max(page.next, DeskStore(m_store->database()).feedCursor()));
    }
    if (answer.moved > 0)
        m_store->stock()->changeRights(request.vaccineId, int(answer.moved));
    QJsonObject kept = answer.toJson();
    kept.remove(QStringLiteral("feed")); // applied above; the server can rebuild it from its log
    RightsRequestStore(m_store).markAnswered(
        request.requestId, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)), at);
    transaction.commit();
    round->granted += int(answer.moved);
    return Sent::Answered;
}

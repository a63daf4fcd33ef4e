#include "server/store/SqliteRightsStore.h"

#include "models/sqlite/Database.h"
#include "server/store/EscrowRules.h"
#include "server/store/SqliteEscrowLedger.h"
#include "server/store/SqliteEventLog.h"
#include "sync/protocol/ProtocolJson.h"

#include <QVariant>

#include <limits>

std::optional<SqliteRightsStore::Stored> SqliteRightsStore::stored(const QString &requestId)
{
    QSqlQuery &query = m_db->prepared(
        QStringLiteral("SELECT device_id, site_id, vaccine_id, action, requested, feed_cursor, events_made, "
                       "moved, grant_sequence FROM rights_requests WHERE request_id = ?"));
    query.addBindValue(requestId);
    Database::exec(query);
    std::optional<Stored> found;
    if (query.next()) {
        Stored row;
        row.deviceId = query.value(0).toString();
        row.request.requestId = requestId;
        row.request.siteId = query.value(1).toString();
        row.request.vaccineId = query.value(2).toString();
        row.request.action =
            RightsRequest::actionFromName(query.value(3).toString()).value_or(RightsAction::Refill);
        row.request.count = query.value(4).toLongLong();
        row.request.feedCursor = query.value(5).toLongLong();
        row.request.eventsMade = query.value(6).toLongLong();
        row.moved = query.value(7).toLongLong();
        row.grantSequence = query.value(8).toLongLong();
        found = row;
    }
    query.finish();
    return found;
}

void SqliteRightsStore::store(const QString &deviceId, const Stored &row, const QDateTime &now)
{
    QSqlQuery &insert = m_db->prepared(QStringLiteral(
        "INSERT INTO rights_requests (request_id, device_id, site_id, vaccine_id, action, requested, "
        "feed_cursor, events_made, moved, grant_sequence, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    insert.addBindValue(row.request.requestId);
    insert.addBindValue(deviceId);
    insert.addBindValue(row.request.siteId);
    insert.addBindValue(row.request.vaccineId);
    insert.addBindValue(RightsRequest::actionName(row.request.action));
    insert.addBindValue(row.request.count);
    insert.addBindValue(row.request.feedCursor);
    insert.addBindValue(row.request.eventsMade);
    insert.addBindValue(row.moved);
    insert.addBindValue(row.grantSequence);
    insert.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    Database::exec(insert);
}

RightsAnswer SqliteRightsStore::answerFor(const QString &siteId, const Stored &row, QJsonObject *feedJson)
{
    RightsAnswer answer;
    answer.requestId = row.request.requestId;
    answer.action = row.request.action;
    answer.vaccineId = row.request.vaccineId;
    answer.requested = row.request.count;
    answer.moved = row.moved;
    if (row.request.action == RightsAction::Refill) {
        // Events are never changed or removed, and every sequence up to grantSequence was
        // committed before the grant: this page is the same on every delivery.
        answer.grantSequence = row.grantSequence;
        answer.feed =
            m_events->feed(siteId, row.request.feedCursor, ProtocolJson::kMaxFeedLimit, row.grantSequence);
        *feedJson = m_events->feedJson(siteId, row.request.feedCursor, ProtocolJson::kMaxFeedLimit,
                                       row.grantSequence);
    }
    return answer;
}

qint64 SqliteRightsStore::eventsApplied(const QString &deviceId)
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT events_applied FROM devices WHERE id = ?"));
    query.addBindValue(deviceId);
    Database::exec(query);
    const qint64 applied = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return applied;
}

qint64 SqliteRightsStore::lastServerSequence()
{
    return m_events->lastSequence();
}

RightsOutcome SqliteRightsStore::request(const DeviceRecord &device, const RightsRequest &request,
                                         const QDateTime &now)
{
    WriteTransaction transaction(m_db);
    RightsOutcome outcome;
    if (const std::optional<Stored> previous = stored(request.requestId)) {
        // Answered before: the same answer, and nothing moves again.
        if (previous->deviceId != device.id || !previous->request.sameAs(request)) {
            outcome.status = RightsStatus::RequestIdReused;
            return outcome;
        }
        outcome.answer = answerFor(device.siteId, *previous, &outcome.feedJson);
        return outcome;
    }
    outcome.eventsApplied = eventsApplied(device.id);
    const bool reportComplete = outcome.eventsApplied >= request.eventsMade;
    if (request.action == RightsAction::Return && !reportComplete) {
        outcome.status = RightsStatus::NotYet; // nothing written: a retry may succeed later
        return outcome;
    }
    SqliteEscrowLedger ledger(m_db, device.siteId);
    EscrowRules escrow(&ledger);
    if (reportComplete)
        escrow.holderReported(device.id, request.feedCursor, now);
    Stored row;
    row.request = request;
    if (request.action == RightsAction::Refill) {
        row.moved = escrow.grant(device.id, request.vaccineId, request.count);
        row.grantSequence = lastServerSequence();
    } else {
        row.moved = escrow.takeBack(device.id, request.vaccineId, request.count);
    }
    store(device.id, row, now);
    outcome.answer = answerFor(device.siteId, row, &outcome.feedJson);
    transaction.commit();
    return outcome;
}

QMap<QString, qint64> SqliteRightsStore::deviceRights(const QString &deviceId)
{
    QSqlQuery &query =
        m_db->prepared(QStringLiteral("SELECT vaccine_id, rights FROM device_rights WHERE device_id = ?"));
    query.addBindValue(deviceId);
    Database::exec(query);
    QMap<QString, qint64> rights;
    while (query.next())
        rights.insert(query.value(0).toString(), query.value(1).toLongLong());
    query.finish();
    return rights;
}

void SqliteRightsStore::returnAllRights(const QString &deviceId, const QDateTime &now)
{
    QSqlQuery &site = m_db->prepared(QStringLiteral("SELECT site_id FROM devices WHERE id = ?"));
    site.addBindValue(deviceId);
    Database::exec(site);
    const QString siteId = site.next() ? site.value(0).toString() : QString();
    site.finish();
    {
        SqliteEscrowLedger ledger(m_db, siteId);
        EscrowRules(&ledger).holderReported(deviceId, std::numeric_limits<qint64>::max(), now);
    }
    QSqlQuery &query = m_db->prepared(QStringLiteral(
        "SELECT site_id, vaccine_id, rights FROM device_rights WHERE device_id = ? AND rights > 0"));
    query.addBindValue(deviceId);
    Database::exec(query);
    struct Held
    {
        QString siteId;
        QString vaccineId;
        qint64 rights = 0;
    };
    QList<Held> held;
    while (query.next())
        held.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    query.finish();
    for (const Held &h : held) {
        SqliteEscrowLedger ledger(m_db, h.siteId);
        EscrowRules(&ledger).takeBack(deviceId, h.vaccineId, h.rights);
    }
}

#include "models/store/RightsRequestStore.h"

#include "models/domain/DatabaseError.h"
#include "models/domain/IsoText.h"
#include "models/sqlite/Database.h"
#include "models/store/LocalStore.h"

#include <QUuid>

namespace {
const QString kRefill = QStringLiteral("refill");
const QString kReturn = QStringLiteral("return");

// Columns: request_id, vaccine_id, action, count, feed_cursor, events_made, state, answer,
// created_at, answered_at.
const QString kSelect =
    QStringLiteral("SELECT request_id, vaccine_id, action, count, feed_cursor, events_made, state, "
                   "coalesce(answer, ''), created_at, coalesce(answered_at, '') FROM rights_requests ");

RightsRequestStore::Row rowFrom(const QSqlQuery &query)
{
    RightsRequestStore::Row row;
    row.requestId = query.value(0).toString();
    row.vaccineId = query.value(1).toString();
    row.action = query.value(2).toString() == kReturn ? RightsRequestStore::Action::Return
                                                      : RightsRequestStore::Action::Refill;
    row.count = query.value(3).toLongLong();
    row.feedCursor = query.value(4).toLongLong();
    row.eventsMade = query.value(5).toLongLong();
    row.answered = query.value(6).toInt() == 1;
    row.answer = query.value(7).toString();
    row.createdAt = query.value(8).toString();
    row.answeredAt = query.value(9).toString();
    return row;
}
} // namespace

RightsRequestStore::Row RightsRequestStore::record(const QString &vaccineId, Action action, qint64 count,
                                                   const QString &at)
{
    Database *db = m_store->database();
    Row row;
    row.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.vaccineId = vaccineId;
    row.action = action;
    row.count = count;
    row.createdAt = at;
    // The report: the events made are the outbox's last sequence (gap-free from 1 on an enrolled
    // desk), read with the cursor inside the caller's write transaction; less the events the server
    // never recorded (one alone over its body limit, a conflict now), which it never counts.
    QSqlQuery &report = db->prepared(QStringLiteral(
        "SELECT feed_cursor, coalesce((SELECT max(sequence) FROM outbox), 0) - (SELECT count(*) FROM "
        "conflicts WHERE sequence IS NOT NULL AND reason = 'payload_too_large') FROM desk WHERE id = 1"));
    Database::exec(report);
    if (!report.next()) {
        report.finish();
        throw DatabaseError(QStringLiteral("the desk has no identity row"));
    }
    row.feedCursor = report.value(0).toLongLong();
    row.eventsMade = report.value(1).toLongLong();
    report.finish();

    QSqlQuery &insert = db->prepared(
        QStringLiteral("INSERT INTO rights_requests (request_id, vaccine_id, action, count, feed_cursor, "
                       "events_made, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(row.requestId);
    insert.addBindValue(vaccineId);
    insert.addBindValue(action == Action::Return ? kReturn : kRefill);
    insert.addBindValue(count);
    insert.addBindValue(row.feedCursor);
    insert.addBindValue(row.eventsMade);
    insert.addBindValue(at);
    Database::exec(insert);
    if (action == Action::Return)
        m_store->stock()->changeRights(vaccineId, -int(count));
    return row;
}

QList<RightsRequestStore::Row> RightsRequestStore::unanswered() const
{
    QSqlQuery &query =
        m_store->database()->prepared(kSelect + QStringLiteral("WHERE state = 0 ORDER BY rowid"));
    Database::exec(query);
    QList<Row> rows;
    while (query.next())
        rows.append(rowFrom(query));
    query.finish();
    return rows;
}

std::optional<RightsRequestStore::Row> RightsRequestStore::byId(const QString &requestId) const
{
    QSqlQuery &query = m_store->database()->prepared(kSelect + QStringLiteral("WHERE request_id = ?"));
    query.addBindValue(requestId);
    Database::exec(query);
    std::optional<Row> row;
    if (query.next())
        row = rowFrom(query);
    query.finish();
    return row;
}

void RightsRequestStore::markAnswered(const QString &requestId, const QString &answer, const QString &at)
{
    QSqlQuery &update =
        m_store->database()->prepared(QStringLiteral("UPDATE rights_requests SET state = 1, answer = ?, "
                                                     "answered_at = ? WHERE request_id = ? AND state = 0"));
    update.addBindValue(answer);
    update.addBindValue(at);
    update.addBindValue(requestId);
    Database::exec(update);
    if (update.numRowsAffected() != 1)
        throw DatabaseError(QStringLiteral("no unanswered rights request %1").arg(requestId));
}

void RightsRequestStore::markRefused(const QString &requestId, const QString &answer, const QString &at)
{
    const std::optional<Row> row = byId(requestId);
    markAnswered(requestId, answer, at);
    if (row && row->action == Action::Return)
        m_store->stock()->changeRights(row->vaccineId, int(row->count));
}

int RightsRequestStore::heldBookings(const QString &vaccineId, const QDate &from, const QDate &until) const
{
    QSqlQuery &query = m_store->database()->prepared(
        QStringLiteral("SELECT count(*) FROM bookings WHERE vaccine_id = ? AND holder = ? AND state = 0 "
                       "AND appointment >= ? AND appointment < ?"));
    query.addBindValue(vaccineId);
    query.addBindValue(m_store->identity().deviceId);
    query.addBindValue(IsoText::date(from));
    query.addBindValue(IsoText::date(until));
    Database::exec(query);
    const int count = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return count;
}

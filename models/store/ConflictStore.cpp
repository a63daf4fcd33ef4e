#include "models/store/ConflictStore.h"

#include "models/sqlite/Database.h"

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, event_id, event_type, coalesce(sequence, 0), coalesce(booking_id, ''), reason, message, at, "
    "state, coalesce(resolution, ''), coalesce(resolution_reason, ''), coalesce(resolved_at, '') FROM "
    "conflicts ");

ConflictStore::Row rowFrom(const QSqlQuery &query)
{
    ConflictStore::Row row;
    row.id = query.value(0).toLongLong();
    row.eventId = query.value(1).toString();
    row.eventType = query.value(2).toString();
    row.sequence = query.value(3).toLongLong();
    row.bookingId = query.value(4).toString();
    row.reason = query.value(5).toString();
    row.message = query.value(6).toString();
    row.at = query.value(7).toString();
    row.open = query.value(8).toInt() == 0;
    row.resolution = query.value(9).toString();
    row.resolutionReason = query.value(10).toString();
    row.resolvedAt = query.value(11).toString();
    return row;
}
} // namespace

qint64 ConflictStore::record(const Row &row, const Effect &effect)
{
    QSqlQuery &insert =
        m_db->prepared(QStringLiteral("INSERT INTO conflicts (event_id, event_type, sequence, booking_id, "
                                      "reason, message, at, on_hand_delta, "
                                      "booked_delta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(row.eventId);
    insert.addBindValue(row.eventType);
    insert.addBindValue(row.sequence > 0 ? QVariant(row.sequence) : QVariant());
    insert.addBindValue(row.bookingId.isEmpty() ? QVariant() : QVariant(row.bookingId));
    insert.addBindValue(row.reason);
    insert.addBindValue(row.message);
    insert.addBindValue(row.at);
    insert.addBindValue(effect.onHand);
    insert.addBindValue(effect.booked);
    Database::exec(insert);
    return insert.lastInsertId().toLongLong();
}

bool ConflictStore::existsForEvent(const QString &eventId) const
{
    QSqlQuery &query = m_db->prepared(
        QStringLiteral("SELECT 1 FROM conflicts WHERE event_id = ? AND sequence IS NOT NULL LIMIT 1"));
    query.addBindValue(eventId);
    Database::exec(query);
    const bool found = query.next();
    query.finish();
    return found;
}

QList<ConflictStore::Row> ConflictStore::open(int limit) const
{
    QSqlQuery &query = m_db->prepared(kSelect + QStringLiteral("WHERE state = 0 ORDER BY id LIMIT ?"));
    query.addBindValue(limit);
    Database::exec(query);
    QList<Row> rows;
    while (query.next())
        rows.append(rowFrom(query));
    query.finish();
    return rows;
}

qint64 ConflictStore::openCount() const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT count(*) FROM conflicts WHERE state = 0"));
    Database::exec(query);
    const qint64 count = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return count;
}

std::optional<ConflictStore::Row> ConflictStore::byId(qint64 id) const
{
    QSqlQuery &query = m_db->prepared(kSelect + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    Database::exec(query);
    std::optional<Row> found;
    if (query.next())
        found = rowFrom(query);
    query.finish();
    return found;
}

bool ConflictStore::resolve(qint64 id, Resolution resolution, const QString &reason, const QString &at)
{
    QSqlQuery &update = m_db->prepared(QStringLiteral(
        "UPDATE conflicts SET state = 1, resolution = ?, resolution_reason = ?, resolved_at = ? "
        "WHERE id = ? AND state = 0"));
    update.addBindValue(resolution == Resolution::KeepOurs ? QStringLiteral("ours")
                                                           : QStringLiteral("theirs"));
    update.addBindValue(reason.trimmed());
    update.addBindValue(at);
    update.addBindValue(id);
    Database::exec(update);
    return update.numRowsAffected() == 1;
}

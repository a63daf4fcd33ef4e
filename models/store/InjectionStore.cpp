#include "models/store/InjectionStore.h"

#include "models/sqlite/Database.h"

void InjectionStore::insert(const QString &bookingId, qint64 lotId, const QString &at, bool surety,
                            bool override)
{
    QSqlQuery &insert = m_db->prepared(
        QStringLiteral("INSERT INTO injections (booking_id, lot_id, injected_at, surety, override) "
                       "VALUES ((SELECT id FROM bookings WHERE uid = ?), ?, ?, ?, ?)"));
    insert.addBindValue(bookingId);
    insert.addBindValue(lotId);
    insert.addBindValue(at);
    insert.addBindValue(surety);
    insert.addBindValue(override);
    Database::exec(insert);
}

std::optional<InjectionStore::Row> InjectionStore::latestActive(const QString &bookingId) const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral(
        "SELECT i.id, i.lot_id, l.lot_number, i.injected_at, i.surety, i.override FROM injections i "
        "JOIN lots l ON l.id = i.lot_id WHERE i.booking_id = (SELECT id FROM bookings WHERE uid = ?) "
        "AND i.undone_at IS NULL ORDER BY i.id DESC LIMIT 1"));
    query.addBindValue(bookingId);
    Database::exec(query);
    std::optional<Row> found;
    if (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        row.lotId = query.value(1).toLongLong();
        row.lotNumber = query.value(2).toString();
        row.injectedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        row.surety = query.value(4).toInt() != 0;
        row.override = query.value(5).toInt() != 0;
        found = row;
    }
    query.finish();
    return found;
}

void InjectionStore::markUndone(qint64 injectionId, const QString &at)
{
    QSqlQuery &update = m_db->prepared(QStringLiteral("UPDATE injections SET undone_at = ? WHERE id = ?"));
    update.addBindValue(at);
    update.addBindValue(injectionId);
    Database::exec(update);
}

QString InjectionStore::injectedEventId(const QString &bookingId) const
{
    // Walks the outbox from its newest end: the injection being undone was made today,
    // so the scan stops after the day's events, not the whole history.
    QSqlQuery &query = m_db->prepared(
        QStringLiteral("SELECT event_id FROM outbox WHERE type = 'Injected' AND "
                       "json_extract(payload, '$.bookingId') = ? ORDER BY sequence DESC LIMIT 1"));
    query.addBindValue(bookingId);
    Database::exec(query);
    const QString id = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return id;
}

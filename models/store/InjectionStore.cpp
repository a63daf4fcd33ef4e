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

namespace {
const QString kRowSelect = QStringLiteral(
    "SELECT i.id, i.lot_id, l.lot_number, i.injected_at, i.surety, i.override, i.device_id FROM injections i "
    "JOIN lots l ON l.id = i.lot_id WHERE i.booking_id = (SELECT id FROM bookings WHERE uid = ?) ");

std::optional<InjectionStore::Row> firstRow(QSqlQuery &query)
{
    Database::exec(query);
    std::optional<InjectionStore::Row> found;
    if (query.next()) {
        InjectionStore::Row row;
        row.id = query.value(0).toLongLong();
        row.lotId = query.value(1).toLongLong();
        row.lotNumber = query.value(2).toString();
        row.injectedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        row.surety = query.value(4).toInt() != 0;
        row.override = query.value(5).toInt() != 0;
        row.deviceId = query.value(6).toString();
        found = row;
    }
    query.finish();
    return found;
}
} // namespace

void InjectionStore::insertRemote(const QString &bookingId, qint64 lotId, const QString &at,
                                  const QString &deviceId, bool surety, bool override)
{
    QSqlQuery &insert = m_db->prepared(QStringLiteral(
        "INSERT INTO injections (booking_id, lot_id, injected_at, surety, override, device_id) "
        "VALUES ((SELECT id FROM bookings WHERE uid = ?), ?, ?, ?, ?, ?)"));
    insert.addBindValue(bookingId);
    insert.addBindValue(lotId);
    insert.addBindValue(at);
    insert.addBindValue(surety);
    insert.addBindValue(override);
    insert.addBindValue(deviceId);
    Database::exec(insert);
}

std::optional<InjectionStore::Row> InjectionStore::latestActive(const QString &bookingId) const
{
    QSqlQuery &query =
        m_db->prepared(kRowSelect + QStringLiteral("AND i.undone_at IS NULL ORDER BY i.id DESC LIMIT 1"));
    query.addBindValue(bookingId);
    return firstRow(query);
}

std::optional<InjectionStore::Row> InjectionStore::latestActiveBy(const QString &bookingId,
                                                                  const QString &deviceId) const
{
    QSqlQuery &query = m_db->prepared(kRowSelect + QStringLiteral("AND i.undone_at IS NULL AND "
                                                                  "coalesce(i.device_id, '') = ? "
                                                                  "ORDER BY i.id DESC LIMIT 1"));
    query.addBindValue(bookingId);
    query.addBindValue(deviceId.isNull() ? QStringLiteral("") : deviceId);
    return firstRow(query);
}

std::optional<InjectionStore::Row> InjectionStore::latestUndoneOwn(const QString &bookingId) const
{
    QSqlQuery &query = m_db->prepared(kRowSelect + QStringLiteral("AND i.undone_at IS NOT NULL AND "
                                                                  "i.device_id IS NULL ORDER BY i.id DESC "
                                                                  "LIMIT 1"));
    query.addBindValue(bookingId);
    return firstRow(query);
}

int InjectionStore::activeCount(const QString &bookingId) const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral(
        "SELECT count(*) FROM injections WHERE booking_id = (SELECT id FROM bookings WHERE uid = "
        "?) AND undone_at IS NULL"));
    query.addBindValue(bookingId);
    Database::exec(query);
    const int count = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return count;
}

void InjectionStore::markNotUndone(qint64 injectionId)
{
    QSqlQuery &update = m_db->prepared(QStringLiteral("UPDATE injections SET undone_at = NULL WHERE id = ?"));
    update.addBindValue(injectionId);
    Database::exec(update);
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

QMap<QString, int> InjectionStore::heldSureties() const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral(
        "SELECT b.vaccine_id, count(*) FROM injections i JOIN bookings b ON b.id = i.booking_id "
        "WHERE i.device_id IS NULL AND i.surety = 1 AND i.override = 0 AND i.undone_at IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM feed_entries f WHERE f.booking_id = b.uid AND (f.type = "
        "'SuretyReleased' "
        "OR (f.type = 'BookingCancelled' AND f.device_id = b.holder))) GROUP BY b.vaccine_id"));
    Database::exec(query);
    QMap<QString, int> held;
    while (query.next())
        held.insert(query.value(0).toString(), query.value(1).toInt());
    query.finish();
    return held;
}

#include "models/store/OutboxStore.h"

#include "models/domain/DatabaseError.h"
#include "models/domain/IsoText.h"
#include "models/sqlite/Database.h"
#include "models/sqlite/NativeStatement.h"
#include "models/store/DeskStore.h"

#include <QJsonDocument>

namespace {
// Columns: event_id, type, device_id, site_id, sequence, feed_cursor, at, payload.
Event eventFrom(const NativeStatement &query)
{
    Event event;
    event.id = query.text(0);
    event.type = eventTypeFromName(query.text(1)).value_or(EventType::Booked);
    event.deviceId = query.text(2);
    event.siteId = query.text(3);
    event.sequence = query.int64(4);
    event.feedCursor = query.int64(5);
    event.at = QDateTime::fromString(query.text(6), Qt::ISODateWithMs);
    event.payload = QJsonDocument::fromJson(query.bytes(7)).object();
    return event;
}
} // namespace

void OutboxStore::append(Event &event)
{
    // Read inside the command's transaction, so the event records exactly what the desk had
    // seen when it was made. Two plain statements rather than INSERT ... RETURNING, which
    // fills a temporary table for every event (about 7% of a booking's instructions,
    // bench/README.md). Every command runs both: the C API (NativeStatement).
    NativeStatement &cursor = m_db->native("SELECT feed_cursor FROM desk WHERE id = 1");
    if (!cursor.next()) {
        cursor.reset();
        throw DatabaseError(QStringLiteral("the desk has no identity row"));
    }
    event.feedCursor = cursor.int64(0);
    cursor.reset();

    NativeStatement &insert =
        m_db->native("INSERT INTO outbox (event_id, type, site_id, feed_cursor, at, payload) VALUES (:id, "
                     ":type, :site, :cursor, :at, :payload)");
    insert.bind(":id", event.id);
    insert.bind(":type", eventTypeName(event.type));
    insert.bind(":site", event.siteId);
    insert.bind(":cursor", event.feedCursor);
    insert.bind(":at", IsoText::utcMillis(event.at));
    if (event.payloadText.isEmpty())
        insert.bind(":payload", QJsonDocument(event.payload).toJson(QJsonDocument::Compact));
    else
        insert.bind(":payload", event.payloadText);
    insert.exec();
    event.sequence = insert.lastInsertRowId(); // the outbox has no triggers: this insert's own row
}

qint64 OutboxStore::count() const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT count(*) FROM outbox"));
    Database::exec(query);
    const qint64 total = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return total;
}

qint64 OutboxStore::pendingCount() const
{
    // Sequences are gap-free and acknowledged as a prefix, so this is two lookups, not a scan of a
    // million events.
    QSqlQuery &query = m_db->prepared(QStringLiteral(
        "SELECT coalesce((SELECT max(sequence) FROM outbox), 0) - acknowledged_through FROM desk"));
    Database::exec(query);
    const qint64 total = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return total;
}

bool OutboxStore::undoAwaitsServer(const QString &bookingId) const
{
    // The unanswered events are the few after the acknowledged prefix: a short walk of the rowid.
    QSqlQuery &query = m_db->prepared(QStringLiteral(
        "SELECT 1 FROM desk, outbox WHERE desk.id = 1 AND coalesce(desk.server_url, '') <> '' AND "
        "outbox.sequence > desk.acknowledged_through AND outbox.type = 'InjectionUndone' AND "
        "json_extract(outbox.payload, '$.bookingId') = ? LIMIT 1"));
    query.addBindValue(bookingId);
    Database::exec(query);
    const bool found = query.next();
    query.finish();
    return found;
}

void OutboxStore::acknowledgeThrough(qint64 sequence)
{
    // The prefix's end in the desk row is all that pending() and pendingCount() read. The
    // outbox's own `acknowledged` column (schema 1) is no longer written: nothing reads it, and
    // marking the rows rewrote every page that held them. It stays in the table because
    // dropping it rewrites the whole outbox (SQLite's DROP COLUMN copies every row: a million
    // events with their payloads, on the desk's first start after an update), while a column
    // left at its default costs one byte of record header per event.
    DeskStore(m_db).acknowledgeThrough(sequence);
}

void OutboxStore::setServerSequence(qint64 sequence, qint64 serverSequence)
{
    QSqlQuery &update =
        m_db->prepared(QStringLiteral("UPDATE outbox SET server_sequence = ? WHERE sequence = ?"));
    update.addBindValue(serverSequence);
    update.addBindValue(sequence);
    Database::exec(update);
}

void OutboxStore::noteServerSequence(const QString &eventId, qint64 serverSequence)
{
    NativeStatement &update =
        m_db->native("UPDATE outbox SET server_sequence = ? WHERE event_id = ? AND server_sequence IS NULL");
    update.bind(1, serverSequence);
    update.bind(2, eventId);
    update.exec();
}

const char *OutboxStore::pendingQuery()
{
    // The prefix's end as a scalar subquery: SQLite reads it once and seeks to it. Joined with
    // `desk` instead, it scanned the outbox from its first event on every batch.
    return "SELECT o.event_id, o.type, (SELECT device_id FROM desk WHERE id = 1), o.site_id, o.sequence, "
           "o.feed_cursor, o.at, o.payload FROM outbox o "
           "WHERE o.sequence > (SELECT acknowledged_through FROM desk WHERE id = 1) ORDER BY o.sequence "
           "LIMIT ?";
}

QList<Event> OutboxStore::pending(int limit) const
{
    // A push reads every event through here: the C API (NativeStatement).
    NativeStatement &query = m_db->native(pendingQuery());
    query.bind(1, limit);
    QList<Event> events;
    while (query.next())
        events.append(eventFrom(query));
    query.reset();
    return events;
}

std::optional<Event> OutboxStore::byEventId(const QString &eventId) const
{
    NativeStatement &query =
        m_db->native("SELECT o.event_id, o.type, d.device_id, o.site_id, o.sequence, o.feed_cursor, o.at, "
                     "o.payload FROM outbox o, desk d WHERE o.event_id = ?");
    query.bind(1, eventId);
    std::optional<Event> found;
    if (query.next())
        found = eventFrom(query);
    query.reset();
    return found;
}

bool OutboxStore::contains(const QString &eventId) const
{
    // Every pulled entry asks: the C API (NativeStatement), on the UNIQUE index of event_id.
    NativeStatement &query = m_db->native("SELECT 1 FROM outbox WHERE event_id = ?");
    query.bind(1, eventId);
    const bool found = query.next();
    query.reset();
    return found;
}

void OutboxStore::adoptIdentity(const QString &oldDeviceId, const QString &newDeviceId,
                                const QString &oldSiteId, const QString &newSiteId)
{
    QSqlQuery &site = m_db->prepared(QStringLiteral("UPDATE outbox SET site_id = ? WHERE site_id = ?"));
    site.addBindValue(newSiteId);
    site.addBindValue(oldSiteId);
    Database::exec(site);
    // Ids are UUIDs: quoted, one is a JSON string value equal to the id and nothing else.
    const auto quoted = [](const QString &id) { return QLatin1Char('"') + id + QLatin1Char('"'); };
    for (const auto &[from, to] : {std::pair{oldDeviceId, newDeviceId}, std::pair{oldSiteId, newSiteId}}) {
        QSqlQuery &payload = m_db->prepared(
            QStringLiteral("UPDATE outbox SET payload = replace(payload, ?, ?) WHERE instr(payload, ?) > 0"));
        payload.addBindValue(quoted(from));
        payload.addBindValue(quoted(to));
        payload.addBindValue(quoted(from));
        Database::exec(payload);
    }
}

#include "models/OutboxStore.h"

#include "models/Database.h"
#include "models/DatabaseError.h"
#include "models/IsoText.h"

#include <QJsonDocument>

void OutboxStore::append(Event &event)
{
    // The feed cursor is read in the same statement, inside the command's transaction,
    // so the event records exactly what the desk had seen when it was made.
    static const QString id = QStringLiteral(":id"), type = QStringLiteral(":type"),
                         site = QStringLiteral(":site"), at = QStringLiteral(":at"),
                         payload = QStringLiteral(":payload");
    QSqlQuery &insert = m_db->prepared(QStringLiteral(
        "INSERT INTO outbox (event_id, type, site_id, feed_cursor, at, payload) VALUES (:id, :type, "
        ":site, (SELECT feed_cursor FROM desk WHERE id = 1), :at, :payload) RETURNING sequence, "
        "feed_cursor"));
    insert.bindValue(id, event.id);
    insert.bindValue(type, eventTypeName(event.type));
    insert.bindValue(site, event.siteId);
    insert.bindValue(at, IsoText::utcMillis(event.at));
    insert.bindValue(payload,
                     event.payloadText.isEmpty()
                         ? QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact))
                         : event.payloadText);
    Database::exec(insert);
    if (!insert.next())
        throw DatabaseError(QStringLiteral("the outbox did not number the event"));
    event.sequence = insert.value(0).toLongLong();
    event.feedCursor = insert.value(1).toLongLong();
    insert.finish();
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

void OutboxStore::acknowledgeThrough(qint64 sequence)
{
    QSqlQuery &mark = m_db->prepared(QStringLiteral(
        "UPDATE outbox SET acknowledged = 1 WHERE sequence > (SELECT acknowledged_through FROM desk) "
        "AND sequence <= :sequence"));
    mark.bindValue(QStringLiteral(":sequence"), sequence);
    Database::exec(mark);
    QSqlQuery &through = m_db->prepared(QStringLiteral(
        "UPDATE desk SET acknowledged_through = max(acknowledged_through, :sequence) WHERE id = 1"));
    through.bindValue(QStringLiteral(":sequence"), sequence);
    Database::exec(through);
}

QList<Event> OutboxStore::pending(int limit) const
{
    QSqlQuery &query = m_db->prepared(
        QStringLiteral("SELECT o.event_id, o.type, d.device_id, o.site_id, o.sequence, o.feed_cursor, o.at, "
                       "o.payload FROM outbox o, desk d WHERE o.sequence > d.acknowledged_through ORDER BY "
                       "o.sequence LIMIT ?"));
    query.addBindValue(limit);
    Database::exec(query);
    QList<Event> events;
    while (query.next()) {
        Event event;
        event.id = query.value(0).toString();
        event.type = eventTypeFromName(query.value(1).toString()).value_or(EventType::Booked);
        event.deviceId = query.value(2).toString();
        event.siteId = query.value(3).toString();
        event.sequence = query.value(4).toLongLong();
        event.feedCursor = query.value(5).toLongLong();
        event.at = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        event.payload = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        events.append(event);
    }
    query.finish();
    return events;
}

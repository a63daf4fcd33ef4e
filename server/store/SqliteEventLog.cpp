#include "server/store/SqliteEventLog.h"

#include "models/domain/IsoText.h"
#include "models/sqlite/Database.h"
#include "models/sqlite/NativeStatement.h"
#include "server/store/EventApplier.h"
#include "server/store/PayloadSchema.h"
#include "server/store/SqliteEscrowLedger.h"
#include "server/store/SqliteSiteLedger.h"
#include "sync/protocol/ProtocolJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace {
EventResult rejected(const Event &event, const QString &reason, const QString &message)
{
    EventResult result;
    result.eventId = event.id;
    result.status = EventStatus::Rejected;
    result.reason = reason;
    result.message = message;
    return result;
}
} // namespace

std::optional<EventResult> SqliteEventLog::previousOutcome(const Event &event, const QByteArray &body)
{
    EventResult result;
    result.eventId = event.id;
    result.status = EventStatus::Duplicate;
    // Every pushed event asks both: the C API (NativeStatement), as SqliteSiteLedger.
    QByteArray storedBody;
    NativeStatement &accepted = m_db->native("SELECT seq, body FROM events WHERE event_id = ?");
    accepted.bind(1, event.id);
    bool found = accepted.next();
    if (found) {
        result.serverSequence = accepted.int64(0);
        storedBody = accepted.bytes(1);
    }
    accepted.reset();
    if (!found) {
        NativeStatement &refused =
            m_db->native("SELECT reason, message, body FROM rejected_events WHERE event_id = ?");
        refused.bind(1, event.id);
        found = refused.next();
        if (found) {
            // A desk that lost the first answer learns the outcome from the duplicate.
            result.reason = refused.text(0);
            result.message = refused.text(1);
            storedBody = refused.bytes(2);
        }
        refused.reset();
    }
    if (!found)
        return std::nullopt;
    if (storedBody != body)
        return rejected(event, QStringLiteral("event_id_reused"),
                        tr("The event id %1 was used before for a different event.").arg(event.id));
    return result;
}

qint64 SqliteEventLog::storeAccepted(const Event &event, const QByteArray &body, const QString &receivedAt)
{
    // The server sequence is taken here, inside the batch's write transaction (see the header).
    NativeStatement &insert = m_db->native(
        "INSERT INTO events (event_id, site_id, device_id, device_sequence, type, body, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, event.id);
    insert.bind(2, event.siteId);
    insert.bind(3, event.deviceId);
    insert.bind(4, event.sequence);
    insert.bind(5, eventTypeName(event.type));
    insert.bind(6, body); // UTF-8, stored as text
    insert.bind(7, receivedAt);
    insert.exec();
    return insert.lastInsertRowId();
}

void SqliteEventLog::storeRejected(const Event &event, const QByteArray &body, const EventResult &result,
                                   const QString &receivedAt)
{
    QSqlQuery &insert = m_db->prepared(QStringLiteral("INSERT INTO rejected_events (event_id, device_id, "
                                                      "device_sequence, body, reason, message, received_at) "
                                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(event.id);
    insert.addBindValue(event.deviceId);
    insert.addBindValue(event.sequence);
    insert.addBindValue(QString::fromUtf8(body));
    insert.addBindValue(result.reason);
    insert.addBindValue(result.message);
    insert.addBindValue(receivedAt);
    Database::exec(insert);
}

QList<EventResult> SqliteEventLog::push(const DeviceRecord &device, const QList<Event> &events,
                                        const QDateTime &receivedAt)
{
    const QString receivedText = IsoText::utcMillis(receivedAt);
    WriteTransaction transaction(m_db);
    QSqlQuery &last = m_db->prepared(QStringLiteral("SELECT last_sequence FROM devices WHERE id = ?"));
    last.addBindValue(device.id);
    Database::exec(last);
    qint64 lastSequence = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();

    SqliteSiteLedger ledger(m_db, device.siteId);
    SqliteEscrowLedger escrow(m_db, device.siteId);
    EventApplier applier(&ledger, &escrow, device.siteId);
    qint64 recorded = 0;
    QList<EventResult> results;
    results.reserve(events.size());
    for (const Event &sent : events) {
        // Trimmed before the body is made: what is stored and served is only what desks write,
        // and a resent event with the same extra fields has the same body (a duplicate).
        Event event = sent;
        const QString overLimit = PayloadSchema::trim(event.type, &event.payload);
        const QByteArray body = ProtocolJson::serializeEvent(event);
        if (std::optional<EventResult> previous = previousOutcome(event, body)) {
            results.append(*previous);
            continue;
        }
        // A desk's events arrive in the order it made them (SPEC 3.1). One that is not past
        // the last recorded one is not recorded either: the answer is the same on every retry.
        if (event.sequence <= lastSequence) {
            results.append(
                rejected(event, QStringLiteral("out_of_order"),
                         tr("Event sequence %1 is not after %2, the last one recorded for this device.")
                             .arg(event.sequence)
                             .arg(lastSequence)));
            continue;
        }
        // An honest desk sends lastSequence + 1; it skips a number only for an event the server
        // refused to read (413 alone) and it gave up on. A jump further is refused and not
        // recorded, or one event with a huge sequence would make every later one out_of_order.
        if (event.sequence - lastSequence > kMaxSequenceStep) {
            results.append(
                rejected(event, QStringLiteral("sequence_gap"),
                         tr("Event sequence %1 is too far after %2, the last one recorded for this device; "
                            "send the events in between first.")
                             .arg(event.sequence)
                             .arg(lastSequence)));
            continue;
        }
        const Verdict verdict = overLimit.isEmpty() ? applier.apply(event)
                                                    : Verdict{QStringLiteral("invalid_payload"), overLimit};
        EventResult result;
        if (verdict.isAccepted()) {
            result.eventId = event.id;
            result.status = EventStatus::Accepted;
            result.serverSequence = storeAccepted(event, body, receivedText);
        } else {
            result = rejected(event, verdict.reason, verdict.message);
            storeRejected(event, body, result, receivedText);
        }
        lastSequence = event.sequence;
        ++recorded;
        applier.recorded(event);
        results.append(result);
    }
    QSqlQuery &update = m_db->prepared(QStringLiteral(
        "UPDATE devices SET last_sequence = ?, events_applied = events_applied + ? WHERE id = ?"));
    update.addBindValue(lastSequence);
    update.addBindValue(recorded);
    update.addBindValue(device.id);
    Database::exec(update);
    transaction.commit();
    return results;
}

const char *SqliteEventLog::feedQuery()
{
    // Two index walks, each stopping after a page, merged: the site's own entries and the other
    // sites' vaccine registrations (the shared catalogue). Written as one OR, SQLite collected and
    // sorted every entry after the cursor for each page.
    return "SELECT seq, body FROM ("
           "SELECT * FROM (SELECT seq, body FROM events "
           "WHERE site_id = :site AND seq > :after AND seq <= :upTo ORDER BY seq LIMIT :limit) "
           "UNION ALL "
           "SELECT * FROM (SELECT seq, body FROM events "
           "WHERE type = 'VaccineRegistered' AND site_id <> :site AND seq > :after AND seq <= :upTo "
           "ORDER BY seq LIMIT :limit)"
           ") ORDER BY seq LIMIT :limit";
}

qint64 SqliteEventLog::lastSequence()
{
    NativeStatement &query = m_db->native("SELECT COALESCE(MAX(seq), 0) FROM events");
    const qint64 last = query.next() ? query.int64(0) : 0;
    query.reset();
    return last;
}

QList<SqliteEventLog::FeedRow> SqliteEventLog::feedRows(const QString &siteId, qint64 after, int limit,
                                                        qint64 upTo, bool *more)
{
    // One more row than asked tells whether there is more.
    NativeStatement &query = m_db->native(feedQuery());
    query.bind(":after", after);
    query.bind(":upTo", upTo);
    query.bind(":site", siteId);
    query.bind(":limit", limit + 1);
    QList<FeedRow> rows;
    *more = false;
    while (query.next()) {
        if (rows.size() == limit) {
            *more = true;
            break;
        }
        rows.append({query.int64(0), query.bytes(1)});
    }
    query.reset();
    return rows;
}

FeedPage SqliteEventLog::feed(const QString &siteId, qint64 after, int limit, qint64 upTo)
{
    FeedPage page;
    page.after = after;
    const QList<FeedRow> rows = feedRows(siteId, after, limit, upTo, &page.more);
    for (const FeedRow &row : rows) {
        const std::optional<Event> event = Event::fromJson(QJsonDocument::fromJson(row.body).object());
        // Every stored entry is an event, the server's own (SuretyReleased) included.
        if (event)
            page.entries.append({row.sequence, *event});
    }
    page.next = rows.isEmpty() ? after : rows.constLast().sequence;
    return page;
}

QByteArray SqliteEventLog::feedBody(const QString &siteId, qint64 after, int limit)
{
    bool more = false;
    const QList<FeedRow> rows = feedRows(siteId, after, limit, std::numeric_limits<qint64>::max(), &more);
    qsizetype size = 64;
    for (const FeedRow &row : rows)
        size += row.body.size() + 48;
    QByteArray page;
    page.reserve(size);
    // Keys in the order QJsonDocument writes them (sorted), so both ways give the same bytes.
    page += "{\"after\":";
    page += QByteArray::number(after);
    page += ",\"entries\":[";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0)
            page += ',';
        page += "{\"event\":";
        page += rows.at(i).body;
        page += ",\"serverSequence\":";
        page += QByteArray::number(rows.at(i).sequence);
        page += '}';
    }
    page += "],\"more\":";
    page += more ? "true" : "false";
    page += ",\"next\":";
    page += QByteArray::number(rows.isEmpty() ? after : rows.constLast().sequence);
    page += '}';
    return page;
}

QJsonObject SqliteEventLog::feedJson(const QString &siteId, qint64 after, int limit, qint64 upTo)
{
    bool more = false;
    const QList<FeedRow> rows = feedRows(siteId, after, limit, upTo, &more);
    QJsonArray entries;
    for (const FeedRow &row : rows)
        entries.append(QJsonObject{{QStringLiteral("serverSequence"), row.sequence},
                                   {QStringLiteral("event"), QJsonDocument::fromJson(row.body).object()}});
    return {{QStringLiteral("after"), after},
            {QStringLiteral("next"), rows.isEmpty() ? after : rows.constLast().sequence},
            {QStringLiteral("more"), more},
            {QStringLiteral("entries"), entries}};
}

#include "models/store/Verifier.h"

#include "models/domain/DatabaseError.h"
#include "models/sqlite/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Verifier", text);
}

// Each check is a query that returns one row per problem: the vaccine or item, then the values
// the detail sentence shows in order (%1, %2, ...). The sentence is made here, not in SQL, so it
// is translated like every other text.
struct Check
{
    const char *description;
    const char *detail;
    const char *sql;
};

// Standalone, every change of state came from this desk's own commands, so the
// outbox replayed must give the counters. (The sync issue adds applied feed events.)
const Check kChecks[] = {
    // SPEC 3.1: an override may use a dose a booking still counts on, as on the server.
    {QT_TRANSLATE_NOOP("Verifier", "booked exceeds the stock on hand"),
     QT_TRANSLATE_NOOP("Verifier", "booked %1 > on hand %2 + overrides %3"),
     "SELECT vaccine_id, booked, on_hand, overrides "
     "FROM stock_levels WHERE booked > on_hand + overrides"},
    // Own and remote alike; a refused or undone one is marked undone and no longer counts.
    {QT_TRANSLATE_NOOP("Verifier", "the overrides counter does not match the override injections"),
     QT_TRANSLATE_NOOP("Verifier", "%1 counted, %2 override injections"),
     "SELECT s.vaccine_id, s.overrides, COALESCE(o.n, 0) FROM "
     "stock_levels s LEFT JOIN (SELECT b.site_id, b.vaccine_id, count(*) AS n FROM injections i JOIN "
     "bookings b ON b.id = i.booking_id WHERE i.override = 1 AND i.undone_at IS NULL GROUP BY 1, 2) o ON "
     "o.site_id = s.site_id AND o.vaccine_id = s.vaccine_id WHERE s.overrides <> COALESCE(o.n, 0)"},
    {QT_TRANSLATE_NOOP("Verifier", "the booked counter does not match the BOOKED bookings"),
     QT_TRANSLATE_NOOP("Verifier", "%1 counted, %2 booked"),
     "SELECT s.vaccine_id, s.booked, (SELECT count(*) FROM bookings b WHERE b.vaccine_id = "
     "s.vaccine_id AND b.site_id = s.site_id AND b.state = 0) FROM stock_levels s WHERE "
     "s.booked <> "
     "(SELECT count(*) FROM bookings b WHERE b.vaccine_id = s.vaccine_id AND b.site_id = s.site_id AND "
     "b.state = 0)"},
    {QT_TRANSLATE_NOOP("Verifier", "the stock counter does not match the doses left in the lots"),
     QT_TRANSLATE_NOOP("Verifier", "%1 counted, %2 in lots"),
     "SELECT s.vaccine_id, s.on_hand, COALESCE((SELECT sum(remaining) FROM lots l WHERE "
     "l.vaccine_id = s.vaccine_id AND l.site_id = s.site_id), 0) FROM stock_levels s WHERE "
     "s.on_hand "
     "<> COALESCE((SELECT sum(remaining) FROM lots l WHERE l.vaccine_id = s.vaccine_id AND l.site_id = "
     "s.site_id), 0)"},
    {QT_TRANSLATE_NOOP("Verifier", "a vaccine has no stock or rights row"),
     QT_TRANSLATE_NOOP("Verifier", "missing"),
     "SELECT v.id FROM vaccines v WHERE NOT EXISTS (SELECT 1 FROM stock_levels s WHERE "
     "s.vaccine_id = "
     "v.id) OR NOT EXISTS (SELECT 1 FROM rights r WHERE r.vaccine_id = v.id)"},
    {QT_TRANSLATE_NOOP("Verifier", "the outbox sequence has gaps"),
     QT_TRANSLATE_NOOP("Verifier", "%1 events, last %2"),
     "SELECT 'outbox', count(*), COALESCE(max(sequence), 0) FROM outbox "
     "HAVING count(*) <> COALESCE(max(sequence), 0)"},
    {QT_TRANSLATE_NOOP("Verifier", "a booking has no Booked event, or an event has no booking"),
     QT_TRANSLATE_NOOP("Verifier", "%1 bookings, %2 Booked events"),
     "SELECT 'bookings', (SELECT count(*) FROM bookings), (SELECT count(*) FROM outbox "
     "WHERE type = 'Booked') + (SELECT count(*) FROM feed_entries WHERE type = 'Booked') "
     "WHERE (SELECT count(*) FROM bookings) <> (SELECT count(*) FROM outbox WHERE type = 'Booked') + (SELECT "
     "count(*) FROM feed_entries WHERE type = 'Booked')"},
    {QT_TRANSLATE_NOOP("Verifier", "the outbox does not add up to the stock on hand"),
     QT_TRANSLATE_NOOP("Verifier", "%1 on hand, events give %2"),
     "SELECT s.vaccine_id, s.on_hand, e.total FROM stock_levels s JOIN (SELECT "
     "vaccine_id, sum(total) AS total FROM (SELECT json_extract(payload, '$.vaccineId') AS vaccine_id, "
     "sum(CASE type WHEN 'StockReceived' THEN "
     "json_extract(payload, '$.quantity') WHEN 'StockWrittenOff' THEN -json_extract(payload, '$.quantity') "
     "WHEN "
     "'Injected' THEN -1 WHEN 'InjectionUndone' THEN 1 ELSE 0 END) AS total FROM outbox WHERE type IN "
     "('StockReceived', 'StockWrittenOff', 'Injected', 'InjectionUndone') GROUP BY 1 UNION ALL SELECT "
     "vaccine_id, on_hand_delta FROM feed_entries WHERE on_hand_delta <> 0 UNION ALL SELECT "
     "json_extract(o.payload, "
     "'$.vaccineId'), c.on_hand_delta FROM conflicts c JOIN outbox o ON o.sequence = c.sequence WHERE "
     "c.on_hand_delta <> 0) e0 GROUP BY vaccine_id) e ON e.vaccine_id = s.vaccine_id WHERE s.on_hand <> "
     "e.total"},
    {QT_TRANSLATE_NOOP("Verifier", "the outbox does not add up to the booked count"),
     QT_TRANSLATE_NOOP("Verifier", "%1 booked, events give %2"),
     "SELECT s.vaccine_id, s.booked, e.total FROM stock_levels s JOIN (SELECT "
     "vaccine_id, sum(total) AS total FROM (SELECT json_extract(payload, '$.vaccineId') AS vaccine_id, "
     "sum(CASE type WHEN 'Booked' THEN 1 WHEN "
     "'InjectionUndone' THEN 1 ELSE -1 END) AS total FROM outbox WHERE type IN ('Booked', "
     "'BookingCancelled', 'Injected', 'InjectionUndone') GROUP BY 1 UNION ALL SELECT vaccine_id, "
     "booked_delta "
     "FROM feed_entries WHERE booked_delta <> 0 UNION ALL SELECT json_extract(o.payload, '$.vaccineId'), "
     "c.booked_delta FROM conflicts c JOIN outbox o ON o.sequence = c.sequence WHERE c.booked_delta <> 0) e0 "
     "GROUP BY vaccine_id) e ON e.vaccine_id = s.vaccine_id WHERE s.booked <> e.total"},
    // Joined through the bookings.uid index from the (few) cancel and inject events, so it
    // stays fast on a million bookings; the second half finds a changed state with no event.
    // An undone injection cancels one Injected event: a booking is INJECTED while more remain.
    {QT_TRANSLATE_NOOP("Verifier", "a booking's state does not match its events"),
     QT_TRANSLATE_NOOP("Verifier", "%1 stored, %2 from events"),
     "WITH e AS (SELECT json_extract(payload, '$.bookingId') AS uid, CASE WHEN sum(type = 'Injected') > "
     "sum(type = 'InjectionUndone') THEN 2 WHEN sum(type = 'BookingCancelled') > 0 THEN 1 ELSE 0 END AS "
     "state "
     "FROM outbox WHERE type IN ('Injected', 'BookingCancelled', 'InjectionUndone') GROUP BY 1) SELECT "
     "b.code, "
     "b.state, e.state FROM e JOIN bookings b ON b.uid = e.uid WHERE b.state <> "
     "e.state AND NOT EXISTS (SELECT 1 FROM feed_entries f WHERE f.booking_id = b.uid) AND NOT EXISTS "
     "(SELECT 1 "
     "FROM conflicts c WHERE c.booking_id = b.uid) UNION ALL SELECT b.code, b.state, 0 "
     "FROM bookings b WHERE b.state <> 0 AND b.uid NOT IN (SELECT uid FROM e) AND NOT EXISTS (SELECT 1 FROM "
     "feed_entries f WHERE f.booking_id = b.uid) AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE "
     "c.booking_id = "
     "b.uid) LIMIT 20"},
    // Sync's bookkeeping: a rejected booking is one the server refused, so its refusal is a
    // conflict; the cursor is past every feed entry applied.
    {QT_TRANSLATE_NOOP("Verifier", "a rejected booking has no conflict"),
     QT_TRANSLATE_NOOP("Verifier", "rejected"),
     "SELECT b.code FROM bookings b WHERE b.state = 3 AND NOT EXISTS (SELECT 1 FROM conflicts c "
     "WHERE c.booking_id = b.uid AND c.event_type = 'Booked') LIMIT 20"},
    {QT_TRANSLATE_NOOP("Verifier", "the feed cursor is behind an applied feed entry"),
     QT_TRANSLATE_NOOP("Verifier", "cursor %1, entry %2"),
     "SELECT 'desk', d.feed_cursor, f.last FROM desk d, (SELECT "
     "max(server_sequence) AS last FROM feed_entries) f WHERE f.last > d.feed_cursor"},
    // The server answered a prefix of the outbox: never past its end.
    {QT_TRANSLATE_NOOP("Verifier", "the acknowledged prefix is past the last event"),
     QT_TRANSLATE_NOOP("Verifier", "acknowledged %1, last event %2"),
     "SELECT 'desk', d.acknowledged_through, COALESCE((SELECT "
     "max(sequence) FROM outbox), 0) FROM desk d WHERE d.acknowledged_through > COALESCE((SELECT "
     "max(sequence) FROM outbox), 0)"},
    // A stored rights request reports a snapshot the desk had: events it made, a cursor it reached.
    {QT_TRANSLATE_NOOP("Verifier", "a rights request reports more than the desk had"),
     QT_TRANSLATE_NOOP("Verifier", "events %1, cursor %2"),
     "SELECT r.request_id, r.events_made, r.feed_cursor FROM rights_requests "
     "r, "
     "desk d WHERE r.events_made > COALESCE((SELECT max(sequence) FROM outbox), 0) OR r.feed_cursor > "
     "d.feed_cursor LIMIT 20"},
};
} // namespace

QStringList Verifier::run()
{
    QStringList problems;
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(tr("SQLite integrity check failed: %1").arg(query.lastError().text()));
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(tr("SQLite integrity check: %1").arg(line));
    }
    if (!problems.isEmpty())
        return problems;
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check")) && query.next())
        problems.append(tr("a row refers to a missing %1 (table %2)")
                            .arg(query.value(2).toString(), query.value(0).toString()));

    for (const Check &check : kChecks) {
        if (!query.exec(QString::fromLatin1(check.sql))) {
            problems.append(
                tr("check \"%1\" could not run: %2").arg(tr(check.description), query.lastError().text()));
            continue;
        }
        const int values = query.record().count();
        while (query.next()) {
            QString detail = tr(check.detail);
            for (int column = 1; column < values; ++column)
                detail = detail.arg(query.value(column).toString());
            problems.append(
                QStringLiteral("%1: %2 (%3)").arg(tr(check.description), query.value(0).toString(), detail));
        }
    }
    return problems;
}

#include "models/store/AuditStore.h"

#include "models/domain/Actor.h"
#include "models/domain/IsoText.h"
#include "models/sqlite/Database.h"
#include "models/sqlite/NativeStatement.h"

#include <QStringList>
#include <QVariantList>

void AuditStore::append(const Actor &actor, const QString &action, const QString &subject,
                        const QDateTime &at, qint64 eventSequence)
{
    // Every command runs it: the C API (NativeStatement, bench/README.md).
    NativeStatement &insert = m_db->native("INSERT INTO audit (at, staff_id, staff_name, action, subject, "
                                           "event_sequence) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, IsoText::utcMillis(at));
    if (actor.staffId.isEmpty())
        insert.bindNull(2);
    else
        insert.bind(2, actor.staffId);
    insert.bind(3, actor.displayName);
    insert.bind(4, action);
    insert.bind(5, subject.isNull() ? QStringLiteral("") : subject);
    if (eventSequence > 0)
        insert.bind(6, eventSequence);
    else
        insert.bindNull(6);
    insert.exec();
}

QList<AuditEntry> AuditStore::page(const Filter &filter, qint64 beforeId, int limit) const
{
    // One statement per combination of filters (a handful), each prepared once and cached.
    QStringList where;
    QVariantList values;
    if (beforeId > 0) {
        where.append(QStringLiteral("id < ?"));
        values.append(beforeId);
    }
    if (!filter.staffName.trimmed().isEmpty()) {
        where.append(QStringLiteral("staff_name = ? COLLATE NOCASE"));
        values.append(filter.staffName.trimmed());
    }
    if (!filter.action.trimmed().isEmpty()) {
        where.append(QStringLiteral("action = ?"));
        values.append(filter.action.trimmed());
    }
    if (!filter.text.trimmed().isEmpty()) {
        // Also what AuditEntry::description() shows: the event's names, lots, reason and code, the
        // vaccine's and the customer's names; not the JSON's keys ("vaccineId"), which no row says.
        // Each arm starts with what rules most rows out without parsing JSON (the raw payload holds
        // the word; some vaccine or booking is named so at all), and LIKE (ASCII case folded, as
        // lower() did) copies nothing: bench_desk_open's audit figures. json_valid keeps a damaged
        // payload from failing the search.
        const QString like = QStringLiteral(" LIKE ? ESCAPE '\\'");
        where.append(
            QStringLiteral("(subject%1 OR staff_name%1"
                           " OR EXISTS (SELECT 1 FROM outbox o WHERE o.sequence = audit.event_sequence AND ("
                           "(o.payload%1 AND json_valid(o.payload) AND ("
                           "coalesce(json_extract(o.payload, '$.name'), '') || char(31) ||"
                           " coalesce(json_extract(o.payload, '$.manufacturer'), '') || char(31) ||"
                           " coalesce(json_extract(o.payload, '$.lotNumber'), '') || char(31) ||"
                           " coalesce(json_extract(o.payload, '$.reason'), '') || char(31) ||"
                           " coalesce(json_extract(o.payload, '$.code'), '') || char(31) ||"
                           " coalesce((SELECT group_concat(json_extract(l.value, '$.lotNumber'), char(31))"
                           " FROM json_each(o.payload, '$.lots') l), ''))%1)"
                           " OR (EXISTS (SELECT 1 FROM vaccines WHERE name%1)"
                           " AND json_valid(o.payload) AND json_extract(o.payload, '$.vaccineId') IN"
                           " (SELECT id FROM vaccines WHERE name%1))"
                           " OR (o.type IN ('BookingCancelled', 'Injected', 'InjectionUndone')"
                           " AND EXISTS (SELECT 1 FROM bookings WHERE name%1)"
                           " AND json_valid(o.payload) AND json_extract(o.payload, '$.bookingId') IN"
                           " (SELECT uid FROM bookings WHERE name%1)))))")
                .arg(like));
        QString escaped = filter.text.trimmed();
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        for (int i = 0; i < 8; ++i) // each LIKE above
            values.append(QLatin1Char('%') + escaped + QLatin1Char('%'));
    }
    // `at` is UTC text: a local day's bounds are converted, then compared as text.
    if (filter.from.isValid()) {
        where.append(QStringLiteral("at >= ?"));
        values.append(IsoText::utcMillis(filter.from.startOfDay()));
    }
    if (filter.to.isValid()) {
        where.append(QStringLiteral("at < ?"));
        values.append(IsoText::utcMillis(filter.to.addDays(1).startOfDay()));
    }
    const QString sql =
        QStringLiteral(
            "SELECT a.id, a.at, a.staff_id, a.staff_name, a.action, a.subject, a.event_sequence, o.payload, "
            "(SELECT name FROM vaccines WHERE id = json_extract(o.payload, '$.vaccineId')), "
            "(SELECT name FROM bookings WHERE uid = json_extract(o.payload, '$.bookingId')) "
            "FROM (SELECT * FROM audit %1 ORDER BY id DESC LIMIT ?) a "
            "LEFT JOIN outbox o ON o.sequence = a.event_sequence ORDER BY a.id DESC")
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
    QSqlQuery &query = m_db->prepared(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    Database::exec(query);
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.staffId = query.value(2).toString();
        entry.staffName = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.subject = query.value(5).toString();
        entry.eventSequence = query.value(6).toLongLong();
        entry.payload = query.value(7).toString();
        entry.vaccineName = query.value(8).toString();
        entry.customerName = query.value(9).toString();
        entries.append(entry);
    }
    query.finish();
    return entries;
}

qint64 AuditStore::count() const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT count(*) FROM audit"));
    Database::exec(query);
    const qint64 total = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return total;
}

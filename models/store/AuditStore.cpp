#include "models/store/AuditStore.h"

#include "models/domain/Actor.h"
#include "models/domain/IsoText.h"
#include "models/sqlite/Database.h"
#include "models/sqlite/NativeStatement.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

AuditStore::Said AuditStore::Said::of(const QJsonObject &payload)
{
    const auto text = [&payload](const char *key) { return payload.value(QLatin1String(key)).toString(); };
    QStringList lots;
    for (const QJsonValue &lot : payload.value(QLatin1String("lots")).toArray())
        lots.append(lot.toObject().value(QLatin1String("lotNumber")).toString());
    return {QStringList{text("name"), text("manufacturer"), text("lotNumber"), text("reason"), text("code"),
                        lots.join(QLatin1Char('\n'))}
                .join(QLatin1Char('\n')),
            text("vaccineId"), text("bookingId")};
}

AuditStore::Said AuditStore::Said::of(const QString &name, const QString &code, const QString &vaccineId,
                                      const QString &bookingId)
{
    // As of() lays out a payload with these four only: no manufacturer, lot, reason or lots.
    return {name + QStringLiteral("\n\n\n\n") + code + QLatin1Char('\n'), vaccineId, bookingId};
}

void AuditStore::append(const Actor &actor, const QString &action, const QString &subject,
                        const QDateTime &at, qint64 eventSequence, const Said &said)
{
    // Every command runs it: the C API (NativeStatement, bench/README.md). Only the two names of
    // what the row says are read here, each by its key.
    NativeStatement &insert = m_db->native(
        "INSERT INTO audit (at, staff_id, staff_name, action, subject, event_sequence, said) "
        "VALUES (?, ?, ?, ?, ?, ?, ? || char(10) || coalesce((SELECT name FROM vaccines WHERE id = ?), '') "
        "|| char(10) || coalesce((SELECT name FROM bookings WHERE uid = ?), ''))");
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
    insert.bind(7, said.words.isNull() ? QStringLiteral("") : said.words); // null would make said NULL
    insert.bind(8, said.vaccineId);
    insert.bind(9, said.bookingId);
    insert.exec();
}

QString AuditStore::pageQuery(const Filter &filter, qint64 beforeId, QVariantList *values)
{
    QStringList where;
    if (beforeId > 0) {
        where.append(QStringLiteral("id < ?"));
        values->append(beforeId);
    }
    if (!filter.staffName.trimmed().isEmpty()) {
        where.append(QStringLiteral("staff_name = ? COLLATE NOCASE"));
        values->append(filter.staffName.trimmed());
    }
    if (!filter.action.trimmed().isEmpty()) {
        where.append(QStringLiteral("action = ?"));
        values->append(filter.action.trimmed());
    }
    if (!filter.text.trimmed().isEmpty()) {
        // LIKE folds ASCII case as lower() does, without copying every row's text.
        where.append(QStringLiteral(
            "(subject LIKE ? ESCAPE '\\' OR staff_name LIKE ? ESCAPE '\\' OR said LIKE ? ESCAPE '\\')"));
        QString escaped = filter.text.trimmed();
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        for (int i = 0; i < 3; ++i)
            values->append(QLatin1Char('%') + escaped + QLatin1Char('%'));
    }
    // `at` is UTC text: a local day's bounds are converted, then compared as text. Read as the rows
    // go by newest first (+at: not through audit_at), so a page of the last month stops at its
    // hundredth row instead of sorting the whole month first (4 s for 1.28M rows, bench_desk_open).
    if (filter.from.isValid()) {
        where.append(QStringLiteral("+at >= ?"));
        values->append(IsoText::utcMillis(filter.from.startOfDay()));
    }
    if (filter.to.isValid()) {
        where.append(QStringLiteral("+at < ?"));
        values->append(IsoText::utcMillis(filter.to.addDays(1).startOfDay()));
    }
    return QStringLiteral("SELECT a.id, a.at, a.staff_id, a.staff_name, a.action, a.subject, "
                          "a.event_sequence, o.payload, "
                          "(SELECT name FROM vaccines WHERE id = json_extract(o.payload, '$.vaccineId')), "
                          "(SELECT name FROM bookings WHERE uid = json_extract(o.payload, '$.bookingId')) "
                          "FROM (SELECT * FROM audit %1 ORDER BY id DESC LIMIT ?) a "
                          "LEFT JOIN outbox o ON o.sequence = a.event_sequence ORDER BY a.id DESC")
        .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
}

QList<AuditEntry> AuditStore::page(const Filter &filter, qint64 beforeId, int limit) const
{
    // One statement per combination of filters (a handful), each prepared once and cached.
    QVariantList values;
    QSqlQuery &query = m_db->prepared(pageQuery(filter, beforeId, &values));
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

QString AuditStore::saidExpression(const QString &outbox)
{
    // One field a line (char(10)), so a search never matches across two of them; the same text
    // append() makes (test_staff compares the two).
    return QStringLiteral(
               "(coalesce(json_extract(%1.payload, '$.name'), '') || char(10) ||"
               " coalesce(json_extract(%1.payload, '$.manufacturer'), '') || char(10) ||"
               " coalesce(json_extract(%1.payload, '$.lotNumber'), '') || char(10) ||"
               " coalesce(json_extract(%1.payload, '$.reason'), '') || char(10) ||"
               " coalesce(json_extract(%1.payload, '$.code'), '') || char(10) ||"
               " coalesce((SELECT group_concat(json_extract(l.value, '$.lotNumber'), char(10))"
               " FROM json_each(%1.payload, '$.lots') l), '') || char(10) ||"
               " coalesce((SELECT name FROM vaccines WHERE id = json_extract(%1.payload, '$.vaccineId')), '')"
               " || char(10) ||"
               " coalesce((SELECT name FROM bookings WHERE uid = json_extract(%1.payload, '$.bookingId')), "
               "''))")
        .arg(outbox);
}

#include "SimSnapshot.h"

#include "SimSql.h"
#include "SimWorld.h"
#include "server/store/SqliteServerStore.h"

namespace SimSnapshot {
QStringList describe(SimWorld *world)
{
    QHash<QString, QString> names; // device id -> desk name
    for (int index = 0; index < world->deskCount(); ++index)
        names.insert(world->desk(index).deviceId(), world->desk(index).name);
    QStringList lines;
    for (int index = 0; index < world->deskCount(); ++index) {
        SimDesk &desk = world->desk(index);
        QStringList parts;
        for (const QVariantList &row : SimSql::rows(
                 desk.database(),
                 QStringLiteral(
                     "SELECT substr(s.vaccine_id, -6), s.on_hand, s.booked, s.overrides, "
                     "coalesce(r.held, 0) FROM stock_levels s LEFT JOIN rights r ON r.site_id = s.site_id "
                     "AND r.vaccine_id = s.vaccine_id ORDER BY s.vaccine_id")))
            parts << QStringLiteral("%1 stock %2 booked %3 overrides %4 rights %5")
                         .arg(row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                              row.at(3).toString(), row.at(4).toString());
        const qint64 cursor = SimSql::number(desk.database(), QStringLiteral("SELECT feed_cursor FROM desk"));
        QStringList conflicts;
        for (const QVariantList &row : SimSql::rows(
                 desk.database(),
                 QStringLiteral("SELECT reason, count(*) FROM conflicts GROUP BY reason ORDER BY reason")))
            conflicts << QStringLiteral("%1 %2").arg(row.at(0).toString(), row.at(1).toString());
        if (!conflicts.isEmpty())
            parts << QStringLiteral("conflicts: ") + conflicts.join(QStringLiteral(", "));
        lines << QStringLiteral("  desk %1 (cursor %2%3): %4")
                     .arg(desk.name)
                     .arg(cursor)
                     .arg(desk.partition->isCutOff() ? QStringLiteral(", cut off") : QString(),
                          parts.join(QStringLiteral("; ")));
    }
    Database *server = world->server()->store()->database();
    for (const QVariantList &row :
         SimSql::rows(server,
                      QStringLiteral("SELECT vaccine_id, on_hand, booked, overrides, pool, debt FROM "
                                     "stock_levels WHERE site_id = ? ORDER BY vaccine_id"),
                      {world->siteId()})) {
        QStringList rights;
        for (const QVariantList &right : SimSql::rows(
                 server, QStringLiteral("SELECT device_id, rights FROM device_rights WHERE vaccine_id = ?"),
                 {row.at(0)}))
            rights << QStringLiteral("%1:%2").arg(names.value(right.at(0).toString()),
                                                  right.at(1).toString());
        lines << QStringLiteral("  server %1: stock %2 booked %3 overrides %4 pool %5 debt %6 rights %7")
                     .arg(row.at(0).toString().right(6), row.at(1).toString(), row.at(2).toString(),
                          row.at(3).toString(), row.at(4).toString(), row.at(5).toString(),
                          rights.join(u' '));
    }
    static const char *const outcomes[] = {"held", "returned", "spent"};
    for (const QVariantList &row : SimSql::rows(
             server,
             QStringLiteral("SELECT b.code, s.injector, s.holder, s.paid, s.outcome FROM sureties s JOIN "
                            "bookings b ON b.id = s.booking_id ORDER BY b.rowid"))) {
        lines << QStringLiteral("  surety %1: injector %2 holder %3 %4 %5")
                     .arg(row.at(0).toString(), names.value(row.at(1).toString()),
                          names.value(row.at(2).toString()),
                          row.at(3).toInt() ? QStringLiteral("paid") : QStringLiteral("debt"),
                          QString::fromLatin1(outcomes[qBound(0, row.at(4).toInt(), 2)]));
    }
    return lines;
}

QStringList bookingTrail(SimWorld *world, const QString &code)
{
    QHash<QString, QString> names;
    for (int index = 0; index < world->deskCount(); ++index)
        names.insert(world->desk(index).deviceId(), world->desk(index).name);
    QStringList lines{QStringLiteral("  booking %1 at the server:").arg(code)};
    Database *server = world->server()->store()->database();
    for (const QVariantList &row :
         SimSql::rows(server,
                      QStringLiteral(
                          "SELECT seq, device_id, device_sequence, type, json_extract(body, '$.feedCursor') "
                          "FROM events WHERE json_extract(body, '$.payload.code') = ? ORDER BY seq"),
                      {code}))
        lines << QStringLiteral("    seq %1: %2 #%3 %4 (made at cursor %5)")
                     .arg(row.at(0).toString(), names.value(row.at(1).toString(), row.at(1).toString()),
                          row.at(2).toString(), row.at(3).toString(), row.at(4).toString());
    for (const QVariantList &row : SimSql::rows(
             server,
             QStringLiteral(
                 "SELECT device_id, device_sequence, json_extract(body, '$.type'), reason FROM "
                 "rejected_events WHERE json_extract(body, '$.payload.code') = ? ORDER BY received_at"),
             {code}))
        lines << QStringLiteral("    rejected: %1 #%2 %3: %4")
                     .arg(names.value(row.at(0).toString()), row.at(1).toString(), row.at(2).toString(),
                          row.at(3).toString());
    for (int index = 0; index < world->deskCount(); ++index) {
        SimDesk &desk = world->desk(index);
        for (const QVariantList &row : SimSql::rows(
                 desk.database(),
                 QStringLiteral(
                     "SELECT sequence, type, feed_cursor FROM outbox WHERE json_extract(payload, '$.code') "
                     "= ? ORDER BY sequence"),
                 {code}))
            lines << QStringLiteral("    desk %1 made #%2 %3 at cursor %4")
                         .arg(desk.name, row.at(0).toString(), row.at(1).toString(), row.at(2).toString());
    }
    return lines;
}

QStringList rejections(SimWorld *world)
{
    QHash<QString, QString> names;
    for (int index = 0; index < world->deskCount(); ++index)
        names.insert(world->desk(index).deviceId(), world->desk(index).name);
    QStringList lines;
    for (const QVariantList &row : SimSql::rows(
             world->server()->store()->database(),
             QStringLiteral(
                 "SELECT device_id, device_sequence, json_extract(body, '$.type'), "
                 "coalesce(json_extract(body, '$.payload.code'), json_extract(body, '$.payload.lotNumber'), "
                 "''), reason FROM rejected_events ORDER BY rowid")))
        lines << QStringLiteral("  rejected: %1 #%2 %3 %4: %5")
                     .arg(names.value(row.at(0).toString()), row.at(1).toString(), row.at(2).toString(),
                          row.at(3).toString(), row.at(4).toString());
    return lines;
}
} // namespace SimSnapshot

#include "HistoryChecker.h"

#include "SimSnapshot.h"
#include "SimSql.h"
#include "SimWorld.h"
#include "models/store/Verifier.h"
#include "server/store/ServerVerifier.h"
#include "server/store/SqliteServerStore.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace {
Database *serverDb(SimWorld *world)
{
    return world->server()->store()->database();
}

QString auditText(const EscrowAudit &audit)
{
    return QStringLiteral("vaccine %1: rights at desks %2 + pool %3 + sureties %4, available %5 + debt %6; "
                          "stock %7, booked %8, overrides %9")
        .arg(audit.vaccineId.right(6))
        .arg(audit.rightsAtDesks)
        .arg(audit.pool)
        .arg(audit.sureties)
        .arg(audit.available)
        .arg(audit.debt)
        .arg(audit.stock)
        .arg(audit.booked)
        .arg(audit.overrides);
}

// Rows as "key -> value" text, for comparing a desk's table with the server's.
QMap<QString, QString> keyed(const QList<QVariantList> &rows)
{
    QMap<QString, QString> map;
    for (const QVariantList &row : rows) {
        QStringList values;
        for (int column = 1; column < row.size(); ++column)
            values << row.at(column).toString();
        map.insert(row.at(0).toString(), values.join(QLatin1Char('/')));
    }
    return map;
}

// What differs between two keyed tables, at most a few lines.
QStringList differences(const QString &what, const QMap<QString, QString> &desk,
                        const QMap<QString, QString> &server)
{
    QStringList lines;
    QSet<QString> keys;
    for (auto it = desk.cbegin(); it != desk.cend(); ++it)
        keys.insert(it.key());
    for (auto it = server.cbegin(); it != server.cend(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    for (const QString &key : std::as_const(sorted)) {
        const QString atDesk = desk.value(key, QStringLiteral("(none)"));
        const QString atServer = server.value(key, QStringLiteral("(none)"));
        if (atDesk != atServer)
            lines << QStringLiteral("%1 %2: desk %3, server %4")
                         .arg(what, key.size() > 20 ? key.right(12) : key, atDesk, atServer);
    }
    return lines;
}
} // namespace

QStringList HistoryChecker::checkDesk(SimDesk &desk)
{
    QStringList violations;
    for (const QVariantList &row : SimSql::rows(
             desk.database(),
             QStringLiteral(
                 "SELECT s.vaccine_id, s.on_hand, s.booked, s.overrides, coalesce(r.held, 0), (SELECT "
                 "count(*) FROM outbox o, desk d WHERE o.sequence > d.acknowledged_through AND o.type = "
                 "'Injected' AND json_extract(o.payload, '$.vaccineId') = s.vaccine_id) FROM "
                 "stock_levels s "
                 "LEFT JOIN rights r ON r.site_id = s.site_id AND r.vaccine_id = s.vaccine_id"))) {
        const qint64 onHand = row.at(1).toLongLong();
        const qint64 booked = row.at(2).toLongLong();
        const qint64 overrides = row.at(3).toLongLong();
        const qint64 rights = row.at(4).toLongLong();
        const qint64 injecting = row.at(5).toLongLong();
        if (booked > onHand + overrides)
            violations << QStringLiteral("desk %1, vaccine %2: booked %3 > on hand %4 + overrides %5")
                              .arg(desk.name, row.at(0).toString().right(6))
                              .arg(booked)
                              .arg(onHand)
                              .arg(overrides);
        // Each right a desk holds stands for a dose available in what it has seen: the rights
        // of all places add up to available + debt, and debt <= overrides. A desk holding more
        // was given rights for doses it has not read about (what a refill applied without its
        // feed can do, until the round's own pull mends it: so this runs between requests too).
        // Its injections the server has not answered count as doses still there: a refusal gives
        // the dose back, and may come after the refusal of the booking, which gave back its
        // right (seed 645).
        if (rights > onHand - booked + overrides + injecting)
            violations << QStringLiteral(
                              "desk %1, vaccine %2: rights %3 > available %4 + overrides %5 + injecting %6")
                              .arg(desk.name, row.at(0).toString().right(6))
                              .arg(rights)
                              .arg(onHand - booked)
                              .arg(overrides)
                              .arg(injecting);
    }
    return violations;
}

QStringList HistoryChecker::checkStep()
{
    QStringList violations;
    for (int index = 0; index < m_world->deskCount(); ++index)
        violations << checkDesk(m_world->desk(index));
    for (const EscrowAudit &audit : ServerVerifier(serverDb(m_world)).audits()) {
        if (!audit.balanced())
            violations << QStringLiteral("server: escrow unbalanced, ") + auditText(audit);
        if (!audit.debtCovered())
            violations << QStringLiteral("server: debt exceeds overrides, ") + auditText(audit);
        if (!audit.bookedCovered())
            violations << QStringLiteral("server: booked exceeds stock + overrides, ") + auditText(audit);
    }
    return violations;
}

SimVerdict HistoryChecker::checkEnd()
{
    SimVerdict verdict;
    verdict.violations = checkStep();
    for (int index = 0; index < m_world->deskCount(); ++index) {
        SimDesk &desk = m_world->desk(index);
        checkEvents(desk, &verdict);
        checkAgreement(desk, &verdict);
        checkRights(desk, &verdict);
        const QStringList problems = Verifier(desk.database()).run();
        for (const QString &problem : problems)
            verdict.violations << QStringLiteral("desk %1's verifier: %2").arg(desk.name, problem);
    }
    // Every injection a desk recorded without a right is flagged: the server counts each one that
    // stands (an override the server refused is undone on its desk with a conflict).
    qint64 overridesMade = 0;
    for (int index = 0; index < m_world->deskCount(); ++index)
        overridesMade +=
            SimSql::number(m_world->desk(index).database(),
                           QStringLiteral("SELECT count(*) FROM injections WHERE override = 1 AND "
                                          "device_id IS NULL AND undone_at IS NULL"));
    const qint64 overridesCounted = SimSql::number(
        serverDb(m_world), QStringLiteral("SELECT total(overrides) FROM stock_levels WHERE site_id = ?"),
        {m_world->siteId()});
    if (overridesMade != overridesCounted)
        verdict.violations << QStringLiteral(
                                  "the desks recorded %1 injections without a right, the server counts %2")
                                  .arg(overridesMade)
                                  .arg(overridesCounted);
    const VerifyReport report = ServerVerifier(serverDb(m_world)).run();
    for (const VerifyFinding &finding : report.findings)
        verdict.violations << QStringLiteral("server verify: ") + finding.message;
    verdict.suretySettled =
        SimSql::number(serverDb(m_world), QStringLiteral("SELECT count(*) FROM sureties WHERE outcome <> 0"));
    verdict.overrides =
        SimSql::number(serverDb(m_world), QStringLiteral("SELECT total(overrides) FROM stock_levels"));
    return verdict;
}

void HistoryChecker::checkEvents(SimDesk &desk, SimVerdict *verdict)
{
    Database *server = serverDb(m_world);
    const QString device = desk.deviceId();
    QSet<QString> made;
    for (const QVariantList &row :
         SimSql::rows(desk.database(), QStringLiteral("SELECT event_id FROM outbox")))
        made.insert(row.at(0).toString());
    const qint64 pending = SimSql::number(
        desk.database(), QStringLiteral("SELECT coalesce((SELECT max(sequence) FROM outbox), 0) - "
                                        "acknowledged_through FROM desk"));
    if (pending > 0)
        verdict->violations << QStringLiteral("desk %1: %2 events still unacknowledged after settling")
                                   .arg(desk.name)
                                   .arg(pending);

    QHash<QString, int> applied; // event id -> times the server recorded it, accepted or rejected
    for (const QVariantList &row :
         SimSql::rows(server, QStringLiteral("SELECT event_id FROM events WHERE device_id = ?"), {device}))
        ++applied[row.at(0).toString()];
    QStringList rejected;
    for (const QVariantList &row : SimSql::rows(
             server, QStringLiteral("SELECT event_id FROM rejected_events WHERE device_id = ?"), {device})) {
        ++applied[row.at(0).toString()];
        rejected << row.at(0).toString();
    }

    for (const QString &id : std::as_const(made)) {
        const int times = applied.value(id);
        if (times == 0) {
            ++verdict->lost;
            verdict->violations
                << QStringLiteral("desk %1: event %2 lost (not at the server)").arg(desk.name, id);
        } else if (times > 1) {
            ++verdict->doubled;
            verdict->violations << QStringLiteral("desk %1: event %2 recorded %3 times at the server")
                                       .arg(desk.name, id)
                                       .arg(times);
        }
    }
    for (auto it = applied.cbegin(); it != applied.cend(); ++it) {
        if (!made.contains(it.key())) {
            ++verdict->doubled;
            verdict->violations << QStringLiteral("desk %1: the server holds event %2 the desk never made")
                                       .arg(desk.name, it.key());
        }
    }
    const qint64 eventsApplied =
        SimSql::number(server, QStringLiteral("SELECT events_applied FROM devices WHERE id = ?"), {device});
    if (eventsApplied != made.size()) {
        (eventsApplied > made.size() ? verdict->doubled : verdict->lost) += 1;
        verdict->violations << QStringLiteral("desk %1: made %2 events, the server counts %3 applied")
                                   .arg(desk.name)
                                   .arg(made.size())
                                   .arg(eventsApplied);
    }
    for (const QString &id : std::as_const(rejected)) {
        if (SimSql::number(desk.database(),
                           QStringLiteral("SELECT count(*) FROM conflicts WHERE event_id = ?"), {id}) == 0)
            verdict->violations << QStringLiteral(
                                       "desk %1: event %2 was rejected but is no conflict on the desk")
                                       .arg(desk.name, id);
    }
}

void HistoryChecker::checkAgreement(SimDesk &desk, SimVerdict *verdict)
{
    Database *server = serverDb(m_world);
    const QString site = m_world->siteId();
    QStringList lines;
    // A booking the server rejected stays on its desk as REJECTED (3) and is not at the server.
    lines << differences(
        QStringLiteral("booking"),
        keyed(SimSql::rows(desk.database(),
                           QStringLiteral("SELECT uid, state, code FROM bookings WHERE state <> 3"))),
        keyed(SimSql::rows(server, QStringLiteral("SELECT id, state, code FROM bookings WHERE site_id = ?"),
                           {site})));
    // Lots by number, expiry and received. Their remaining doses are compared apart (lotDrift): a
    // desk that applies an injection or a write-off naming a lot it has emptied takes the dose from
    // another lot of the vaccine (FeedStore::takeDose, "doses of one vaccine count alike"), so the
    // doses per lot can differ while the stock agrees.
    const QString lotKey = QStringLiteral("SELECT substr(vaccine_id, -6) || ' ' || lot_number, ");
    lines << differences(
        QStringLiteral("lot"),
        keyed(SimSql::rows(desk.database(), lotKey + QStringLiteral("expiry, received FROM lots"))),
        keyed(SimSql::rows(server, lotKey + QStringLiteral("expiry, received FROM lots WHERE site_id = ?"),
                           {site})));
    const QStringList remaining =
        differences(QStringLiteral("doses left in lot"),
                    keyed(SimSql::rows(desk.database(), lotKey + QStringLiteral("remaining FROM lots"))),
                    keyed(SimSql::rows(
                        server, lotKey + QStringLiteral("remaining FROM lots WHERE site_id = ?"), {site})));
    if (!remaining.isEmpty()) {
        ++verdict->lotDrift;
        for (const QString &line : remaining)
            verdict->notes << QStringLiteral("desk %1: %2").arg(desk.name, line);
    }
    // A row of zeros and no row are the same stock.
    lines << differences(
        QStringLiteral("stock"),
        keyed(SimSql::rows(desk.database(),
                           QStringLiteral("SELECT vaccine_id, on_hand, booked, overrides FROM "
                                          "stock_levels WHERE on_hand + booked + overrides > 0"))),
        keyed(SimSql::rows(server,
                           QStringLiteral("SELECT vaccine_id, on_hand, booked, overrides FROM stock_levels "
                                          "WHERE site_id = ? AND on_hand + booked + overrides > 0"),
                           {site})));
    static const QRegularExpression bookingCode(QStringLiteral("^booking .*/([A-Z0-9]{8})$"));
    for (const QString &line : std::as_const(lines)) {
        if (const QRegularExpressionMatch match = bookingCode.match(line); match.hasMatch())
            verdict->notes << SimSnapshot::bookingTrail(m_world, match.captured(1));
    }
    if (!lines.isEmpty()) {
        ++verdict->diverged;
        for (const QString &line : std::as_const(lines))
            verdict->violations << QStringLiteral("desk %1 differs from the server: %2").arg(desk.name, line);
    }
}

void HistoryChecker::checkRights(SimDesk &desk, SimVerdict *verdict)
{
    const QStringList lines = differences(
        QStringLiteral("rights of vaccine"),
        keyed(SimSql::rows(desk.database(),
                           QStringLiteral("SELECT vaccine_id, held FROM rights WHERE held > 0"))),
        keyed(SimSql::rows(
            serverDb(m_world),
            QStringLiteral("SELECT vaccine_id, rights FROM device_rights WHERE device_id = ? AND rights > 0"),
            {desk.deviceId()})));
    verdict->rightsDrift += lines.size();
    for (const QString &line : lines)
        verdict->violations << QStringLiteral("desk %1: %2").arg(desk.name, line);
}

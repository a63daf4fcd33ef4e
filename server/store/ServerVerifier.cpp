#include "server/store/ServerVerifier.h"

#include "models/domain/DatabaseError.h"
#include "models/sqlite/Database.h"

#include <QSqlError>
#include <QVariant>

namespace {
// One row per site and vaccine found in any of the three tables that hold escrow counts: a
// right at a desk or a held surety without a stock row is exactly what must not go unseen.
// The first parameter is 1 for every pair, 0 for the one the other two name.
const QString kAuditSql = QStringLiteral(
    "WITH rights AS (SELECT site_id, vaccine_id, SUM(rights) AS n FROM device_rights GROUP BY 1, 2), "
    "held AS (SELECT site_id, vaccine_id, COUNT(*) AS n FROM sureties WHERE outcome = 0 GROUP BY 1, 2), "
    "pairs AS (SELECT site_id, vaccine_id FROM stock_levels UNION SELECT site_id, vaccine_id FROM rights "
    "UNION SELECT site_id, vaccine_id FROM held) "
    "SELECT p.site_id, p.vaccine_id, COALESCE(r.n, 0), COALESCE(h.n, 0), COALESCE(l.pool, 0), "
    "COALESCE(l.on_hand - l.booked, 0), COALESCE(l.debt, 0), COALESCE(l.on_hand, 0), COALESCE(l.booked, 0), "
    "COALESCE(l.overrides, 0) FROM pairs p "
    "LEFT JOIN rights r ON r.site_id = p.site_id AND r.vaccine_id = p.vaccine_id "
    "LEFT JOIN held h ON h.site_id = p.site_id AND h.vaccine_id = p.vaccine_id "
    "LEFT JOIN stock_levels l ON l.site_id = p.site_id AND l.vaccine_id = p.vaccine_id "
    "WHERE ? = 1 OR (p.site_id = ? AND p.vaccine_id = ?) ORDER BY p.site_id, p.vaccine_id");

QJsonObject figuresOf(const EscrowAudit &audit)
{
    return {{QStringLiteral("rightsAtDesks"), audit.rightsAtDesks},
            {QStringLiteral("pool"), audit.pool},
            {QStringLiteral("sureties"), audit.sureties},
            {QStringLiteral("available"), audit.available},
            {QStringLiteral("debt"), audit.debt},
            {QStringLiteral("stock"), audit.stock},
            {QStringLiteral("booked"), audit.booked},
            {QStringLiteral("overrides"), audit.overrides}};
}
} // namespace

QList<EscrowAudit> ServerVerifier::read(const QString &siteId, const QString &vaccineId)
{
    QSqlQuery &query = m_db->prepared(kAuditSql);
    query.addBindValue(siteId.isNull() ? 1 : 0);
    query.addBindValue(siteId);
    query.addBindValue(vaccineId);
    Database::exec(query);
    QList<EscrowAudit> found;
    while (query.next()) {
        EscrowAudit audit;
        audit.siteId = query.value(0).toString();
        audit.vaccineId = query.value(1).toString();
        audit.rightsAtDesks = query.value(2).toLongLong();
        audit.sureties = query.value(3).toLongLong();
        audit.pool = query.value(4).toLongLong();
        audit.available = query.value(5).toLongLong();
        audit.debt = query.value(6).toLongLong();
        audit.stock = query.value(7).toLongLong();
        audit.booked = query.value(8).toLongLong();
        audit.overrides = query.value(9).toLongLong();
        found.append(audit);
    }
    query.finish();
    return found;
}

QList<EscrowAudit> ServerVerifier::audits()
{
    return read(QString(), QString());
}

EscrowAudit ServerVerifier::audit(const QString &siteId, const QString &vaccineId)
{
    const QList<EscrowAudit> found = read(siteId, vaccineId);
    if (!found.isEmpty())
        return found.constFirst();
    EscrowAudit none;
    none.siteId = siteId;
    none.vaccineId = vaccineId;
    return none;
}

bool ServerVerifier::checkIntegrity(VerifyReport *report)
{
    ++report->checks;
    QSqlQuery query(m_db->connection());
    const qsizetype before = report->findings.size();
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report->findings.append(
            {QStringLiteral("integrity"),
             {},
             {},
             {},
             {},
             tr("SQLite's integrity check could not run: %1").arg(query.lastError().text())});
        return false;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            report->findings.append(
                {QStringLiteral("integrity"), {}, {}, {}, {}, tr("SQLite's integrity check: %1").arg(line)});
    }
    return report->findings.size() == before;
}

void ServerVerifier::checkForeignKeys(VerifyReport *report)
{
    ++report->checks;
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        throw DatabaseError(query.lastError().text());
    // Columns: table, rowid (NULL in a WITHOUT ROWID table), parent table, foreign key index.
    while (query.next()) {
        const QString table = query.value(0).toString();
        const QString parent = query.value(2).toString();
        QJsonObject figures{{QStringLiteral("parent"), parent}};
        QString message;
        if (query.value(1).isNull()) {
            message = tr("A row of %1 refers to a row of %2 that does not exist.").arg(table, parent);
        } else {
            figures.insert(QStringLiteral("rowid"), query.value(1).toLongLong());
            message = tr("Row %1 of %2 refers to a row of %3 that does not exist.")
                          .arg(query.value(1).toLongLong())
                          .arg(table, parent);
        }
        report->findings.append({QStringLiteral("foreign_key"), {}, {}, table, figures, message});
    }
}

void ServerVerifier::checkEscrow(const EscrowAudit &audit, VerifyReport *report)
{
    report->checks += 3;
    const QString where = tr("Site %1, vaccine %2").arg(audit.siteId, audit.vaccineId);
    if (!audit.balanced()) {
        report->findings.append(
            {QStringLiteral("escrow_unbalanced"),
             audit.siteId,
             audit.vaccineId,
             {},
             figuresOf(audit),
             tr("%1: rights at desks %2 + pool %3 + sureties held %4 make %5, but available %6 + debt %7 "
                "make %8.")
                 .arg(where)
                 .arg(audit.rightsAtDesks)
                 .arg(audit.pool)
                 .arg(audit.sureties)
                 .arg(audit.rightsAtDesks + audit.pool + audit.sureties)
                 .arg(audit.available)
                 .arg(audit.debt)
                 .arg(audit.available + audit.debt)});
    }
    if (!audit.debtCovered()) {
        report->findings.append({QStringLiteral("debt_exceeds_overrides"),
                                 audit.siteId,
                                 audit.vaccineId,
                                 {},
                                 figuresOf(audit),
                                 tr("%1: debt %2 is more than the overrides %3 that may cause it.")
                                     .arg(where)
                                     .arg(audit.debt)
                                     .arg(audit.overrides)});
    }
    if (!audit.bookedCovered()) {
        report->findings.append({QStringLiteral("booked_exceeds_stock"),
                                 audit.siteId,
                                 audit.vaccineId,
                                 {},
                                 figuresOf(audit),
                                 tr("%1: booked %2 is more than on hand %3 + overrides %4.")
                                     .arg(where)
                                     .arg(audit.booked)
                                     .arg(audit.stock)
                                     .arg(audit.overrides)});
    }
}

VerifyReport ServerVerifier::run()
{
    VerifyReport report;
    if (!checkIntegrity(&report))
        return report;
    checkForeignKeys(&report);
    for (const EscrowAudit &audit : audits())
        checkEscrow(audit, &report);
    return report;
}

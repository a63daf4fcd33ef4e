#include "server/store/SqliteEscrowLedger.h"

#include "models/sqlite/Database.h"
#include "server/store/SuretyReleasedEntry.h"
#include "sync/protocol/ProtocolJson.h"

#include <QVariant>

namespace {
const QString kSuretySelect = QStringLiteral(
    "SELECT s.booking_id, s.vaccine_id, s.injector, s.holder, s.injection_event_id, s.paid FROM sureties s ");

Surety suretyFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toInt() == 1};
}
} // namespace

qint64 SqliteEscrowLedger::rights(const QString &deviceId, const QString &vaccineId)
{
    QSqlQuery &query = m_db->prepared(
        QStringLiteral("SELECT rights FROM device_rights WHERE device_id = ? AND vaccine_id = ?"));
    query.addBindValue(deviceId);
    query.addBindValue(vaccineId);
    Database::exec(query);
    const qint64 rights = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return rights;
}

void SqliteEscrowLedger::changeRights(const QString &deviceId, const QString &vaccineId, qint64 delta)
{
    // CHECK (rights >= 0) refuses a change that would go below zero: EscrowRules never asks one.
    // An update first: an upsert's INSERT half would check the bare delta against the CHECK.
    QSqlQuery &update = m_db->prepared(QStringLiteral(
        "UPDATE device_rights SET rights = rights + ? WHERE device_id = ? AND vaccine_id = ?"));
    update.addBindValue(delta);
    update.addBindValue(deviceId);
    update.addBindValue(vaccineId);
    Database::exec(update);
    if (update.numRowsAffected() > 0)
        return;
    QSqlQuery &insert = m_db->prepared(QStringLiteral(
        "INSERT INTO device_rights (device_id, vaccine_id, site_id, rights) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(deviceId);
    insert.addBindValue(vaccineId);
    insert.addBindValue(m_siteId);
    insert.addBindValue(delta);
    Database::exec(insert);
}

qint64 SqliteEscrowLedger::pool(const QString &vaccineId)
{
    QSqlQuery &query =
        m_db->prepared(QStringLiteral("SELECT pool FROM stock_levels WHERE site_id = ? AND vaccine_id = ?"));
    query.addBindValue(m_siteId);
    query.addBindValue(vaccineId);
    Database::exec(query);
    const qint64 pool = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return pool;
}

void SqliteEscrowLedger::changeLevelColumn(const QString &column, const QString &vaccineId, qint64 delta)
{
    // `column` is one of this class's own names, never input.
    QSqlQuery &update = m_db->prepared(
        QStringLiteral("UPDATE stock_levels SET %1 = %1 + ? WHERE site_id = ? AND vaccine_id = ?")
            .arg(column));
    update.addBindValue(delta);
    update.addBindValue(m_siteId);
    update.addBindValue(vaccineId);
    Database::exec(update);
    if (update.numRowsAffected() > 0)
        return;
    QSqlQuery &insert = m_db->prepared(
        QStringLiteral("INSERT INTO stock_levels (site_id, vaccine_id, %1) VALUES (?, ?, ?)").arg(column));
    insert.addBindValue(m_siteId);
    insert.addBindValue(vaccineId);
    insert.addBindValue(delta);
    Database::exec(insert);
}

void SqliteEscrowLedger::changePool(const QString &vaccineId, qint64 delta)
{
    changeLevelColumn(QStringLiteral("pool"), vaccineId, delta);
}

void SqliteEscrowLedger::changeDebt(const QString &vaccineId, qint64 delta)
{
    changeLevelColumn(QStringLiteral("debt"), vaccineId, delta);
}

void SqliteEscrowLedger::countOverride(const QString &vaccineId)
{
    changeLevelColumn(QStringLiteral("overrides"), vaccineId, 1);
}

bool SqliteEscrowLedger::isRevoked(const QString &deviceId)
{
    QSqlQuery &query =
        m_db->prepared(QStringLiteral("SELECT 1 FROM devices WHERE id = ? AND revoked_at IS NOT NULL"));
    query.addBindValue(deviceId);
    Database::exec(query);
    const bool revoked = query.next();
    query.finish();
    return revoked;
}

std::optional<Surety> SqliteEscrowLedger::heldSurety(const QString &bookingId)
{
    QSqlQuery &query =
        m_db->prepared(kSuretySelect + QStringLiteral("WHERE s.booking_id = ? AND s.outcome = 0"));
    query.addBindValue(bookingId);
    Database::exec(query);
    std::optional<Surety> found;
    if (query.next())
        found = suretyFrom(query);
    query.finish();
    return found;
}

void SqliteEscrowLedger::holdSurety(const Surety &surety)
{
    // One per booking: only the first injection of a BOOKED booking holds one.
    QSqlQuery &insert = m_db->prepared(
        QStringLiteral("INSERT INTO sureties (booking_id, site_id, vaccine_id, injector, holder, "
                       "injection_event_id, paid) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(surety.bookingId);
    insert.addBindValue(m_siteId);
    insert.addBindValue(surety.vaccineId);
    insert.addBindValue(surety.injector);
    insert.addBindValue(surety.holder);
    insert.addBindValue(surety.injectionEventId);
    insert.addBindValue(surety.paid ? 1 : 0);
    Database::exec(insert);
}

void SqliteEscrowLedger::settleSurety(const QString &bookingId, SuretyOutcome outcome, const QDateTime &at)
{
    QSqlQuery &update = m_db->prepared(QStringLiteral(
        "UPDATE sureties SET outcome = ?, settled_at = ? WHERE booking_id = ? AND outcome = 0"));
    update.addBindValue(int(outcome));
    update.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    update.addBindValue(bookingId);
    Database::exec(update);
}

QList<Surety> SqliteEscrowLedger::suretiesSeenBy(const QString &holder, qint64 feedCursor)
{
    QSqlQuery &query = m_db->prepared(
        kSuretySelect + QStringLiteral("JOIN events e ON e.event_id = s.injection_event_id "
                                       "WHERE s.holder = ? AND s.outcome = 0 AND e.seq <= ? ORDER BY e.seq"));
    query.addBindValue(holder);
    query.addBindValue(feedCursor);
    Database::exec(query);
    QList<Surety> found;
    while (query.next())
        found.append(suretyFrom(query));
    query.finish();
    return found;
}

void SqliteEscrowLedger::announceRelease(const SuretyRelease &release)
{
    QSqlQuery &insert = m_db->prepared(QStringLiteral(
        "INSERT INTO events (event_id, site_id, device_id, device_sequence, type, body, received_at) "
        "VALUES (?, ?, ?, 1, ?, ?, ?)"));
    insert.addBindValue(SuretyReleasedEntry::eventId(release.surety.bookingId));
    insert.addBindValue(m_siteId);
    insert.addBindValue(SuretyReleasedEntry::makerId());
    insert.addBindValue(SuretyReleasedEntry::typeName());
    insert.addBindValue(
        QString::fromUtf8(ProtocolJson::serialize(SuretyReleasedEntry::body(m_siteId, release))));
    insert.addBindValue(release.at.toUTC().toString(Qt::ISODateWithMs));
    Database::exec(insert);
}

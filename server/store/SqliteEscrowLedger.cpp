#include "server/store/SqliteEscrowLedger.h"

#include "models/sqlite/Database.h"
#include "models/sqlite/NativeStatement.h"
#include "server/store/SuretyReleasedEntry.h"
#include "sync/protocol/ProtocolJson.h"

// A pushed booking pays its right here and every pushed event asks for the sureties its device
// has seen: the C API (NativeStatement), as SqliteSiteLedger.

namespace {
Surety suretyFrom(const NativeStatement &query)
{
    return {query.text(0), query.text(1), query.text(2), query.text(3), query.text(4), query.integer(5) == 1};
}
} // namespace

qint64 SqliteEscrowLedger::rights(const QString &deviceId, const QString &vaccineId)
{
    NativeStatement &query =
        m_db->native("SELECT rights FROM device_rights WHERE device_id = ? AND vaccine_id = ?");
    query.bind(1, deviceId);
    query.bind(2, vaccineId);
    const qint64 rights = query.next() ? query.int64(0) : 0;
    query.reset();
    return rights;
}

void SqliteEscrowLedger::changeRights(const QString &deviceId, const QString &vaccineId, qint64 delta)
{
    // CHECK (rights >= 0) refuses a change that would go below zero: EscrowRules never asks one.
    // An update first: an upsert's INSERT half would check the bare delta against the CHECK.
    NativeStatement &update =
        m_db->native("UPDATE device_rights SET rights = rights + ? WHERE device_id = ? AND vaccine_id = ?");
    update.bind(1, delta);
    update.bind(2, deviceId);
    update.bind(3, vaccineId);
    update.exec();
    if (update.changes() > 0)
        return;
    NativeStatement &insert = m_db->native(
        "INSERT INTO device_rights (device_id, vaccine_id, site_id, rights) VALUES (?, ?, ?, ?)");
    insert.bind(1, deviceId);
    insert.bind(2, vaccineId);
    insert.bind(3, m_siteId);
    insert.bind(4, delta);
    insert.exec();
}

qint64 SqliteEscrowLedger::pool(const QString &vaccineId)
{
    NativeStatement &query =
        m_db->native("SELECT pool FROM stock_levels WHERE site_id = ? AND vaccine_id = ?");
    query.bind(1, m_siteId);
    query.bind(2, vaccineId);
    const qint64 pool = query.next() ? query.int64(0) : 0;
    query.reset();
    return pool;
}

void SqliteEscrowLedger::changeLevelColumn(const QString &column, const QString &vaccineId, qint64 delta)
{
    // `column` is one of this class's own names, never input.
    NativeStatement &update = m_db->native(
        QStringLiteral("UPDATE stock_levels SET %1 = %1 + ? WHERE site_id = ? AND vaccine_id = ?")
            .arg(column)
            .toUtf8()
            .constData());
    update.bind(1, delta);
    update.bind(2, m_siteId);
    update.bind(3, vaccineId);
    update.exec();
    if (update.changes() > 0)
        return;
    NativeStatement &insert =
        m_db->native(QStringLiteral("INSERT INTO stock_levels (site_id, vaccine_id, %1) VALUES (?, ?, ?)")
                         .arg(column)
                         .toUtf8()
                         .constData());
    insert.bind(1, m_siteId);
    insert.bind(2, vaccineId);
    insert.bind(3, delta);
    insert.exec();
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
    NativeStatement &query = m_db->native("SELECT 1 FROM devices WHERE id = ? AND revoked_at IS NOT NULL");
    query.bind(1, deviceId);
    const bool revoked = query.next();
    query.reset();
    return revoked;
}

std::optional<Surety> SqliteEscrowLedger::heldSurety(const QString &bookingId)
{
    NativeStatement &query =
        m_db->native("SELECT s.booking_id, s.vaccine_id, s.injector, s.holder, s.injection_event_id, s.paid "
                     "FROM sureties s WHERE s.booking_id = ? AND s.outcome = 0");
    query.bind(1, bookingId);
    std::optional<Surety> found;
    if (query.next())
        found = suretyFrom(query);
    query.reset();
    return found;
}

void SqliteEscrowLedger::holdSurety(const Surety &surety)
{
    // One per booking: only the first injection of a BOOKED booking holds one.
    NativeStatement &insert = m_db->native("INSERT INTO sureties (booking_id, site_id, vaccine_id, injector, "
                                           "holder, injection_event_id, paid) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, surety.bookingId);
    insert.bind(2, m_siteId);
    insert.bind(3, surety.vaccineId);
    insert.bind(4, surety.injector);
    insert.bind(5, surety.holder);
    insert.bind(6, surety.injectionEventId);
    insert.bind(7, surety.paid ? 1 : 0);
    insert.exec();
}

void SqliteEscrowLedger::settleSurety(const QString &bookingId, SuretyOutcome outcome, const QDateTime &at)
{
    NativeStatement &update =
        m_db->native("UPDATE sureties SET outcome = ?, settled_at = ? WHERE booking_id = ? AND outcome = 0");
    update.bind(1, int(outcome));
    update.bind(2, at.toUTC().toString(Qt::ISODateWithMs));
    update.bind(3, bookingId);
    update.exec();
}

QList<Surety> SqliteEscrowLedger::suretiesSeenBy(const QString &holder, qint64 feedCursor)
{
    NativeStatement &query =
        m_db->native("SELECT s.booking_id, s.vaccine_id, s.injector, s.holder, s.injection_event_id, s.paid "
                     "FROM sureties s JOIN events e ON e.event_id = s.injection_event_id "
                     "WHERE s.holder = ? AND s.outcome = 0 AND e.seq <= ? ORDER BY e.seq");
    query.bind(1, holder);
    query.bind(2, feedCursor);
    QList<Surety> found;
    while (query.next())
        found.append(suretyFrom(query));
    query.reset();
    return found;
}

void SqliteEscrowLedger::announceRelease(const SuretyRelease &release)
{
    // Desks cannot push ids of the server's namespace any more, but a file from before that
    // may hold one a desk took: the release then takes the next id of its booking rather than
    // fail (it would fail the holder's every push and `device revoke`).
    QString eventId;
    NativeStatement &taken = m_db->native("SELECT 1 FROM events WHERE event_id = ?");
    for (int attempt = 0; eventId.isEmpty(); ++attempt) {
        const QString candidate = SuretyReleasedEntry::eventId(release.surety.bookingId, attempt);
        taken.bind(1, candidate);
        if (!taken.next())
            eventId = candidate;
        taken.reset();
    }
    NativeStatement &insert = m_db->native(
        "INSERT INTO events (event_id, site_id, device_id, device_sequence, type, body, received_at) "
        "VALUES (?, ?, ?, 1, ?, ?, ?)");
    insert.bind(1, eventId);
    insert.bind(2, m_siteId);
    insert.bind(3, SuretyReleasedEntry::makerId());
    insert.bind(4, SuretyReleasedEntry::typeName());
    // Text, as SqliteEventLog stores the desks' bodies: UTF-8 bytes bound as text.
    insert.bind(5, ProtocolJson::serialize(SuretyReleasedEntry::body(m_siteId, release, eventId)));
    insert.bind(6, release.at.toUTC().toString(Qt::ISODateWithMs));
    insert.exec();
}

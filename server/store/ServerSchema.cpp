#include "server/store/ServerSchema.h"

#include "models/sqlite/Database.h"
#include "server/store/PayloadSchema.h"
#include "sync/protocol/ProtocolJson.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {
// Each entry moves the schema one version forward. Never edit a shipped entry: add one.
// Statements are separated by ";\n".
const char *const kMigrations[] = {
    // 1: sites, enrolled devices, the shared catalogue, per-site state and the event log.
    // stock_levels is keyed by (site, vaccine) because that is where SPEC 3.1's escrow lives:
    // the rights slice adds the pool, the sureties held and the debt as columns here.
    R"sql(
CREATE TABLE sites (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE enrollment_codes (
    code_hash TEXT PRIMARY KEY,
    site_id TEXT NOT NULL REFERENCES sites(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    device_id TEXT
);
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL REFERENCES sites(id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    last_sequence INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE vaccines (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    manufacturer TEXT NOT NULL,
    site_id TEXT NOT NULL
);
CREATE TABLE stock_levels (
    site_id TEXT NOT NULL REFERENCES sites(id),
    vaccine_id TEXT NOT NULL REFERENCES vaccines(id),
    on_hand INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    booked INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0),
    PRIMARY KEY (site_id, vaccine_id)
) WITHOUT ROWID;
CREATE TABLE lots (
    site_id TEXT NOT NULL REFERENCES sites(id),
    vaccine_id TEXT NOT NULL REFERENCES vaccines(id),
    lot_number TEXT NOT NULL,
    expiry TEXT NOT NULL,
    received INTEGER NOT NULL CHECK (received > 0),
    remaining INTEGER NOT NULL CHECK (remaining >= 0 AND remaining <= received),
    PRIMARY KEY (site_id, vaccine_id, lot_number)
) WITHOUT ROWID;
CREATE TABLE bookings (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    site_id TEXT NOT NULL REFERENCES sites(id),
    vaccine_id TEXT NOT NULL REFERENCES vaccines(id),
    name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    phone TEXT NOT NULL,
    appointment TEXT NOT NULL,
    state INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1, 2)),
    holder TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX bookings_booked_customer ON bookings(site_id, vaccine_id, birth_date) WHERE state = 0;
CREATE TABLE injections (
    id INTEGER PRIMARY KEY,
    booking_id TEXT NOT NULL REFERENCES bookings(id),
    lot_number TEXT NOT NULL,
    device_id TEXT NOT NULL,
    injected_at TEXT NOT NULL
);
CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    site_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    device_sequence INTEGER NOT NULL,
    type TEXT NOT NULL,
    body TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX events_site_feed ON events(site_id, seq);
CREATE INDEX events_catalogue_feed ON events(type, seq) WHERE type = 'VaccineRegistered';
CREATE TABLE rejected_events (
    event_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    device_sequence INTEGER NOT NULL,
    body TEXT NOT NULL,
    reason TEXT NOT NULL,
    message TEXT NOT NULL,
    received_at TEXT NOT NULL
)
)sql",
    // 2: escrow (SPEC 3.1). The pool and the debt per site and vaccine are columns of
    // stock_levels; the rights each device holds as the server counts them; the sureties;
    // every answered rights request, by its client-chosen id; and per device the count of
    // its events the server has applied (accepted or rejected), which a return waits for.
    // A file from version 1 has no rights anywhere: its available doses start in the pool, so
    // the audit equation holds from the first moment, and its devices' counts are recounted.
    R"sql(
ALTER TABLE stock_levels ADD COLUMN pool INTEGER NOT NULL DEFAULT 0 CHECK (pool >= 0);
ALTER TABLE stock_levels ADD COLUMN debt INTEGER NOT NULL DEFAULT 0 CHECK (debt >= 0);
UPDATE stock_levels SET pool = on_hand - booked;
ALTER TABLE devices ADD COLUMN events_applied INTEGER NOT NULL DEFAULT 0;
UPDATE devices SET events_applied = (SELECT COUNT(*) FROM events WHERE events.device_id = devices.id) +
    (SELECT COUNT(*) FROM rejected_events WHERE rejected_events.device_id = devices.id);
CREATE TABLE device_rights (
    device_id TEXT NOT NULL REFERENCES devices(id),
    vaccine_id TEXT NOT NULL,
    site_id TEXT NOT NULL REFERENCES sites(id),
    rights INTEGER NOT NULL DEFAULT 0 CHECK (rights >= 0),
    PRIMARY KEY (device_id, vaccine_id)
) WITHOUT ROWID;
CREATE INDEX device_rights_site ON device_rights(site_id, vaccine_id);
CREATE TABLE sureties (
    booking_id TEXT PRIMARY KEY REFERENCES bookings(id),
    site_id TEXT NOT NULL,
    vaccine_id TEXT NOT NULL,
    injector TEXT NOT NULL,
    holder TEXT NOT NULL,
    injection_event_id TEXT NOT NULL,
    paid INTEGER NOT NULL CHECK (paid IN (0, 1)),
    outcome INTEGER NOT NULL DEFAULT 0 CHECK (outcome IN (0, 1, 2)),
    settled_at TEXT
);
CREATE INDEX sureties_held ON sureties(holder) WHERE outcome = 0;
CREATE TABLE rights_requests (
    request_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    vaccine_id TEXT NOT NULL,
    action TEXT NOT NULL,
    requested INTEGER NOT NULL,
    feed_cursor INTEGER NOT NULL,
    events_made INTEGER NOT NULL,
    moved INTEGER NOT NULL,
    grant_sequence INTEGER NOT NULL,
    answered_at TEXT NOT NULL
) WITHOUT ROWID
)sql",
    // 3: MyPage finds a booking's injection without scanning every injection.
    R"sql(
CREATE INDEX injections_booking ON injections(booking_id)
)sql",
    // 4: an injection can be undone by a later InjectionUndone event, never deleted. `undoable`
    // says the injection moved no right (the holder's, of a booking found BOOKED); the server
    // cannot tell that any more for injections applied before this version, so those stay 0.
    R"sql(
ALTER TABLE injections ADD COLUMN undoable INTEGER NOT NULL DEFAULT 0 CHECK (undoable IN (0, 1));
ALTER TABLE injections ADD COLUMN undone_at TEXT
)sql",
    // 5: overrides (SPEC 3.1), per site and vaccine: injections recorded without a right, the
    // bound on the debt (debt <= overrides) and on the overdraft (booked <= stock + overrides).
    // Before this version the only way into debt was an injection without a right, so every
    // unit of debt a file holds is an override, and is counted as one.
    R"sql(
ALTER TABLE stock_levels ADD COLUMN overrides INTEGER NOT NULL DEFAULT 0 CHECK (overrides >= 0);
UPDATE stock_levels SET overrides = debt
)sql",
    // 6: bodies stored before PayloadSchema existed are trimmed as a new event's would be, by
    // trimStoredBodies(): no SQL of its own.
    "",
    // 7: rule 5 finds the customer's BOOKED booking by name or by phone with one seek each
    // (SqliteSiteLedger::bookedCodeFor); the birth-date index they replace is a prefix of both.
    R"sql(
DROP INDEX IF EXISTS bookings_booked_customer;
CREATE INDEX IF NOT EXISTS bookings_booked_name ON bookings(site_id, vaccine_id, birth_date, name) WHERE state = 0;
CREATE INDEX IF NOT EXISTS bookings_booked_phone ON bookings(site_id, vaccine_id, birth_date, phone) WHERE state = 0
)sql",
};
constexpr int kTrimmedBodiesVersion = 6;

// Version 6. An old body can carry fields no desk writes (megabytes of them, served to every
// desk of the site, issue 14), and a desk resending such an event would find the stored body
// different from the trimmed one it computes now: a reused id instead of a duplicate. A body
// over a limit is left as it is: it was accepted, and what trim() would make of it is not a
// body the server ever stored. Rows are read by key in batches so memory stays small.
void trimStoredBodies(Database *db, const char *table, const char *key, QVariant after)
{
    const QString select = QStringLiteral("SELECT %1, body FROM %2 WHERE %1 > ? ORDER BY %1 LIMIT 500")
                               .arg(QLatin1String(key), QLatin1String(table));
    const QString update =
        QStringLiteral("UPDATE %2 SET body = ? WHERE %1 = ?").arg(QLatin1String(key), QLatin1String(table));
    for (;;) {
        QSqlQuery rows(db->connection());
        rows.prepare(select);
        rows.addBindValue(after);
        Database::exec(rows);
        QList<std::pair<QVariant, QByteArray>> changed;
        int read = 0;
        while (rows.next()) {
            ++read;
            after = rows.value(0);
            const QByteArray body = rows.value(1).toString().toUtf8();
            std::optional<Event> event = Event::fromJson(QJsonDocument::fromJson(body).object());
            if (!event)
                continue;
            QJsonObject payload = event->payload;
            if (!PayloadSchema::trim(event->type, &payload).isEmpty() || payload == event->payload)
                continue;
            event->payload = payload;
            changed.append({after, ProtocolJson::serializeEvent(*event)});
        }
        for (const auto &[rowKey, newBody] : changed) {
            QSqlQuery write(db->connection());
            write.prepare(update);
            write.addBindValue(QString::fromUtf8(newBody));
            write.addBindValue(rowKey);
            Database::exec(write);
        }
        if (read == 0)
            return;
    }
}

} // namespace

SchemaSpec ServerSchema::spec()
{
    return {kApplicationId, latestVersion(), &ServerSchema::migrate, QStringLiteral("anticorona-server")};
}

int ServerSchema::latestVersion()
{
    return int(std::size(kMigrations));
}

void ServerSchema::migrate(Database *db, int fromVersion)
{
    if (fromVersion >= latestVersion())
        return;
    WriteTransaction transaction(db);
    for (int version = fromVersion; version < latestVersion(); ++version) {
        db->execScript(kMigrations[version]);
        if (version + 1 == kTrimmedBodiesVersion) {
            trimStoredBodies(db, "events", "seq", qint64(0));
            trimStoredBodies(db, "rejected_events", "event_id",
                             QStringLiteral("")); // not a null QString: that binds NULL
        }
    }
    db->execDirect(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
    db->execDirect(QStringLiteral("PRAGMA user_version=%1").arg(latestVersion()));
    transaction.commit();
}

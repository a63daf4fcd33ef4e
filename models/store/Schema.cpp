#include "models/store/Schema.h"

#include "models/domain/DatabaseError.h"
#include "models/sqlite/Database.h"
#include "models/store/AuditStore.h"

#include <QCoreApplication>
#include <QUuid>

namespace {
// Each entry moves the schema one version forward. Never edit a shipped entry:
// add a new one. Statements are separated by ";\n".
const char *const kMigrations[] = {
    // 1: the standalone desk.
    R"sql(
CREATE TABLE desk (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    site_name TEXT NOT NULL,
    feed_cursor INTEGER NOT NULL DEFAULT 0,
    server_url TEXT
);
CREATE TABLE vaccines (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    manufacturer TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE lots (
    id INTEGER PRIMARY KEY,
    site_id TEXT NOT NULL,
    vaccine_id TEXT NOT NULL REFERENCES vaccines(id),
    lot_number TEXT NOT NULL,
    expiry TEXT NOT NULL,
    received INTEGER NOT NULL CHECK (received > 0),
    remaining INTEGER NOT NULL CHECK (remaining >= 0 AND remaining <= received),
    received_at TEXT NOT NULL,
    UNIQUE (site_id, vaccine_id, lot_number)
);
CREATE TABLE stock_levels (
    site_id TEXT NOT NULL,
    vaccine_id TEXT NOT NULL REFERENCES vaccines(id),
    on_hand INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    booked INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= on_hand),
    PRIMARY KEY (site_id, vaccine_id)
) WITHOUT ROWID;
CREATE TABLE rights (
    site_id TEXT NOT NULL,
    vaccine_id TEXT NOT NULL REFERENCES vaccines(id),
    held INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0),
    PRIMARY KEY (site_id, vaccine_id)
) WITHOUT ROWID;
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    site_id TEXT NOT NULL,
    vaccine_id TEXT NOT NULL REFERENCES vaccines(id),
    name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    phone TEXT NOT NULL,
    appointment TEXT NOT NULL,
    state INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1, 2)),
    holder TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX bookings_phone ON bookings(phone);
CREATE INDEX bookings_name ON bookings(name);
CREATE INDEX bookings_booked_customer ON bookings(birth_date, vaccine_id) WHERE state = 0;
CREATE TABLE injections (
    id INTEGER PRIMARY KEY,
    booking_id INTEGER NOT NULL REFERENCES bookings(id),
    lot_id INTEGER NOT NULL REFERENCES lots(id),
    injected_at TEXT NOT NULL,
    surety INTEGER NOT NULL DEFAULT 0,
    override INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX injections_booking ON injections(booking_id);
CREATE TABLE write_offs (
    id INTEGER PRIMARY KEY,
    site_id TEXT NOT NULL,
    vaccine_id TEXT NOT NULL REFERENCES vaccines(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE outbox (
    sequence INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    site_id TEXT NOT NULL,
    feed_cursor INTEGER NOT NULL,
    at TEXT NOT NULL,
    payload TEXT NOT NULL,
    acknowledged INTEGER NOT NULL DEFAULT 0
)
)sql",
    // 2: the full desk. Staff accounts and the audit trail (who changed what), the
    // two-character pieces of every name so any part of a Korean name finds it
    // (FTS5's trigram tokenizer finds nothing for a two-character query), today's
    // bookings by time, injections undone by a later event instead of deleted, and how far the
    // server has acknowledged the outbox (a prefix: a push resends from the oldest unacknowledged).
    R"sql(
CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    roles INTEGER NOT NULL CHECK (roles > 0),
    password_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    staff_id TEXT,
    staff_name TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    event_sequence INTEGER
);
CREATE INDEX audit_at ON audit(at);
CREATE TABLE name_grams (
    gram TEXT NOT NULL,
    booking_id INTEGER NOT NULL REFERENCES bookings(id),
    PRIMARY KEY (gram, booking_id)
) WITHOUT ROWID;
CREATE INDEX bookings_appointment ON bookings(appointment, state, vaccine_id);
ALTER TABLE injections ADD COLUMN undone_at TEXT;
ALTER TABLE desk ADD COLUMN acknowledged_through INTEGER NOT NULL DEFAULT 0
)sql",
    // 3: rule 5's lookup by the customer's own rows. The partial index on (birth date, vaccine)
    // left about 17 rows per lookup at a million bookings, each read from the table to compare
    // name and phone; (name, birth date) and the phone index find the customer's bookings
    // directly, and every booking writes one index fewer.
    R"sql(
DROP INDEX IF EXISTS bookings_booked_customer;
DROP INDEX IF EXISTS bookings_name;
CREATE INDEX bookings_name ON bookings(name, birth_date)
)sql",
    // 4: the bookings' state check without IN. SQLite tests `x IN (three constants)` by
    // building a temporary index, on every row written: every booking paid for one. The OR
    // chain accepts exactly the same values. Changing a CHECK constraint does not change how
    // rows are stored, so the definition is edited in place, the procedure SQLite documents for
    // it (lang_altertable.html, "other kinds of table schema changes"), instead of rebuilding
    // a table of a million rows; migrate() then bumps schema_version.
    R"sql(
PRAGMA writable_schema=ON;
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (state IN (0, 1, 2))',
    'CHECK (state = 0 OR state = 1 OR state = 2)') WHERE type = 'table' AND name = 'bookings'
)sql",
    // 5: what sync keeps on the desk. A booking the server refused stays visible as REJECTED (3),
    // admitted by editing the state check in place as in version 4 (no rewrite of a million rows);
    // every refusal of an own event and every clash in the feed is a conflict staff resolve; the
    // feed entries applied, with what each did to the counters, so verify can add them up; which
    // desk made an injection (NULL: this one), for an undo that arrives through the feed; rights
    // requests stored before they are sent; and when a round last succeeded. The stock counters
    // gain `overrides` (SPEC 3.1: injections recorded with no right to pay for them, this desk's
    // and the feed's), and their check reads booked <= on_hand + overrides as the server's does,
    // edited in place too: a feed page carrying another desk's override of an extra dose would
    // otherwise be refused on every retry. New tables and columns with defaults only: nothing
    // existing is rewritten.
    R"sql(
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    sequence INTEGER,
    booking_id TEXT,
    reason TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL,
    state INTEGER NOT NULL DEFAULT 0 CHECK (state = 0 OR state = 1),
    resolution TEXT CHECK (resolution IS NULL OR resolution = 'ours' OR resolution = 'theirs'),
    resolution_reason TEXT,
    resolved_at TEXT,
    on_hand_delta INTEGER NOT NULL DEFAULT 0,
    booked_delta INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conflicts_open ON conflicts(state, id);
CREATE INDEX conflicts_booking ON conflicts(booking_id) WHERE booking_id IS NOT NULL;
CREATE TABLE feed_entries (
    server_sequence INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    device_id TEXT NOT NULL,
    vaccine_id TEXT,
    booking_id TEXT,
    on_hand_delta INTEGER NOT NULL DEFAULT 0,
    booked_delta INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feed_entries_booking ON feed_entries(booking_id) WHERE booking_id IS NOT NULL;
CREATE TABLE rights_requests (
    request_id TEXT PRIMARY KEY,
    vaccine_id TEXT NOT NULL REFERENCES vaccines(id),
    action TEXT NOT NULL CHECK (action = 'refill' OR action = 'return'),
    count INTEGER NOT NULL CHECK (count > 0),
    feed_cursor INTEGER NOT NULL,
    events_made INTEGER NOT NULL,
    state INTEGER NOT NULL DEFAULT 0 CHECK (state = 0 OR state = 1),
    answer TEXT,
    created_at TEXT NOT NULL,
    answered_at TEXT
);
ALTER TABLE injections ADD COLUMN device_id TEXT;
ALTER TABLE desk ADD COLUMN last_sync_at TEXT;
ALTER TABLE stock_levels ADD COLUMN overrides INTEGER NOT NULL DEFAULT 0 CHECK (overrides >= 0);
PRAGMA writable_schema=ON;
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (state = 0 OR state = 1 OR state = 2)',
    'CHECK (state = 0 OR state = 1 OR state = 2 OR state = 3)') WHERE type = 'table' AND name = 'bookings';
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (booked >= 0 AND booked <= on_hand)',
    'CHECK (booked >= 0 AND booked <= on_hand + overrides)') WHERE type = 'table' AND name = 'stock_levels'
)sql",
    // 6: where an enrolled desk's token lives when the person chose a token file instead of the
    // system keychain (a path, not a secret; NULL: the keychain).
    R"sql(
ALTER TABLE desk ADD COLUMN token_file TEXT
)sql",
    // 7: the server sequence of each cancel this desk made, once the server accepted it. An undo
    // read from the feed restores CANCELLED only for an own cancel the server applies after the
    // undo: one still waiting, or one accepted at a later sequence (it may be acknowledged before
    // the page that holds the undo is read). Only cancels are recorded: writing every event's
    // row again would rewrite the outbox's pages, which schema 2 stopped doing.
    R"sql(
ALTER TABLE outbox ADD COLUMN server_sequence INTEGER;
CREATE INDEX outbox_cancel_server_sequence ON outbox(server_sequence) WHERE server_sequence IS NOT NULL
)sql",
    // 8: a phone's last four digits (뒷자리), how Korean desks look people up, found through an index
    // of that expression; BookingStore spells it the same way.
    R"sql(
CREATE INDEX bookings_phone_tail ON bookings(substr(phone, -4))
)sql",
    // 9: what each audit row says beyond its subject (AuditStore::saidExpression), for the audit
    // page's text filter; rows from before are filled by migrate().
    R"sql(
ALTER TABLE audit ADD COLUMN said TEXT NOT NULL DEFAULT ''
)sql",
};

// After an in-place edit of a table's definition: every connection rereads the schema once its
// version moves.
void bumpSchemaVersion(Database *db)
{
    QSqlQuery &schemaVersion = db->prepared(QStringLiteral("PRAGMA schema_version"));
    Database::exec(schemaVersion);
    const qint64 current = schemaVersion.next() ? schemaVersion.value(0).toLongLong() : -1;
    schemaVersion.finish();
    if (current < 0)
        throw DatabaseError(QStringLiteral("cannot read the schema version"));
    db->execDirect(QStringLiteral("PRAGMA schema_version=%1").arg(current + 1));
    db->execDirect(QStringLiteral("PRAGMA writable_schema=OFF"));
}
} // namespace

int Schema::latestVersion()
{
    return int(std::size(kMigrations));
}

SchemaSpec Schema::desk()
{
    return {kApplicationId, latestVersion(), &Schema::migrate, QStringLiteral("Anticorona")};
}

void Schema::migrate(Database *db, int fromVersion)
{
    if (fromVersion >= latestVersion())
        return;
    WriteTransaction transaction(db);
    for (int version = fromVersion; version < latestVersion(); ++version) {
        db->execScript(kMigrations[version]);
        if (version == 0) {
            // A new desk: its own identity and a local site, standalone until enrolled.
            // Named in the language of whoever opened it first; the setup wizard names it properly.
            QSqlQuery &insert = db->prepared(
                QStringLiteral("INSERT INTO desk (id, device_id, site_id, site_name) VALUES (1, ?, ?, ?)"));
            insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            insert.addBindValue(QCoreApplication::translate("Schema", "Local clinic"));
            Database::exec(insert);
        }
        if (version == 1) {
            // Bookings made before version 2 get their name pieces too. SQLite's lower()
            // folds ASCII only, as NameGrams does, so both find the same rows.
            db->execDirect(QStringLiteral(R"sql(
INSERT OR IGNORE INTO name_grams (gram, booking_id)
WITH RECURSIVE piece(booking_id, name, i) AS (
    SELECT id, lower(name), 1 FROM bookings WHERE length(name) >= 2
    UNION ALL
    SELECT booking_id, name, i + 1 FROM piece WHERE i + 2 <= length(name)
)
SELECT substr(name, i, 2), booking_id FROM piece)sql"));
        }
        if (version == 3 || version == 4)
            bumpSchemaVersion(db);
        if (version == 8) {
            // Once, at the first start after the upgrade: 14 s for bench_desk_open's 1.28 million audit
            // rows (timed with anticorona-cli). A payload that is not JSON says nothing rather than
            // failing the upgrade.
            db->execDirect(
                QStringLiteral("UPDATE audit SET said = coalesce((SELECT %1 FROM outbox o "
                               "WHERE o.sequence = audit.event_sequence AND json_valid(o.payload)), '') "
                               "WHERE event_sequence IS NOT NULL")
                    .arg(AuditStore::saidExpression(QStringLiteral("o"))));
        }
    }
    db->execDirect(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
    db->execDirect(QStringLiteral("PRAGMA user_version=%1").arg(latestVersion()));
    transaction.commit();
}

#include "EventMaker.h"
#include "server/auth/Credentials.h"
#include "server/store/ServerSchema.h"
#include "server/store/ServerVerifier.h"
#include "server/store/SqliteServerStore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A server file made at schema version 1 (by hand, with version 1's SQL as it shipped) opens
// in today's server, migrated to the latest version with every row intact and usable.
class TestServerMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Schema version 1 exactly as shipped (server/ServerSchema.cpp, kMigrations[0]): a copy on
    // purpose, so an edit of the shipped entry cannot make this test pass.
    static QStringList versionOneSql()
    {
        return {
            QStringLiteral(
                "CREATE TABLE sites (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE enrollment_codes (code_hash TEXT PRIMARY KEY, site_id TEXT NOT NULL "
                "REFERENCES sites(id), created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at "
                "TEXT, device_id TEXT)"),
            QStringLiteral(
                "CREATE TABLE devices (id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(id), "
                "name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, enrolled_at TEXT NOT NULL, "
                "revoked_at TEXT, last_sequence INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE vaccines (id TEXT PRIMARY KEY, name TEXT NOT NULL, manufacturer TEXT "
                "NOT NULL, site_id TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE stock_levels (site_id TEXT NOT NULL REFERENCES sites(id), vaccine_id "
                "TEXT NOT NULL REFERENCES vaccines(id), on_hand INTEGER NOT NULL DEFAULT 0 CHECK "
                "(on_hand >= 0), booked INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0), PRIMARY KEY "
                "(site_id, vaccine_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE lots (site_id TEXT NOT NULL REFERENCES sites(id), vaccine_id TEXT NOT "
                "NULL REFERENCES vaccines(id), lot_number TEXT NOT NULL, expiry TEXT NOT NULL, "
                "received INTEGER NOT NULL CHECK (received > 0), remaining INTEGER NOT NULL CHECK "
                "(remaining >= 0 AND remaining <= received), PRIMARY KEY (site_id, vaccine_id, "
                "lot_number)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE bookings (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, site_id TEXT "
                "NOT NULL REFERENCES sites(id), vaccine_id TEXT NOT NULL REFERENCES vaccines(id), "
                "name TEXT NOT NULL, birth_date TEXT NOT NULL, phone TEXT NOT NULL, appointment TEXT "
                "NOT NULL, state INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1, 2)), holder TEXT "
                "NOT NULL, created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX bookings_booked_customer ON bookings(site_id, vaccine_id, birth_date) "
                "WHERE state = 0"),
            QStringLiteral(
                "CREATE TABLE injections (id INTEGER PRIMARY KEY, booking_id TEXT NOT NULL REFERENCES "
                "bookings(id), lot_number TEXT NOT NULL, device_id TEXT NOT NULL, injected_at TEXT "
                "NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL "
                "UNIQUE, site_id TEXT NOT NULL, device_id TEXT NOT NULL, device_sequence INTEGER NOT "
                "NULL, type TEXT NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX events_site_feed ON events(site_id, seq)"),
            QStringLiteral("CREATE INDEX events_catalogue_feed ON events(type, seq) WHERE type = "
                           "'VaccineRegistered'"),
            QStringLiteral(
                "CREATE TABLE rejected_events (event_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, "
                "device_sequence INTEGER NOT NULL, body TEXT NOT NULL, reason TEXT NOT NULL, message "
                "TEXT NOT NULL, received_at TEXT NOT NULL)"),
        };
    }

    static bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db);
        if (!query.prepare(sql))
            return false;
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void versionOneFileMigratesWithDataIntact()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("v1.db"));
        const QString site = EventMaker::newId();
        const QString device = EventMaker::newId();
        const QString vaccine = EventMaker::newId();
        const QString booked = EventMaker::newId();
        const QString injected = EventMaker::newId();
        const QByteArray tokenHash = Credentials::hash(QStringLiteral("token-of-desk-1"));
        EventMaker maker(device, site);
        const Event registered = maker.registerVaccine(vaccine, QStringLiteral("Comirnaty"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const QString &sql : versionOneSql())
                QVERIFY2(exec(db, sql), qPrintable(sql));
            const QString t = QStringLiteral("2026-03-02T09:00:00.000Z");
            QVERIFY(exec(db, QStringLiteral("INSERT INTO sites VALUES (?, 'Seoul', ?)"), {site, t}));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO devices VALUES (?, ?, 'Desk 1', ?, ?, NULL, 3)"),
                         {device, site, QString::fromLatin1(tokenHash), t}));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO vaccines VALUES (?, 'Comirnaty', 'Pfizer', ?)"),
                         {vaccine, site}));
            QVERIFY(
                exec(db, QStringLiteral("INSERT INTO stock_levels VALUES (?, ?, 9, 1)"), {site, vaccine}));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO lots VALUES (?, ?, 'L1', '2026-12-31', 10, 9)"),
                         {site, vaccine}));
            QVERIFY(
                exec(db,
                     QStringLiteral("INSERT INTO bookings VALUES (?, 'K7M2P9QX', ?, ?, 'Kim', '1980-05-17', "
                                    "'01012345678', '2026-03-09T10:00', 0, ?, ?)"),
                     {booked, site, vaccine, device, t}));
            QVERIFY(
                exec(db,
                     QStringLiteral("INSERT INTO bookings VALUES (?, 'A2B3C4D5', ?, ?, 'Lee', '1975-01-02', "
                                    "'01098765432', '2026-03-02T11:00', 2, ?, ?)"),
                     {injected, site, vaccine, device, t}));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO injections VALUES (1, ?, 'L1', ?, ?)"),
                         {injected, device, t}));
            QVERIFY(exec(
                db, QStringLiteral("INSERT INTO events VALUES (1, ?, ?, ?, 1, 'VaccineRegistered', ?, ?)"),
                {registered.id, site, device,
                 QString::fromUtf8(QJsonDocument(registered.toJson()).toJson(QJsonDocument::Compact)), t}));
            QVERIFY(exec(db,
                         QStringLiteral("INSERT INTO rejected_events VALUES (?, ?, 2, '{}', 'not_available', "
                                        "'No dose.', ?)"),
                         {EventMaker::newId(), device, t}));
            QVERIFY(exec(db, QStringLiteral("PRAGMA application_id=%1").arg(ServerSchema::kApplicationId)));
            QVERIFY(exec(db, QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        {
            SqliteServerStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorMessage()));
            // Every row is still there and reads as before.
            const std::optional<DeviceRecord> desk = store.deviceByToken(tokenHash);
            QVERIFY(desk);
            QCOMPARE(desk->id, device);
            QCOMPARE(desk->siteId, site);
            const std::optional<MyPageView> waiting = store.lookupBooking(QStringLiteral("K7M2P9QX"));
            QVERIFY(waiting);
            QCOMPARE(waiting->state, BookingState::Booked);
            QCOMPARE(waiting->vaccineName, QStringLiteral("Comirnaty"));
            QCOMPARE(waiting->siteName, QStringLiteral("Seoul"));
            const std::optional<MyPageView> done = store.lookupBooking(QStringLiteral("A2B3C4D5"));
            QVERIFY(done);
            QCOMPARE(done->state, BookingState::Injected);
            QCOMPARE(done->injectedAt, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
            const FeedPage feed = store.feed(site, 0, 10);
            QCOMPARE(feed.entries.size(), 1);
            QCOMPARE(feed.entries.constFirst().event.id, registered.id);
            // Version 2's escrow: the available doses (9 - 1) start in the pool, nothing is owed.
            const EscrowAudit audit = ServerVerifier(store.database()).audit(site, vaccine);
            QCOMPARE(audit.pool, 8);
            QCOMPARE(audit.available, 8);
            QCOMPARE(audit.debt, 0);
            QVERIFY(audit.balanced());
            // The migrated site keeps working: the next event of the desk is applied in order.
            EventMaker next(device, site);
            QString bookingId, code;
            Event book =
                next.book(vaccine, QStringLiteral("Park"), QStringLiteral("01055556666"), &bookingId, &code);
            book.sequence = 4; // after the 3 the version-1 file recorded
            const QList<EventResult> results =
                store.pushEvents(*desk, {book}, QDateTime::currentDateTimeUtc());
            QCOMPARE(results.size(), 1);
            QCOMPARE(results.constFirst().status, EventStatus::Accepted);
        }

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), ServerSchema::latestVersion());
            // The recount of version 2 (one event and one rejection), then the booking pushed above.
            QVERIFY(query.exec(QStringLiteral("SELECT events_applied, last_sequence FROM devices")) &&
                    query.next());
            QCOMPARE(query.value(0).toInt(), 3);
            QCOMPARE(query.value(1).toInt(), 4);
            // Version 4: injections from before it cannot be undone (the server cannot tell
            // whether they moved a right).
            QVERIFY(query.exec(QStringLiteral("SELECT undoable, undone_at IS NULL FROM injections")) &&
                    query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            QCOMPARE(query.value(1).toInt(), 1);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM bookings")) && query.next());
            QCOMPARE(query.value(0).toInt(), 3);
            QVERIFY(query.exec(QStringLiteral("SELECT remaining FROM lots")) && query.next());
            QCOMPARE(query.value(0).toInt(), 9);
        }
        db.close();
    }

    // A version-4 file in debt: that debt came from injections without a right, so version 5
    // counts it as overrides and the escrow checks hold right after the upgrade.
    void debtFromVersionFourCountsAsOverrides()
    {
        const QString path = m_dir.filePath(QStringLiteral("v4-debt.sqlite"));
        {
            SqliteServerStore fresh;
            QVERIFY2(fresh.open(path), qPrintable(fresh.errorMessage()));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            const QString t = QStringLiteral("2026-03-02T09:00:00.000Z");
            QVERIFY(exec(db,
                         QStringLiteral("INSERT INTO sites (id, name, created_at) VALUES ('s', 'Seoul', ?)"),
                         {t}));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO vaccines (id, name, manufacturer, site_id) "
                                            "VALUES ('v', 'Comirnaty', 'Pfizer', 's')")));
            // Two doses in stock, both injected at desks that had no right: the pool paid 0, debt 2.
            QVERIFY(exec(
                db, QStringLiteral("INSERT INTO stock_levels (site_id, vaccine_id, on_hand, booked, pool, "
                                   "debt) VALUES ('s', 'v', 0, 0, 0, 2)")));
            QVERIFY(exec(db, QStringLiteral("ALTER TABLE stock_levels DROP COLUMN overrides")));
            QVERIFY(exec(db, QStringLiteral("PRAGMA user_version=4")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));

        SqliteServerStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorMessage()));
        const EscrowAudit audit =
            ServerVerifier(store.database()).audit(QStringLiteral("s"), QStringLiteral("v"));
        QCOMPARE(audit.debt, 2);
        QCOMPARE(audit.overrides, 2);
        QVERIFY(audit.debtCovered());
        QVERIFY(audit.bookedCovered());
    }

    // A version-5 file holds bodies stored before PayloadSchema: version 6 trims them as a new
    // event's would be, accepted and rejected alike, so the feed serves only what desks write and
    // a desk resending such an event is answered as a duplicate. A body over a limit stays.
    void versionSixTrimsStoredBodies()
    {
        const QString path = m_dir.filePath(QStringLiteral("v5-bodies.sqlite"));
        {
            SqliteServerStore fresh;
            QVERIFY2(fresh.open(path), qPrintable(fresh.errorMessage()));
        }
        EventMaker maker(QStringLiteral("d"), QStringLiteral("s"));
        Event padded = maker.registerVaccine(QStringLiteral("v"), QStringLiteral("Comirnaty"));
        const QJsonObject trimmedPayload = padded.payload;
        padded.payload.insert(QStringLiteral("padding"), QString(5000, QLatin1Char('x')));
        Event rejected = maker.writeOff(QStringLiteral("v"), 1);
        const QJsonObject rejectedPayload = rejected.payload;
        rejected.payload.insert(QStringLiteral("extra"), 1);
        Event overLimit = maker.registerVaccine(QStringLiteral("w"), QString(2000, QLatin1Char('n')));
        overLimit.payload.insert(QStringLiteral("padding"), 1);
        const auto bodyOf = [](const Event &event) {
            return QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact));
        };
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            const QString t = QStringLiteral("2026-03-02T09:00:00.000Z");
            for (const Event &event : {padded, overLimit})
                QVERIFY(exec(db,
                             QStringLiteral("INSERT INTO events (event_id, site_id, device_id, "
                                            "device_sequence, type, body, received_at) "
                                            "VALUES (?, 's', 'd', ?, 'VaccineRegistered', ?, ?)"),
                             {event.id, event.sequence, bodyOf(event), t}));
            QVERIFY(exec(db,
                         QStringLiteral("INSERT INTO rejected_events (event_id, device_id, device_sequence, "
                                        "body, reason, message, received_at) "
                                        "VALUES (?, 'd', ?, ?, 'conflict', 'no stock', ?)"),
                         {rejected.id, rejected.sequence, bodyOf(rejected), t}));
            QVERIFY(exec(db, QStringLiteral("PRAGMA user_version=5")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v5"));

        SqliteServerStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorMessage()));
        const auto storedPayload = [&store](const QString &sql, const QString &id) {
            QSqlQuery query(store.database()->connection());
            query.prepare(sql);
            query.addBindValue(id);
            if (!query.exec() || !query.next())
                return QJsonObject{{QStringLiteral("missing"), true}};
            return QJsonDocument::fromJson(query.value(0).toString().toUtf8())
                .object()
                .value(QStringLiteral("payload"))
                .toObject();
        };
        const QString events = QStringLiteral("SELECT body FROM events WHERE event_id = ?");
        QCOMPARE(storedPayload(events, padded.id), trimmedPayload);
        QCOMPARE(storedPayload(events, overLimit.id), overLimit.payload);
        QCOMPARE(
            storedPayload(QStringLiteral("SELECT body FROM rejected_events WHERE event_id = ?"), rejected.id),
            rejectedPayload);
    }
};

QTEST_GUILESS_MAIN(TestServerMigration)
#include "test_server_migration.moc"

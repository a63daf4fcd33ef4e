// Enrollment as one operation (sync/Enroller) against the real server code in-process: a desk
// with a standalone history (vaccine, lots, bookings, a cancel, an injection, a write-off) adopts
// the server's identity for all of it in one transaction, and its first push is accepted whole,
// leaving the server's accounts equal to the desk's.
#include "InProcessServer.h"
#include "common/FixedClock.h"
#include "models/commands/DeskCommands.h"
#include "models/domain/Actor.h"
#include "models/sqlite/Database.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"
#include "models/store/Verifier.h"
#include "server/store/ServerVerifier.h"
#include "server/store/SqliteServerStore.h"
#include "sync/Enroller.h"
#include "sync/FileTokenStore.h"
#include "sync/SyncEngine.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// One canned answer to every request: a server (or something in its place) that answers badly.
class CannedTransport final : public SyncTransport
{
public:
    CannedTransport(int status, const QByteArray &body)
        : m_status(status)
        , m_body(body)
    {}
    TransportReply exchange(const TransportRequest &) override
    {
        TransportReply reply;
        reply.status = m_status;
        reply.body = m_body;
        return reply;
    }

private:
    int m_status = 0;
    QByteArray m_body;
};

class TestEnroller : public QObject
{
    Q_OBJECT

    // Rows of `sql` (one column) as strings.
    QStringList column(const QString &sql)
    {
        QSqlQuery query(m_store->database()->connection());
        QStringList values;
        if (!query.exec(sql))
            return {QStringLiteral("failed: ") + sql};
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

    Enroller::Request request(const QString &code, const QString &tokenFile) const
    {
        return {QUrl(QStringLiteral("http://in-process")), code, QStringLiteral("Reception 1"), tokenFile};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        m_server = std::make_unique<InProcessServer>(&m_clock);
        QVERIFY2(m_server->isOpen(), qPrintable(m_server->errorMessage()));
        m_site = m_server->addSite();
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++m_runs))));
        m_tokenFile = m_dir.filePath(QStringLiteral("token-%1").arg(m_runs));
    }
    void cleanup()
    {
        m_store.reset();
        m_server.reset();
    }

    void aStandaloneHistoryIsAdoptedAndAcceptedWhole()
    {
        const DeskIdentity before = m_store->identity();
        DeskCommands commands(m_store.get(), &m_clock, Actor::system(QStringLiteral("test")));
        const CommandResult vaccine =
            commands.registerVaccine(QStringLiteral("Comirnaty"), QStringLiteral("Pfizer"));
        QVERIFY(vaccine.isDone());
        QVERIFY(commands.receiveStock(vaccine.value, QStringLiteral("L1"), QDate(2026, 6, 30), 10).isDone());
        QVERIFY(commands.receiveStock(vaccine.value, QStringLiteral("L2"), QDate(2026, 7, 30), 5).isDone());
        QStringList codes;
        for (int n = 0; n < 4; ++n) {
            const CommandResult booked =
                commands.book(vaccine.value,
                              Customer{QStringLiteral("Kim %1").arg(n), QDate(1980, 1, 1).addDays(n),
                                       QStringLiteral("010%1").arg(20000000 + n)},
                              m_clock.now().addDays(1));
            QVERIFY(booked.isDone());
            codes.append(booked.value);
        }
        QVERIFY(commands.cancel(codes.at(0)).isDone());
        QVERIFY(commands.inject(codes.at(1), QString()).isDone());
        QVERIFY(commands.writeOff(vaccine.value, 2, QStringLiteral("broken vial")).isDone());
        const qint64 events = m_store->outbox()->count();
        QCOMPARE(events, 10);
        const StockLevel standalone = m_store->stock()->level(vaccine.value).value();

        const QString code = m_server->makeEnrollmentCode(m_site);
        const Enroller::Result result =
            Enroller(m_store.get(), m_server.get()).enroll(request(code, m_tokenFile));
        QVERIFY2(result.enrolled(), qPrintable(result.message));
        QCOMPARE(result.siteId, m_site);
        QCOMPARE(m_store->identity().deviceId, result.deviceId);
        QCOMPARE(m_store->identity().siteId, m_site);
        QCOMPARE(DeskStore(m_store->database()).tokenFile(), m_tokenFile);
        QCOMPARE(FileTokenStore(m_tokenFile).read(result.deviceId).status, TokenResult::Status::Ok);

        // Every site id, every holder and every id inside a payload is the server's now.
        for (const char *table : {"lots", "stock_levels", "rights", "bookings", "write_offs", "outbox"})
            QCOMPARE(column(QStringLiteral("SELECT DISTINCT site_id FROM %1").arg(QLatin1String(table))),
                     QStringList{m_site});
        QCOMPARE(column(QStringLiteral("SELECT DISTINCT holder FROM bookings")),
                 QStringList{result.deviceId});
        for (const QString &old : {before.deviceId, before.siteId})
            QCOMPARE(
                column(QStringLiteral("SELECT count(*) FROM outbox WHERE instr(payload, '%1') > 0").arg(old)),
                QStringList{QStringLiteral("0")});
        QCOMPARE(column(QStringLiteral(
                            "SELECT count(*) FROM outbox WHERE json_extract(payload, '$.holder') = '%1'")
                            .arg(result.deviceId)),
                 QStringList{QStringLiteral("6")}); // 4 Booked, the cancel and the injection name the holder
        QCOMPARE(column(QStringLiteral(
                     "SELECT count(*) FROM outbox WHERE json_extract(payload, '$.holder') IS NOT NULL")),
                 QStringList{QStringLiteral("6")});
        // Sequences gap-free from 1, as they were.
        QCOMPARE(column(QStringLiteral(
                     "SELECT min(sequence) || '-' || max(sequence) || '/' || count(*) FROM outbox")),
                 QStringList{QStringLiteral("1-10/10")});
        QCOMPARE(Verifier(m_store->database()).run(), QStringList());
        const StockLevel adopted = m_store->stock()->level(vaccine.value).value();
        QCOMPARE(adopted.onHand, standalone.onHand);
        QCOMPARE(adopted.booked, standalone.booked);
        QCOMPARE(adopted.rights, standalone.rights);

        // The first push: all accepted, and the server's accounts end equal to the desk's.
        SyncEngine engine(m_store.get(), m_server.get(), &m_clock);
        engine.setToken(FileTokenStore(m_tokenFile).read(result.deviceId).token);
        const SyncRound round = engine.syncOnce();
        QVERIFY2(round.done(), qPrintable(round.message));
        QCOMPARE(round.pushed, int(events));
        QCOMPARE(round.accepted, int(events));
        QCOMPARE(round.rejected, 0);
        QCOMPARE(m_store->outbox()->pendingCount(), 0);
        QCOMPARE(Verifier(m_store->database()).run(), QStringList());
        ServerVerifier verifier(m_server->store()->database());
        const EscrowAudit audit = verifier.audit(m_site, vaccine.value);
        QCOMPARE(audit.stock, qint64(adopted.onHand));
        QCOMPARE(audit.booked, qint64(adopted.booked));
        // The round's rights step may have returned surplus above the high mark: compare with what
        // the desk holds after it.
        QCOMPARE(audit.rightsAtDesks, qint64(m_store->stock()->level(vaccine.value)->rights));
        QVERIFY(audit.balanced() && audit.debtCovered() && audit.bookedCovered());
    }

    void aTokenStoreThatCannotWorkRefusesBeforeTheCodeIsSpent()
    {
        const QString code = m_server->makeEnrollmentCode(m_site);
        const int exchanges = m_server->exchanges();
        const Enroller::Result refused =
            Enroller(m_store.get(), m_server.get())
                .enroll(request(code, m_dir.filePath(QStringLiteral("no/such/folder/token"))));
        QCOMPARE(refused.outcome, Enroller::Outcome::NoTokenStore);
        QVERIFY2(refused.message.contains(QStringLiteral("not used")), qPrintable(refused.message));
        QCOMPARE(m_server->exchanges(), exchanges); // nothing was sent
        QVERIFY(DeskStore(m_store->database()).serverUrl().isEmpty());

        const Enroller::Result enrolled =
            Enroller(m_store.get(), m_server.get()).enroll(request(code, m_tokenFile));
        QVERIFY2(enrolled.enrolled(), qPrintable(enrolled.message));
        const Enroller::Result again =
            Enroller(m_store.get(), m_server.get())
                .enroll(request(m_server->makeEnrollmentCode(m_site), m_tokenFile));
        QCOMPARE(again.outcome, Enroller::Outcome::AlreadyEnrolled);
        QCOMPARE(m_store->identity().deviceId, enrolled.deviceId);
    }

    void aRefusedCodeChangesNothing()
    {
        const DeskIdentity before = m_store->identity();
        const Enroller::Result refused =
            Enroller(m_store.get(), m_server.get())
                .enroll(request(QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD"), m_tokenFile));
        QCOMPARE(refused.outcome, Enroller::Outcome::Refused);
        QCOMPARE(refused.reason, QStringLiteral("enrollment_code_unknown"));
        QCOMPARE(m_store->identity().deviceId, before.deviceId);
        QVERIFY(!QFile::exists(m_tokenFile));
        const Enroller::Result notHttp = Enroller(m_store.get(), m_server.get())
                                             .enroll({QUrl(QStringLiteral("ftp://x")), QStringLiteral("c"),
                                                      QStringLiteral("d"), m_tokenFile});
        QCOMPARE(notHttp.outcome, Enroller::Outcome::BadAddress);
    }

    // An answer that is not the protocol's is a failure that says so, and nothing is stored: no
    // token, no server, the desk's identity as it was.
    void aMalformedAnswerStoresNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("outcome");
        const QByteArray valid = "{\"deviceId\":\"5c0e8c2e-0000-4000-8000-000000000001\",\"siteId\":"
                                 "\"5c0e8c2e-0000-4000-8000-000000000002\",\"token\":\"secret\"}";
        const int failed = int(Enroller::Outcome::ServerFailed);
        QTest::newRow("not JSON") << 200 << QByteArray("<html>ok</html>") << failed;
        QTest::newRow("cut short") << 200 << valid.left(valid.size() - 5) << failed;
        QTest::newRow("garbage after the object") << 200 << valid + "}" << failed;
        QTest::newRow("an array") << 200 << QByteArray("[") + valid + "]" << failed;
        QTest::newRow("a field missing") << 200 << QByteArray("{\"token\":\"secret\"}") << failed;
        QTest::newRow("a proxy's 403")
            << 403 << QByteArray("<html>Forbidden</html>") << int(Enroller::Outcome::Refused);
    }
    void aMalformedAnswerStoresNothing()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, outcome);
        const DeskIdentity before = m_store->identity();
        CannedTransport canned(status, body);
        const Enroller::Result result =
            Enroller(m_store.get(), &canned)
                .enroll(request(QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD"), m_tokenFile));
        QCOMPARE(int(result.outcome), outcome);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(result.deviceId.isEmpty());
        QVERIFY(!QFile::exists(m_tokenFile));
        QCOMPARE(m_store->identity().deviceId, before.deviceId);
        QCOMPARE(m_store->identity().siteId, before.siteId);
        QVERIFY(DeskStore(m_store->database()).serverUrl().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<LocalStore> m_store;
    QString m_site;
    QString m_tokenFile;
    int m_runs = 0;
};

QTEST_GUILESS_MAIN(TestEnroller)
#include "test_enroller.moc"

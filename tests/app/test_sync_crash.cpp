// Crash safety of sync (issue 12's fault list) with real processes: `anticorona-cli sync` against
// a real anticorona-server is killed with SIGKILL in the middle of a round, at a chosen request,
// and the next `sync` finishes the round: `verify` passes on the desk and the server, and nothing
// is doubled (the server holds each of the desk's events once, the rights it returned moved once,
// and desk and server show the same stock).
//
// Where the round dies is chosen without a hook in the CLI: the desk is enrolled through a relay
// in this test (its own thread, between the desk and the server) that forwards every request and,
// once armed, kills the CLI at the first request matching a method and a path, either before the
// server sees it or after the server answered it (the answer then never reaches the desk).
#include "CliProcess.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QMutex>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QWaitCondition>

#include <atomic>
#include <csignal>
#include <sys/types.h>

namespace {
// One complete HTTP/1.1 message at the front of `buffer` (headers and a Content-Length body):
// its length, or 0 while incomplete. `closed`: the peer closed, so a body without a length ends here.
qsizetype messageLength(const QByteArray &buffer, bool closed = false)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    qint64 length = -1;
    for (const QByteArray &line : buffer.left(end).toLower().split('\n')) {
        if (line.startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (length < 0)
        return closed ? buffer.size() : (buffer.startsWith("HTTP/") ? 0 : end + 4);
    return buffer.size() >= end + 4 + length ? end + 4 + length : 0;
}

class KillingRelay final : public QThread
{
public:
    enum class When { BeforeTheServer, AfterTheAnswer };

    explicit KillingRelay(quint16 upstreamPort)
        : m_upstream(upstreamPort)
    {
        start();
        m_ready.acquire();
    }
    ~KillingRelay() override
    {
        quit();
        wait();
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port.load())); }

    // From now on, the first request `method path...` is the desk's last: SIGKILL to the process
    // given to killing() (the relay waits for it, so arming before the start leaves no race).
    void arm(const QByteArray &method, const QString &pathPrefix, When when)
    {
        const QMutexLocker lock(&m_mutex);
        m_armed = true;
        m_pid = 0;
        m_method = method;
        m_pathPrefix = pathPrefix;
        m_when = when;
        m_killed = false;
    }
    void killing(qint64 pid)
    {
        const QMutexLocker lock(&m_mutex);
        m_pid = pid;
        m_pidKnown.wakeAll();
    }
    void disarm()
    {
        const QMutexLocker lock(&m_mutex);
        m_armed = false;
    }
    bool killed() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_killed;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            }
        });
        m_ready.release();
        exec();
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        while (const qsizetype length = messageLength(buffer)) {
            const QByteArray request = buffer.left(length);
            buffer.remove(0, length);
            if (!relay(socket, request))
                return;
        }
        socket->setProperty("buffer", buffer);
    }

    // False when the desk was killed and its connection dropped.
    bool relay(QTcpSocket *socket, const QByteArray &request)
    {
        const QList<QByteArray> start = request.left(request.indexOf("\r\n")).split(' ');
        const bool matches = start.size() >= 2 && matchesRule(start.at(0), QString::fromLatin1(start.at(1)));
        if (matches && killNow(When::BeforeTheServer)) {
            socket->abort();
            return false;
        }
        const QByteArray answer = forward(request);
        if (matches && killNow(When::AfterTheAnswer)) {
            socket->abort();
            return false;
        }
        socket->write(answer);
        return true;
    }

    bool matchesRule(const QByteArray &method, const QString &path) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_armed && method == m_method && path.startsWith(m_pathPrefix);
    }

    bool killNow(When when)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_armed || m_when != when)
            return false;
        while (m_pid <= 0)
            m_pidKnown.wait(&m_mutex);
        ::kill(pid_t(m_pid), SIGKILL); // no destructor, no rollback, no checkpoint
        m_armed = false;
        m_killed = true;
        return true;
    }

    // One request to the server on a connection of its own, closed after the answer.
    QByteArray forward(const QByteArray &request) const
    {
        const qsizetype headersEnd = request.indexOf("\r\n\r\n");
        QByteArray headers;
        for (const QByteArray &line : request.left(headersEnd).split('\n')) {
            if (!line.toLower().startsWith("connection:"))
                headers += line.trimmed() + "\r\n";
        }
        QTcpSocket upstream;
        upstream.connectToHost(QHostAddress::LocalHost, m_upstream);
        if (!upstream.waitForConnected(10000))
            return "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        upstream.write(headers + "Connection: close\r\n\r\n" + request.mid(headersEnd + 4));
        QByteArray answer;
        while (messageLength(answer) == 0) {
            if (!upstream.waitForReadyRead(30000)) {
                if (messageLength(answer, true) == 0)
                    return "HTTP/1.1 504 Gateway Timeout\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                break;
            }
            answer += upstream.readAll();
        }
        return answer;
    }

    const quint16 m_upstream;
    std::atomic<quint16> m_port = 0;
    QSemaphore m_ready;
    mutable QMutex m_mutex;
    QWaitCondition m_pidKnown;
    bool m_armed = false;
    qint64 m_pid = 0;
    QByteArray m_method;
    QString m_pathPrefix;
    When m_when = When::AfterTheAnswer;
    bool m_killed = false;
};

struct Stock
{
    int onHand = -1;
    int booked = -1;
    bool operator==(const Stock &other) const = default;
};

QString describe(const Stock &stock)
{
    return QStringLiteral("on hand %1, booked %2").arg(stock.onHand).arg(stock.booked);
}
} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir->filePath(name); }

    static Stock deskStock(const CliProcess &desk, const QString &vaccineId)
    {
        const CliRun run = desk.runJson({QStringLiteral("stock")});
        for (const QJsonValue &value : run.json().value(QStringLiteral("stock")).toArray()) {
            const QJsonObject level = value.toObject();
            if (level.value(QStringLiteral("vaccineId")).toString() == vaccineId)
                return {level.value(QStringLiteral("onHand")).toInt(),
                        level.value(QStringLiteral("booked")).toInt()};
        }
        return {};
    }
    static QJsonObject status(const CliProcess &desk)
    {
        return desk.runJson({QStringLiteral("status")}).json();
    }

    // One value of the server's file, read beside the running server.
    qint64 serverValue(const QString &sql, const QStringList &values) const
    {
        qint64 result = -1;
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path(QStringLiteral("server.db")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(sql);
                for (const QString &value : values)
                    query.addBindValue(value);
                if (query.exec() && query.next())
                    result = query.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return result;
    }
    Stock serverStock(const QString &siteId, const QString &vaccineId) const
    {
        return {int(serverValue(QStringLiteral("SELECT on_hand FROM stock_levels WHERE site_id = ? AND "
                                               "vaccine_id = ?"),
                                {siteId, vaccineId})),
                int(serverValue(QStringLiteral("SELECT booked FROM stock_levels WHERE site_id = ? AND "
                                               "vaccine_id = ?"),
                                {siteId, vaccineId}))};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void aDeskKilledInTheMiddleOfARoundFinishesItNextTime_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("pathPrefix");
        QTest::addColumn<int>("when");
        QTest::addColumn<int>("waitingAfterKill"); // the desk's events not acknowledged when it died
        const int before = int(KillingRelay::When::BeforeTheServer);
        const int after = int(KillingRelay::When::AfterTheAnswer);
        QTest::newRow("push applied, answer lost")
            << QByteArray("POST") << QStringLiteral("/v1/events") << after << 4;
        QTest::newRow("return applied, answer lost")
            << QByteArray("POST") << QStringLiteral("/v1/rights") << after << 0;
        QTest::newRow("asking for the feed")
            << QByteArray("GET") << QStringLiteral("/v1/events?") << before << 0;
        QTest::newRow("feed page answered, not applied")
            << QByteArray("GET") << QStringLiteral("/v1/events?") << after << 0;
    }
    void aDeskKilledInTheMiddleOfARoundFinishesItNextTime()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, pathPrefix);
        QFETCH(int, when);
        QFETCH(int, waitingAfterKill);

        ServerProcess server(path(QStringLiteral("server.db")));
        const ServerRun site =
            server.run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Seoul")});
        QCOMPARE(site.exitCode, 0);
        const QString siteId = site.lastLine();
        QVERIFY(server.start());
        KillingRelay relay(quint16(server.url().port()));

        // A syncs through the relay, B straight to the server.
        const CliProcess a(path(QStringLiteral("a.db")));
        const CliProcess b(path(QStringLiteral("b.db")));
        for (const auto &[desk, name, address] : {std::tuple{&a, QStringLiteral("A"), relay.url()},
                                                  std::tuple{&b, QStringLiteral("B"), server.url()}}) {
            const QString code =
                server.run({QStringLiteral("enroll"), QStringLiteral("--site"), siteId}).lastLine();
            const CliRun enrolled =
                desk->runJson({QStringLiteral("enroll"), QStringLiteral("--server"), address.toString(),
                               QStringLiteral("--code"), code, QStringLiteral("--name"), name,
                               QStringLiteral("--token-file"), path(name + QStringLiteral(".token"))});
            QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.errText()));
        }

        // B stocks a vaccine and returns what it holds above its high mark; A refills from the pool.
        const QString shared = b.addVaccine(QStringLiteral("Comirnaty"));
        QVERIFY(!shared.isEmpty());
        QVERIFY(b.receive(shared, QStringLiteral("L1"), 90, 10));
        QCOMPARE(b.runJson({QStringLiteral("sync")}).exitCode, 0);
        CliRun round;
        for (int n = 0; n < 2; ++n) { // the first reads the vaccine, the second refills
            round = a.runJson({QStringLiteral("sync")});
            QVERIFY2(round.exitCode == 0, qPrintable(round.errText()));
        }
        QVERIFY(status(a).value(QStringLiteral("rights")).toObject().value(shared).toInt() > 0);

        // The round to be killed has every step: A's events to push (a vaccine of its own, a receipt
        // it returns the surplus of, two bookings), a return to send, and B's booking to pull.
        const QString own = a.addVaccine(QStringLiteral("Spikevax"));
        QVERIFY(!own.isEmpty());
        QVERIFY(a.receive(own, QStringLiteral("M1"), 90, 10));
        QVERIFY(!a.book(shared, QStringLiteral("Kim 1"), QStringLiteral("01011110001")).isEmpty());
        QVERIFY(!a.book(shared, QStringLiteral("Kim 2"), QStringLiteral("01011110002")).isEmpty());
        QVERIFY(!b.book(shared, QStringLiteral("Lee 1"), QStringLiteral("01022220001")).isEmpty());
        QCOMPARE(b.runJson({QStringLiteral("sync")}).exitCode, 0);

        QProcess killed;
        killed.setProcessEnvironment(CliProcess::englishEnvironment());
        relay.arm(method, pathPrefix, KillingRelay::When(when));
        killed.start(CliProcess::program(), {QStringLiteral("--database"), a.database(),
                                             QStringLiteral("--json"), QStringLiteral("sync")});
        QVERIFY(killed.waitForStarted());
        relay.killing(killed.processId());
        QVERIFY(killed.waitForFinished(60000));
        relay.disarm();
        QVERIFY2(relay.killed(), killed.readAllStandardError().constData());
        QCOMPARE(killed.exitStatus(), QProcess::CrashExit);

        QCOMPARE(status(a).value(QStringLiteral("waiting")).toInt(), waitingAfterKill);
        const CliRun verifiedAfterKill = a.run({QStringLiteral("verify")});
        QVERIFY2(verifiedAfterKill.exitCode == 0,
                 qPrintable(verifiedAfterKill.outText() + verifiedAfterKill.errText()));

        // The next round finishes it.
        round = a.runJson({QStringLiteral("sync")});
        QVERIFY2(round.exitCode == 0, qPrintable(round.errText() + round.outText()));
        QCOMPARE(round.json().value(QStringLiteral("waiting")).toInt(), 0);
        QCOMPARE(round.json().value(QStringLiteral("rejected")).toInt(), 0);
        QCOMPARE(b.runJson({QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(a.runJson({QStringLiteral("sync")}).exitCode, 0);

        for (const CliProcess *desk : {&a, &b}) {
            const CliRun verified = desk->run({QStringLiteral("verify")});
            QVERIFY2(verified.exitCode == 0, qPrintable(verified.outText() + verified.errText()));
            QCOMPARE(status(*desk).value(QStringLiteral("conflicts")).toInt(), 0);
        }
        const ServerRun serverVerify = server.run({QStringLiteral("verify")});
        QVERIFY2(serverVerify.exitCode == 0,
                 qPrintable(QString::fromUtf8(serverVerify.out) + serverVerify.errText()));

        // Nothing doubled: each event of each desk once on the server, the same stock everywhere,
        // and the rights each desk holds are the rights the server counts at it.
        const QString deviceA = status(a).value(QStringLiteral("deviceId")).toString();
        const QString deviceB = status(b).value(QStringLiteral("deviceId")).toString();
        const QString eventsOf = QStringLiteral("SELECT count(*) FROM events WHERE device_id = ?");
        QCOMPARE(serverValue(eventsOf, {deviceA}), a.eventCount());
        QCOMPARE(serverValue(eventsOf, {deviceB}), b.eventCount());
        QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM events"), {}),
                 a.eventCount() + b.eventCount());
        for (const QString &vaccine : {shared, own}) {
            const Stock atServer = serverStock(siteId, vaccine);
            const Stock atA = deskStock(a, vaccine);
            const Stock atB = deskStock(b, vaccine);
            QVERIFY2(atA == atServer, qPrintable(describe(atA) + QStringLiteral(" / ") + describe(atServer)));
            QVERIFY2(atB == atServer, qPrintable(describe(atB) + QStringLiteral(" / ") + describe(atServer)));
            const QString rightsAt =
                QStringLiteral("SELECT coalesce(sum(rights), 0) FROM device_rights WHERE device_id = ? AND "
                               "vaccine_id = ?");
            for (const auto &[desk, device] : {std::pair{&a, deviceA}, std::pair{&b, deviceB}})
                QCOMPARE(
                    serverValue(rightsAt, {device, vaccine}),
                    qint64(status(*desk).value(QStringLiteral("rights")).toObject().value(vaccine).toInt()));
        }
        QCOMPARE(serverStock(siteId, shared), (Stock{10, 3}));
        QCOMPARE(serverStock(siteId, own), (Stock{10, 0}));
        QCOMPARE(server.stop(SIGTERM), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "test_sync_crash.moc"

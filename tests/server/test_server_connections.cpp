#include "HttpClient.h"
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/resource.h>
#include <vector>

// Issue 14, point 1 and point 6's WebSocket part, against the real anticorona-server binary on
// 127.0.0.1 over raw sockets: the server governs its connections. Slow and idle clients cannot
// starve others, a header or a declared body over the limit is refused before it is read, a
// silent half-request and an idle keep-alive connection are closed after their (configured,
// short) deadlines, one address has a connection cap, and a WebSocket upgrade gets exactly one
// answer. One server per test, with the settings the test needs; everything bounded in time.
class TestServerConnections : public QObject
{
    Q_OBJECT

private:
    // What came back on a raw connection: the first answer, and whether the server closed.
    struct RawAnswer
    {
        int status = 0; // 0: no answer
        QByteArray head;
        QByteArray body;
        QByteArray rest; // anything after the first answer
        bool closed = false;

        QString errorCode() const
        {
            return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
        }
    };

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;

    bool startServer(const QByteArray &settings)
    {
        const int index = m_count++;
        const QString database = m_dir.filePath(QStringLiteral("server-%1.db").arg(index));
        const QString config = m_dir.filePath(QStringLiteral("server-%1.ini").arg(index));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(settings);
        file.close();
        m_server = std::make_unique<ServerProcess>(database, config);
        return m_server->start();
    }
    int m_count = 0;

    std::unique_ptr<QTcpSocket> connectRaw()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), quint16(m_server->url().port()));
        if (!socket->waitForConnected(5000))
            return nullptr;
        return socket;
    }

    // Reads until one whole answer (by its Content-Length) has arrived, or the server closed,
    // or `waitMs` passed. With `untilClosed`, goes on reading until the server closes.
    static RawAnswer readAnswer(QTcpSocket *socket, int waitMs = 5000, bool untilClosed = false)
    {
        RawAnswer answer;
        QByteArray bytes;
        QElapsedTimer timer;
        timer.start();
        auto complete = [&] {
            const qsizetype end = bytes.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            const QByteArray head = bytes.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            return bytes.size() >= end + 4 + length;
        };
        while (timer.elapsed() < waitMs) {
            bytes += socket->readAll();
            if (socket->state() != QAbstractSocket::ConnectedState) {
                answer.closed = true;
                break;
            }
            if (!untilClosed && complete())
                break;
            socket->waitForReadyRead(50);
        }
        bytes += socket->readAll();
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        if (!bytes.startsWith("HTTP/1.1 ") || end < 0)
            return answer;
        answer.status = bytes.mid(9, 3).toInt();
        answer.head = bytes.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : answer.head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        answer.body = bytes.mid(end + 4, length);
        answer.rest = bytes.mid(end + 4 + length);
        return answer;
    }

    static qint64 residentKiB(qint64 pid)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
        return -1;
    }

    // User and system time of `pid`, in clock ticks (100 a second).
    static qint64 cpuTicks(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : -1;
    }

    static QByteArray get(const QByteArray &path, const QByteArray &extra = QByteArray())
    {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { m_server.reset(); }

    // The first finding: connections that sent one byte, and connections that sent
    // nothing, held while another client asks. Before, the first counted as in flight
    // (max_in_flight 16 here) and the new client got 503.
    void slowAndIdleClientsDoNotShutOthersOut()
    {
        QVERIFY(startServer("[limits]\nmax_in_flight=16\n"));
        constexpr int kEach = 30; // 61 connections and the client's: within the 64 one address may hold
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 2 * kEach; ++i) {
            std::unique_ptr<QTcpSocket> socket = connectRaw();
            QVERIFY(socket);
            if (i < kEach) {
                socket->write("G");
                QVERIFY(socket->waitForBytesWritten(2000));
            }
            held.push_back(std::move(socket));
        }
        // The server has read the bytes once it answered a request sent after them on another
        // connection; the held ones are still open.
        std::unique_ptr<QTcpSocket> probe = connectRaw();
        QVERIFY(probe);
        QElapsedTimer timer;
        timer.start();
        probe->write(get("/v1/health"));
        const RawAnswer health = readAnswer(probe.get(), 3000);
        QCOMPARE(health.status, 200);
        probe->write(get("/mypage"));
        const RawAnswer page = readAnswer(probe.get(), 3000);
        QCOMPARE(page.status, 200);
        QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()).constData());
        HttpClient http(m_server->url());
        QCOMPARE(http.get(QStringLiteral("/v1/health")).status, 200);
        int open = 0;
        for (const auto &socket : held)
            open += socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        QCOMPARE(open, 2 * kEach); // nothing timed out in this short while
    }

    // One address holds at most max_connections_per_address; the one beyond is closed at once,
    // and a place freed is taken again.
    void oneAddressHasAConnectionCap()
    {
        QVERIFY(startServer("[limits]\nmax_connections_per_address=4\n"));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(connectRaw());
            QVERIFY(held.back());
        }
        held.front()->write(get("/v1/health"));
        QCOMPARE(readAnswer(held.front().get()).status, 200);
        std::unique_ptr<QTcpSocket> beyond = connectRaw();
        QVERIFY(beyond);
        beyond->write(get("/v1/health"));
        const RawAnswer refused = readAnswer(beyond.get(), 3000, true);
        QVERIFY(refused.closed);
        QCOMPARE(refused.status, 0);

        held.back()->disconnectFromHost();
        held.pop_back();
        // Until the server has read the close: a count of attempts ran out on a loaded machine
        // (CI), where refused attempts come back faster than the server reaches the close.
        int status = 0;
        const QDeadlineTimer deadline(10000);
        while (status != 200 && !deadline.hasExpired()) {
            std::unique_ptr<QTcpSocket> again = connectRaw();
            QVERIFY(again);
            again->write(get("/v1/health"));
            status = readAnswer(again.get(), 2000).status;
            if (status != 200)
                QTest::qWait(50);
        }
        QCOMPARE(status, 200);
    }

    // Out of descriptors (the limit lowered under the running server, below its connection cap),
    // accepting pauses instead of spinning on EMFILE (Qt 6.4's QTcpServer retried at once,
    // forever: half a core here, strace full of accept4 = EMFILE), and resumes once
    // connections close.
    void runningOutOfDescriptorsDoesNotSpin()
    {
        QVERIFY(startServer("[limits]\nmax_connections_per_address=1000\n"));
        const pid_t pid = pid_t(m_server->processId());
        const qint64 open = QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::Files).size();
        const rlimit lowered{rlim_t(open + 16), rlim_t(open + 16)};
        QCOMPARE(::prlimit(pid, RLIMIT_NOFILE, &lowered, nullptr), 0);
        std::vector<std::unique_ptr<QTcpSocket>> held;
        // One at a time, as clients come: Qt's accept loop then ends on EAGAIN each time, after
        // which it took EMFILE for a temporary error too. 16 beyond the limit wait in the backlog.
        for (int i = 0; i < 32; ++i) {
            held.push_back(connectRaw());
            QVERIFY(held.back());
            QTest::qWait(5);
        }
        held.front()->write(get("/v1/health"));
        QCOMPARE(readAnswer(held.front().get()).status, 200);
        const qint64 before = cpuTicks(pid);
        QTest::qWait(500);
        const qint64 spent = cpuTicks(pid) - before;
        qInfo() << "server CPU ticks in 500 ms out of descriptors:" << spent;
        QVERIFY2(spent < 15, QByteArray::number(spent).constData()); // spinning takes ~50
        held.erase(held.begin(), held.begin() + 20);
        std::unique_ptr<QTcpSocket> again = connectRaw();
        QVERIFY(again);
        again->write(get("/v1/health"));
        QCOMPARE(readAnswer(again.get(), 5000).status, 200);
    }

    // Bounded memory: a header that never ends is refused once it passes the limit, and the
    // server does not keep what it was sent (before, three 16 MiB headers held 48 MiB).
    void anOversizedHeaderIsRefusedAndNotKept()
    {
        QVERIFY(startServer(QByteArray()));
        const qint64 pid = m_server->processId();
        const qint64 before = residentKiB(pid);
        QVERIFY(before > 0);
        const QByteArray big = get("/v1/health").chopped(2) + "X-Big: " + QByteArray(16 * 1024 * 1024, 'a');
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 3; ++i) {
            sockets.push_back(connectRaw());
            QVERIFY(sockets.back());
            sockets.back()->write(big);
        }
        for (const auto &socket : sockets) {
            const RawAnswer answer = readAnswer(socket.get(), 10000);
            QCOMPARE(answer.status, 431);
            QCOMPARE(answer.errorCode(), QStringLiteral("headers_too_large"));
            QVERIFY(answer.head.contains("Connection: close"));
        }
        const qint64 after = residentKiB(pid);
        qInfo() << "server RSS" << before << "KiB before," << after << "KiB after three 16 MiB headers";
        QVERIFY2(after - before < 8 * 1024, QByteArray::number(after - before).constData());

        // A request line alone over the limit is a target too long.
        std::unique_ptr<QTcpSocket> longTarget = connectRaw();
        QVERIFY(longTarget);
        longTarget->write("GET /" + QByteArray(64 * 1024, 'x'));
        QCOMPARE(readAnswer(longTarget.get()).status, 414);
    }

    // A body declared over the limit is refused from its Content-Length, without waiting for it.
    void aDeclaredOversizedBodyIsRefusedBeforeItIsSent()
    {
        QVERIFY(startServer(QByteArray()));
        std::unique_ptr<QTcpSocket> socket = connectRaw();
        QVERIFY(socket);
        socket->write("POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 104857600\r\n\r\n");
        QElapsedTimer timer;
        timer.start();
        const RawAnswer answer = readAnswer(socket.get(), 3000, true);
        QCOMPARE(answer.status, 413);
        QCOMPARE(answer.errorCode(), QStringLiteral("payload_too_large"));
        QVERIFY(answer.closed);
        QVERIFY2(timer.elapsed() < 2500, QByteArray::number(timer.elapsed()).constData());

        // A desk sends its body without waiting (QNetworkAccessManager does): it still reads the
        // 413 that came while it was sending, and halves its batch (test_sync_engine).
        HttpClient http(m_server->url());
        const HttpReply sent = http.post(QStringLiteral("/v1/events"), QByteArray(6 * 1024 * 1024, ' '));
        QCOMPARE(sent.status, 413);
        QCOMPARE(sent.errorCode(), QStringLiteral("payload_too_large"));
        QCOMPARE(http.get(QStringLiteral("/v1/health")).status, 200);
    }

    // A request body sent in chunks has no Content-Length to check: refused, 411.
    void aChunkedBodyNeedsALength()
    {
        QVERIFY(startServer(QByteArray()));
        std::unique_ptr<QTcpSocket> socket = connectRaw();
        QVERIFY(socket);
        socket->write("POST /v1/devices/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                      "\r\n2\r\n{}\r\n0\r\n\r\n");
        const RawAnswer answer = readAnswer(socket.get(), 3000, true);
        QCOMPARE(answer.status, 411);
        QVERIFY(answer.closed);
    }

    // A silent half-request is answered 408 and closed after the header deadline; an idle
    // keep-alive connection is closed after the idle timeout.
    void deadlinesCloseSilentConnections()
    {
        QVERIFY(startServer(
            "[server]\nheader_timeout_ms=300\nidle_timeout_ms=600\nbody_min_bytes_per_second=1000\n"));
        std::unique_ptr<QTcpSocket> half = connectRaw();
        QVERIFY(half);
        half->write("GET /v1/health HTTP/1.1\r\nHo");
        QElapsedTimer timer;
        timer.start();
        const RawAnswer answer = readAnswer(half.get(), 5000, true);
        QCOMPARE(answer.status, 408);
        QCOMPARE(answer.errorCode(), QStringLiteral("request_timeout"));
        QVERIFY(answer.closed);
        QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 3000,
                 QByteArray::number(timer.elapsed()).constData());

        // A body slower than body_min_bytes_per_second (here 1000: 300 bytes each 300 ms) is 408.
        std::unique_ptr<QTcpSocket> slowBody = connectRaw();
        QVERIFY(slowBody);
        slowBody->write(
            "POST /v1/devices/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10000\r\n\r\n{\"code\"");
        timer.restart();
        const RawAnswer slow = readAnswer(slowBody.get(), 5000, true);
        QCOMPARE(slow.status, 408);
        QVERIFY(slow.closed);
        QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 3000,
                 QByteArray::number(timer.elapsed()).constData());

        std::unique_ptr<QTcpSocket> idle = connectRaw();
        QVERIFY(idle);
        idle->write(get("/v1/health"));
        QCOMPARE(readAnswer(idle.get()).status, 200);
        timer.restart();
        const RawAnswer after = readAnswer(idle.get(), 5000, true);
        QVERIFY(after.closed);
        QCOMPARE(after.status, 0); // closed without an answer: nothing was asked
        QVERIFY2(timer.elapsed() >= 500 && timer.elapsed() < 3000,
                 QByteArray::number(timer.elapsed()).constData());
    }

    // Point 6: one answer per request. Before, an upgrade got the route's answer and another.
    void aWebSocketUpgradeGetsExactlyOneAnswer()
    {
        QVERIFY(startServer(QByteArray()));
        std::unique_ptr<QTcpSocket> socket = connectRaw();
        QVERIFY(socket);
        socket->write(get("/v1/health", "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                        "Sec-WebSocket-Version: 13\r\n"));
        const RawAnswer answer = readAnswer(socket.get(), 3000, true);
        QCOMPARE(answer.status, 501);
        QCOMPARE(answer.errorCode(), QStringLiteral("not_implemented"));
        QVERIFY(answer.closed);
        QVERIFY2(answer.rest.isEmpty(), answer.rest.constData());
    }

    // Pipelined requests are answered one by one, in order; Connection: close ends the
    // connection after its answer, and HTTP/1.0 closes unless it asks to keep alive.
    void pipelinedRequestsAreAnsweredInOrder()
    {
        QVERIFY(startServer(QByteArray()));
        std::unique_ptr<QTcpSocket> socket = connectRaw();
        QVERIFY(socket);
        socket->write(get("/v1/health") + get("/nowhere") + get("/v1/health", "Connection: close\r\n"));
        const RawAnswer first = readAnswer(socket.get(), 3000, true);
        QVERIFY(first.closed);
        QCOMPARE(first.status, 200);
        QVERIFY(first.rest.startsWith("HTTP/1.1 404 "));
        const qsizetype third = first.rest.indexOf("HTTP/1.1 ", 1);
        QVERIFY(third > 0);
        QVERIFY(first.rest.mid(third).startsWith("HTTP/1.1 200 "));
        QVERIFY(first.rest.mid(third).contains("Connection: close"));

        std::unique_ptr<QTcpSocket> old = connectRaw();
        QVERIFY(old);
        old->write("GET /v1/health HTTP/1.0\r\n\r\n");
        const RawAnswer answer = readAnswer(old.get(), 3000, true);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.closed);
    }

    // Malformed requests get one 400 and the connection is closed.
    void malformedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("no host") << QByteArray("GET /v1/health HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET /v1/health HTTP/1.1\nHost: x\n\n") << 400;
        QTest::newRow("space in name") << QByteArray("GET /v1/health HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        QTest::newRow("two lengths") << QByteArray(
                                            "POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n"
                                            "Content-Length: 2\r\n\r\n")
                                     << 400;
        QTest::newRow("HTTP/2") << QByteArray("GET /v1/health HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("absolute") << QByteArray("GET * HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    }

    void malformedRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        if (!m_server && !startServer(QByteArray()))
            QFAIL("no server");
        std::unique_ptr<QTcpSocket> socket = connectRaw();
        QVERIFY(socket);
        socket->write(request);
        const RawAnswer answer = readAnswer(socket.get(), 3000, true);
        QCOMPARE(answer.status, status);
        QVERIFY(answer.closed);
        QVERIFY(answer.rest.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerConnections)
#include "test_server_connections.moc"

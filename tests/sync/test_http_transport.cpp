#include "ServerProcess.h"
#include "sync/HttpTransport.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>

using namespace std::chrono_literals;

namespace {
// A loopback server on its own thread (HttpTransport blocks the test's thread): once a request's
// headers have arrived it answers with canned bytes, closes the connection, or stays silent.
class CannedServer final : public QThread
{
public:
    // AnswerAndStall: the canned bytes, then the connection stays open and silent.
    enum class Mode { Answer, AnswerAndStall, Close, Silent };

    explicit CannedServer(Mode mode, const QByteArray &answer = QByteArray())
        : m_mode(mode)
        , m_answer(answer)
    {
        start();
        m_ready.acquire();
    }
    ~CannedServer() override
    {
        quit();
        wait();
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port.load())); }
    // The last request's bytes as they arrived, headers and body.
    QByteArray lastRequest() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_lastRequest;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray seen = socket->property("seen").toByteArray() + socket->readAll();
                    socket->setProperty("seen", seen);
                    const qsizetype end = seen.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qint64 length = 0;
                    for (const QByteArray &line : seen.left(end).toLower().split('\n')) {
                        if (line.startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (seen.size() < end + 4 + length)
                        return;
                    {
                        const QMutexLocker lock(&m_mutex);
                        m_lastRequest = seen;
                    }
                    if (m_mode == Mode::Answer) {
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    } else if (m_mode == Mode::AnswerAndStall) {
                        socket->write(m_answer);
                    } else if (m_mode == Mode::Close) {
                        socket->close();
                    }
                });
            }
        });
        m_ready.release();
        exec();
    }

private:
    Mode m_mode;
    QByteArray m_answer;
    std::atomic<quint16> m_port = 0;
    QSemaphore m_ready;
    mutable QMutex m_mutex;
    QByteArray m_lastRequest;
};

TransportRequest get(const QString &path)
{
    return {"GET", path, {}, {}};
}

QByteArray answer(const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + statusLine +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n" + headers + "\r\n" + body;
}
} // namespace

// HttpTransport against the real anticorona-server and against sockets that misbehave: every
// HTTP status is an answer, every failure to get one is classified, and nothing hangs.
class TestHttpTransport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(QStringLiteral("server.sqlite")));
        QVERIFY2(m_server->start(), m_server->serveOutput().constData());
    }

    void healthIsAnsweredWithItsBody()
    {
        HttpTransport transport(m_server->url());
        const TransportReply reply = transport.exchange(get(QStringLiteral("/v1/health")));
        QVERIFY2(reply.answered(), qPrintable(reply.errorText));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("\"status\":\"ok\""));
        QCOMPARE(reply.retryAfterSeconds, -1);
    }

    void aBadTokenIsAnAnswer()
    {
        HttpTransport transport(m_server->url());
        const TransportReply reply =
            transport.exchange({"POST", QStringLiteral("/v1/events"), QByteArray("{\"events\":[]}"),
                                QStringLiteral("not-a-token")});
        QVERIFY2(reply.answered(), qPrintable(reply.errorText));
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.body.contains("\"unauthorized\""));
        QVERIFY(reply.body.contains("The token is not valid.")); // the header was sent
    }

    void aPathPrefixAndATrailingSlashAreKept()
    {
        // The server has no /api prefix: the 404 shows the prefix was sent.
        HttpTransport transport(m_server->url().resolved(QUrl(QStringLiteral("/api/"))));
        const TransportReply reply = transport.exchange(get(QStringLiteral("/v1/health")));
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.body.contains("/api/v1/health"));
    }

    void refusedConnection()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        HttpTransport transport(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const TransportReply reply = transport.exchange(get(QStringLiteral("/v1/health")));
        QCOMPARE(reply.failure, TransportReply::Failure::Refused);
        QVERIFY(!reply.answered());
        QVERIFY(!reply.errorText.isEmpty());
    }

    void unknownHost()
    {
        HttpTransport transport(QUrl(QStringLiteral("http://no-such-server.invalid:8080")));
        const TransportReply reply = transport.exchange(get(QStringLiteral("/v1/health")));
        QCOMPARE(reply.failure, TransportReply::Failure::HostNotFound);
    }

    void silentServerTimesOut()
    {
        CannedServer silent(CannedServer::Mode::Silent);
        HttpTransport transport(silent.url());
        transport.setTimeout(300ms);
        QElapsedTimer elapsed;
        elapsed.start();
        const TransportReply reply = transport.exchange(get(QStringLiteral("/v1/health")));
        QCOMPARE(reply.failure, TransportReply::Failure::Timeout);
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    }

    void closedWithoutAnAnswerIsUnreachable()
    {
        CannedServer closing(CannedServer::Mode::Close);
        HttpTransport transport(closing.url());
        transport.setTimeout(2s);
        const TransportReply reply = transport.exchange(get(QStringLiteral("/v1/health")));
        QCOMPARE(reply.failure, TransportReply::Failure::Unreachable);
    }

    // A status line and headers are not an answer yet: a body cut off by the peer or by the
    // transfer timeout is no answer, never a short body read as the server's word.
    void aBodyCutOffIsNoAnswer()
    {
        const QByteArray cut = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                               "100\r\nConnection: close\r\n\r\n{\"results\":[";
        {
            CannedServer closing(CannedServer::Mode::Answer, cut);
            HttpTransport transport(closing.url());
            transport.setTimeout(2s);
            const TransportReply reply = transport.exchange(get(QStringLiteral("/v1/health")));
            QVERIFY2(!reply.answered(), reply.body.constData());
            QCOMPARE(reply.failure, TransportReply::Failure::Unreachable);
            QCOMPARE(reply.status, 0);
            QVERIFY(reply.body.isEmpty());
        }
        {
            CannedServer stalling(CannedServer::Mode::AnswerAndStall, cut);
            HttpTransport transport(stalling.url());
            transport.setTimeout(300ms);
            const TransportReply reply = transport.exchange(get(QStringLiteral("/v1/health")));
            QVERIFY2(!reply.answered(), reply.body.constData());
            QCOMPARE(reply.failure, TransportReply::Failure::Timeout);
            QVERIFY(reply.body.isEmpty());
        }
    }

    void overloadedAnswerCarriesRetryAfter()
    {
        const QByteArray body = "{\"error\":\"overloaded\",\"message\":\"busy\"}";
        CannedServer busy(CannedServer::Mode::Answer,
                          answer("503 Service Unavailable", "Retry-After: 7\r\n", body));
        HttpTransport transport(busy.url());
        const TransportReply reply = transport.exchange(get(QStringLiteral("/v1/health")));
        QVERIFY2(reply.answered(), qPrintable(reply.errorText));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.retryAfterSeconds, 7);
        QCOMPARE(reply.body, body);
    }

    void postCarriesTheTokenAndJson()
    {
        CannedServer server(CannedServer::Mode::Answer, answer("200 OK", {}, "{}"));
        HttpTransport transport(server.url());
        const QByteArray body = "{\"events\":[]}";
        const TransportReply reply =
            transport.exchange({"POST", QStringLiteral("/v1/events"), body, QStringLiteral("t0k3n")});
        QCOMPARE(reply.status, 200);
        const QByteArray request = server.lastRequest();
        QVERIFY2(request.startsWith("POST /v1/events HTTP/1.1\r\n"), request.constData());
        QVERIFY2(request.contains("\r\nAuthorization: Bearer t0k3n\r\n"), request.constData());
        QVERIFY2(request.toLower().contains("\r\ncontent-type: application/json\r\n"), request.constData());
        QVERIFY(request.endsWith("\r\n\r\n" + body));

        // No token, no Authorization header (health and enroll).
        transport.exchange(get(QStringLiteral("/v1/health?x=1")));
        QVERIFY(server.lastRequest().startsWith("GET /v1/health?x=1 HTTP/1.1\r\n"));
        QVERIFY(!server.lastRequest().toLower().contains("authorization:"));
    }

    void retryAfterOnlyInSeconds()
    {
        QCOMPARE(HttpTransport::parseRetryAfter(" 12 "), 12);
        QCOMPARE(HttpTransport::parseRetryAfter("0"), 0);
        QCOMPARE(HttpTransport::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), -1);
        QCOMPARE(HttpTransport::parseRetryAfter("-3"), -1);
        QCOMPARE(HttpTransport::parseRetryAfter(""), -1);
    }

    void oversizedAnswerIsRefused()
    {
        CannedServer big(CannedServer::Mode::Answer, answer("200 OK", {}, QByteArray(4096, 'x')));
        HttpTransport transport(big.url());
        transport.setBodyLimit(1024);
        const TransportReply reply = transport.exchange(get(QStringLiteral("/v1/health")));
        QCOMPARE(reply.failure, TransportReply::Failure::Other);
        QVERIFY(reply.body.isEmpty());
    }

    void onlyHttpAndHttpsAddresses()
    {
        HttpTransport transport(QUrl(QStringLiteral("ftp://x")));
        QVERIFY(transport.baseUrl().isEmpty());
        QVERIFY2(transport.baseUrlError().contains(QStringLiteral("http://")),
                 qPrintable(transport.baseUrlError()));
        const TransportReply reply = transport.exchange(get(QStringLiteral("/v1/health")));
        QCOMPARE(reply.failure, TransportReply::Failure::Other);
        QCOMPARE(reply.errorText, transport.baseUrlError());

        QVERIFY(!transport.setBaseUrl(QUrl(QStringLiteral("server.example:8080/x"))));
        QVERIFY(!transport.setBaseUrl(QUrl(QStringLiteral("http://"))));
        QVERIFY(!transport.setBaseUrl(QUrl()));
        QVERIFY(transport.setBaseUrl(QUrl(QStringLiteral("HTTPS://server.example"))));
        QVERIFY(transport.baseUrlError().isEmpty());
    }

    void cleanupTestCase() { QCOMPARE(m_server->stop(SIGTERM), 0); }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "test_http_transport.moc"

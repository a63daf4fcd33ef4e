#include "HttpClient.h"
#include "ServerProcess.h"

#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Overload shedding against the real anticorona-server binary, with [limits] max_in_flight=2:
// requests held open (their bodies half sent) count as in flight, a request beyond the limit
// gets 503 with Retry-After and the JSON error body, and the server serves again as soon as
// the held requests are answered. No sleeps: each step waits for an answer.
class TestServerOverload : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;

    // A request whose headers promise more body than is sent: the server holds it open.
    std::unique_ptr<QTcpSocket> holdRequest()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(m_server->url().host(), quint16(m_server->url().port()));
        if (!socket->waitForConnected(5000))
            return nullptr;
        socket->write("POST /v1/devices/enroll HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                      "application/json\r\nContent-Length: 20\r\n\r\n{\"code\":");
        if (!socket->waitForBytesWritten(5000))
            return nullptr;
        return socket;
    }

    static QByteArray readAnswer(QTcpSocket *socket)
    {
        QByteArray answer;
        while (!answer.contains("\r\n\r\n{") || !answer.endsWith('}')) {
            if (!socket->waitForReadyRead(10000))
                break;
            answer += socket->readAll();
        }
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString config = m_dir.filePath(QStringLiteral("server.ini"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[limits]\nmax_in_flight=2\n");
        file.close();
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(QStringLiteral("server.db")), config);
        QVERIFY2(m_server->start(), m_server->serveOutput().constData());
    }

    void requestsBeyondTheLimitGet503UntilHeldOnesAreAnswered()
    {
        HttpClient http(m_server->url());
        QCOMPARE(http.get(QStringLiteral("/v1/health")).status, 200);

        std::unique_ptr<QTcpSocket> first = holdRequest();
        std::unique_ptr<QTcpSocket> second = holdRequest();
        QVERIFY(first && second);
        // The held requests count once the server's event loop has read their first bytes, which
        // may come after a request sent later on another connection: ask until the limit shows,
        // a bounded number of times (each asking is a full round trip, no sleeping).
        HttpReply shed;
        for (int attempt = 0; attempt < 50 && shed.status != 503; ++attempt)
            shed = http.get(QStringLiteral("/v1/health"));
        QCOMPARE(shed.status, 503);
        QCOMPARE(shed.header("retry-after"), QByteArray("1"));
        QCOMPARE(shed.header("content-type"), QByteArray("application/json"));
        QCOMPARE(shed.errorCode(), QStringLiteral("overloaded"));
        QVERIFY(!shed.json().value(QStringLiteral("message")).toString().isEmpty());

        // The first held request completes and is answered: two in flight with the next one.
        first->write("\"x\"}        "); // the 12 bytes still owed
        const QByteArray answer = readAnswer(first.get());
        QVERIFY2(answer.startsWith("HTTP/1.1 4"), answer.constData()); // a code nobody made
        QCOMPARE(http.get(QStringLiteral("/v1/health")).status, 200);

        // A held request whose client goes away stops counting as well.
        second->abort();
        std::unique_ptr<QTcpSocket> third = holdRequest();
        QVERIFY(third);
        int status = 0;
        for (int attempt = 0; attempt < 50 && status != 200; ++attempt) // until it noticed the abort
            status = http.get(QStringLiteral("/v1/health")).status;
        QCOMPARE(status, 200);
        QVERIFY(m_server->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestServerOverload)
#include "test_server_overload.moc"

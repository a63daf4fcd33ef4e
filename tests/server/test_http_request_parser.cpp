#include "server/http/HttpRequestParser.h"

#include <QTest>

// HttpRequestParser on its own: strict HTTP/1.1, each refusal with its status, memory bounded by
// the limits, and the same requests whether bytes come at once or one by one.
class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private:
    static constexpr HttpRequestParser::Limits kLimits{256, 8, 1024};
    using Failure = HttpRequestParser::Failure;
    using Status = HttpRequestParser::Status;

    // Feeds `bytes` in pieces of `piece`; answers the parser's state after the first request.
    static Status parseOne(HttpRequestParser *parser, const QByteArray &bytes, qsizetype piece,
                           qsizetype *consumed = nullptr)
    {
        qsizetype offset = 0;
        while (offset < bytes.size() && parser->status() == Status::NeedMore) {
            const QByteArrayView chunk =
                QByteArrayView(bytes).sliced(offset, std::min(piece, bytes.size() - offset));
            offset += parser->feed(chunk);
        }
        if (consumed)
            *consumed = offset;
        return parser->status();
    }

private Q_SLOTS:
    void readsARequestWholeOrByteByByte_data()
    {
        QTest::addColumn<qsizetype>("piece");
        QTest::newRow("whole") << qsizetype(4096);
        QTest::newRow("byte by byte") << qsizetype(1);
        QTest::newRow("seven") << qsizetype(7);
    }

    void readsARequestWholeOrByteByByte()
    {
        QFETCH(qsizetype, piece);
        const QByteArray first = "\r\nPOST /v1/events?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n"
                                 "Authorization: Bearer t \r\nExpect: 100-continue\r\n\r\nbody";
        const QByteArray second = "GET /v1/health HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";
        HttpRequestParser parser(kLimits);
        qsizetype consumed = 0;
        QCOMPARE(parseOne(&parser, first + second, piece, &consumed), Status::Complete);
        QCOMPARE(consumed, first.size()); // the pipelined request is left for later
        QCOMPARE(parser.request().method, QByteArray("POST"));
        QCOMPARE(parser.request().target, QByteArray("/v1/events?x=1"));
        QCOMPARE(parser.request().body, QByteArray("body"));
        QCOMPARE(parser.request().header("authorization"), QByteArray("Bearer t"));
        QVERIFY(parser.request().expectContinue);
        QVERIFY(parser.request().keepAlive);
        parser.reset();
        QCOMPARE(parseOne(&parser, second, piece), Status::Complete);
        QVERIFY(!parser.request().keepAlive);
        QCOMPARE(parser.request().body, QByteArray());
    }

    void http10KeepsAliveOnlyWhenAsked()
    {
        HttpRequestParser parser(kLimits);
        QCOMPARE(parseOne(&parser, "GET / HTTP/1.0\r\n\r\n", 100), Status::Complete);
        QVERIFY(!parser.request().keepAlive);
        parser.reset();
        QCOMPARE(parseOne(&parser, "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", 100),
                 Status::Complete);
        QVERIFY(parser.request().keepAlive);
        QCOMPARE(parser.request().minorVersion, 0);
    }

    // RFC 9110 10.1.1: an HTTP/1.0 request's Expect is ignored, and no 1xx goes to a 1.0 client.
    void expectContinueOnlyFromHttp11()
    {
        HttpRequestParser parser(kLimits);
        QCOMPARE(parseOne(&parser,
                          "POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n",
                          100),
                 Status::NeedMore);
        QVERIFY(parser.request().expectContinue);
        parser.reset();
        QCOMPARE(
            parseOne(&parser, "POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n", 100),
            Status::NeedMore);
        QVERIFY(!parser.request().expectContinue);
    }

    void marksAWebSocketUpgrade()
    {
        HttpRequestParser parser(kLimits);
        QCOMPARE(parseOne(&parser,
                          "GET / HTTP/1.1\r\nHost: a\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n\r\n",
                          100),
                 Status::Complete);
        QVERIFY(parser.request().webSocketUpgrade);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: a") << 400;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\rHost: a") << 400;
        QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("blank before colon") << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400;
        QTest::newRow("control in value") << QByteArray("GET / HTTP/1.1\r\nHost: a\x01\r\n\r\n") << 400;
        QTest::newRow("absolute form") << QByteArray("GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("length list") << QByteArray(
                                            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1, 1\r\n\r\n")
                                     << 400;
        QTest::newRow("signed length")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray(
                                        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 411;
        QTest::newRow("empty transfer coding")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: \r\nContent-Length: 0\r\n\r\n")
            << 501;
        QTest::newRow("gzip") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n")
                              << 501;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("body over the limit")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1025\r\n\r\n") << 413;
        QTest::newRow("head over the limit")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(300, 'x')) << 431;
        QTest::newRow("request line over the limit") << QByteArray("GET /" + QByteArray(300, 'x')) << 414;
        QByteArray many = "GET / HTTP/1.1\r\nHost: a\r\n";
        for (int i = 0; i < 8; ++i)
            many += "X: y\r\n";
        QTest::newRow("too many headers") << QByteArray(many + "\r\n") << 431;
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        for (const qsizetype piece : {qsizetype(1), qsizetype(1000)}) {
            HttpRequestParser parser(kLimits);
            QCOMPARE(parseOne(&parser, bytes, piece), Status::Failed);
            QCOMPARE(HttpRequestParser::statusCode(parser.failure()), status);
        }
    }

    void aHeadExactlyAtTheLimitIsRead()
    {
        QByteArray head = "GET / HTTP/1.1\r\nHost: a\r\nX: ";
        head += QByteArray(kLimits.headBytes - head.size() - 4, 'x') + "\r\n\r\n";
        QCOMPARE(head.size(), kLimits.headBytes);
        HttpRequestParser parser(kLimits);
        QCOMPARE(parseOne(&parser, head, 1), Status::Complete);
        HttpRequestParser over(kLimits);
        QCOMPARE(parseOne(&over, head.insert(20, 'x'), 1), Status::Failed);
        QCOMPARE(over.failure(), Failure::HeadTooLarge);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "test_http_request_parser.moc"

#include "FaultyTransport.h"

#include <QTest>

namespace {
// Answers every request 200 with the number of the call as its body, and remembers the paths.
class CountingTransport final : public SyncTransport
{
public:
    TransportReply exchange(const TransportRequest &request) override
    {
        paths << request.path;
        TransportReply reply;
        reply.status = 200;
        reply.body = QByteArray::number(paths.size());
        return reply;
    }

    QStringList paths;
};

TransportRequest get(const QString &path)
{
    return {"GET", path, {}, QStringLiteral("token")};
}
} // namespace

// Each fault does what FaultyTransport says, to the inner transport and to the caller; the same
// seed makes the same history.
class TestFaultyTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesThroughWithoutAFault()
    {
        CountingTransport inner;
        FaultyTransport faulty(&inner);
        const TransportReply reply = faulty.exchange(get(QStringLiteral("/a")));
        QVERIFY(reply.answered());
        QCOMPARE(reply.status, 200);
        QCOMPARE(inner.paths, QStringList{QStringLiteral("/a")});
        QCOMPARE(faulty.logLines(), QStringList{QStringLiteral("#1 GET /a pass inner=1 -> 200")});
    }

    void droppedRequestNeverReachesTheServer()
    {
        CountingTransport inner;
        FaultyTransport faulty(&inner);
        faulty.script(Fault::DropRequest);
        const TransportReply reply = faulty.exchange(get(QStringLiteral("/a")));
        QCOMPARE(reply.failure, TransportReply::Failure::Unreachable);
        QVERIFY(inner.paths.isEmpty());
    }

    void droppedAnswerWasAppliedButTimesOut()
    {
        CountingTransport inner;
        FaultyTransport faulty(&inner);
        faulty.script(Fault::DropAnswer);
        const TransportReply reply = faulty.exchange(get(QStringLiteral("/a")));
        QCOMPARE(reply.failure, TransportReply::Failure::Timeout);
        QCOMPARE(inner.paths.size(), 1);
    }

    void duplicateReachesTheServerTwiceAndAnswersTheSecond()
    {
        CountingTransport inner;
        FaultyTransport faulty(&inner);
        faulty.script(Fault::Duplicate);
        const TransportReply reply = faulty.exchange(get(QStringLiteral("/a")));
        QVERIFY(reply.answered());
        QCOMPARE(reply.body, QByteArray("2"));
        QCOMPARE(inner.paths, (QStringList{QStringLiteral("/a"), QStringLiteral("/a")}));
    }

    void delayedRequestArrivesAfterTheNextOne()
    {
        CountingTransport inner;
        FaultyTransport faulty(&inner);
        faulty.script(Fault::Delay, 1);
        QCOMPARE(faulty.exchange(get(QStringLiteral("/a"))).failure, TransportReply::Failure::Timeout);
        QVERIFY(inner.paths.isEmpty());
        QCOMPARE(faulty.heldCount(), 1);
        const TransportReply second = faulty.exchange(get(QStringLiteral("/b")));
        QVERIFY(second.answered());
        QCOMPARE(second.body, QByteArray("1")); // its own answer, not the held one's
        QCOMPARE(inner.paths, (QStringList{QStringLiteral("/b"), QStringLiteral("/a")}));
        QCOMPARE(faulty.heldCount(), 0);
        QCOMPARE(faulty.log().at(1).released, QList<int>{1});
    }

    void delayCanHoldForSeveralExchanges()
    {
        CountingTransport inner;
        FaultyTransport faulty(&inner);
        faulty.script(Fault::Delay, 2);
        faulty.exchange(get(QStringLiteral("/a")));
        faulty.exchange(get(QStringLiteral("/b")));
        QCOMPARE(inner.paths, QStringList{QStringLiteral("/b")});
        faulty.exchange(get(QStringLiteral("/c")));
        QCOMPARE(inner.paths,
                 (QStringList{QStringLiteral("/b"), QStringLiteral("/c"), QStringLiteral("/a")}));
    }

    void heldRequestsCanBeReleasedAtOnce()
    {
        CountingTransport inner;
        FaultyTransport faulty(&inner);
        faulty.script({{Fault::Delay, 5}, {Fault::Delay, 5}});
        faulty.exchange(get(QStringLiteral("/a")));
        faulty.exchange(get(QStringLiteral("/b")));
        QCOMPARE(faulty.releaseHeld(), 2);
        QCOMPARE(inner.paths, (QStringList{QStringLiteral("/a"), QStringLiteral("/b")}));
        QCOMPARE(faulty.heldCount(), 0);
    }

    void overloadedAnswers503WithRetryAfterWithoutTheServer()
    {
        CountingTransport inner;
        FaultyTransport faulty(&inner);
        faulty.script(Fault::Overloaded, 7);
        const TransportReply reply = faulty.exchange(get(QStringLiteral("/a")));
        QVERIFY(reply.answered());
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.retryAfterSeconds, 7);
        QVERIFY(reply.body.contains("\"overloaded\""));
        QVERIFY(inner.paths.isEmpty());
    }

    void hangTimesOutWithoutTheServer()
    {
        CountingTransport inner;
        FaultyTransport faulty(&inner);
        faulty.script(Fault::Hang);
        QCOMPARE(faulty.exchange(get(QStringLiteral("/a"))).failure, TransportReply::Failure::Timeout);
        QVERIFY(inner.paths.isEmpty());
    }

    void scriptComesBeforeTheSeed()
    {
        CountingTransport inner;
        FaultyTransport faulty(&inner);
        faulty.seed(1, FaultRates{.dropRequest = 1.0});
        faulty.script(Fault::None);
        QVERIFY(faulty.exchange(get(QStringLiteral("/a"))).answered());
        QCOMPARE(faulty.exchange(get(QStringLiteral("/b"))).failure, TransportReply::Failure::Unreachable);
    }

    void sameSeedMakesTheSameHistory()
    {
        const FaultRates rates{.dropRequest = 0.1,
                               .dropAnswer = 0.1,
                               .duplicate = 0.1,
                               .delay = 0.1,
                               .overloaded = 0.1,
                               .hang = 0.1};
        const auto history = [&](quint32 seed) {
            CountingTransport inner;
            FaultyTransport faulty(&inner);
            faulty.seed(seed, rates);
            for (int i = 0; i < 200; ++i)
                faulty.exchange(get(QStringLiteral("/r%1").arg(i)));
            return std::make_pair(faulty.logLines(), inner.paths);
        };
        const auto first = history(42);
        QCOMPARE(first, history(42));
        QVERIFY(first.first != history(43).first);
        // Every kind of fault turned up in 200 requests at these rates.
        for (const QString &name :
             {QStringLiteral(" pass "), QStringLiteral(" drop-request "), QStringLiteral(" drop-answer "),
              QStringLiteral(" duplicate "), QStringLiteral(" delay("), QStringLiteral(" overloaded("),
              QStringLiteral(" hang ")})
            QVERIFY2(first.first.join(QLatin1Char('\n')).contains(name), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestFaultyTransport)
#include "test_faulty_transport.moc"

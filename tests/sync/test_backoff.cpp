#include "sync/Backoff.h"

#include <QTest>

// Full jitter: every delay within [0, min(cap, base * 2^attempt)], reproducible from its seed.
class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void ceilingDoublesUpToTheCap()
    {
        Backoff backoff(1, 1000, 5 * 60 * 1000);
        const QList<qint64> expected = {1000,  2000,   4000,   8000,   16000, 32000,
                                        64000, 128000, 256000, 300000, 300000};
        for (qint64 ceiling : expected) {
            QCOMPARE(backoff.ceilingMs(), ceiling);
            backoff.nextDelayMs();
        }
    }

    void delaysStayWithinTheJitterBoundsOverManyDraws()
    {
        for (quint32 seed = 0; seed < 200; ++seed) {
            Backoff backoff(seed, 1000, 60000);
            for (int i = 0; i < 20; ++i) {
                const qint64 ceiling = backoff.ceilingMs();
                const qint64 delay = backoff.nextDelayMs();
                QVERIFY2(delay >= 0 && delay <= ceiling, qPrintable(QString::number(delay)));
            }
        }
    }

    void drawsSpreadOverTheWholeRange()
    {
        // Full jitter, not "half" or "equal" jitter: the low and the high end are both reached.
        Backoff backoff(7, 1000, 1000);
        qint64 low = 1000, high = 0;
        double sum = 0;
        const int draws = 10000;
        for (int i = 0; i < draws; ++i) {
            const qint64 delay = backoff.nextDelayMs();
            low = std::min(low, delay);
            high = std::max(high, delay);
            sum += double(delay);
        }
        QVERIFY(low < 20);
        QVERIFY(high > 980);
        QVERIFY(qAbs(sum / draws - 500.0) < 25.0);
    }

    void theSameSeedGivesTheSameSequence()
    {
        Backoff first(42), second(42), other(43);
        QList<qint64> a, b, c;
        for (int i = 0; i < 12; ++i) {
            a.append(first.nextDelayMs());
            b.append(second.nextDelayMs());
            c.append(other.nextDelayMs());
        }
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void resetStartsAgainFromTheBase()
    {
        Backoff backoff(3, 1000, 60000);
        for (int i = 0; i < 4; ++i)
            backoff.nextDelayMs();
        QCOMPARE(backoff.attempt(), 4);
        QCOMPARE(backoff.ceilingMs(), 16000);
        backoff.reset();
        QCOMPARE(backoff.attempt(), 0);
        QCOMPARE(backoff.ceilingMs(), 1000);
        QVERIFY(backoff.nextDelayMs() <= 1000);
    }

    void retryAfterIsAFloor()
    {
        for (quint32 seed = 0; seed < 50; ++seed) {
            Backoff backoff(seed, 1000, 300000);
            QVERIFY(backoff.nextDelayMs(120) >= 120000);
        }
        // A Retry-After shorter than the draw does not shorten it: only a floor.
        Backoff a(9, 60000, 60000), b(9, 60000, 60000);
        const qint64 plain = a.nextDelayMs();
        QCOMPARE(b.nextDelayMs(0), plain);
    }

    void anAbsurdRetryAfterIsBounded()
    {
        Backoff backoff(1);
        QCOMPARE(backoff.nextDelayMs(std::numeric_limits<int>::max()), Backoff::maxRetryAfterMs);
    }

    void attemptsStopGrowingAtTheCapSoNothingOverflows()
    {
        Backoff backoff(5, 1, std::numeric_limits<qint64>::max() / 4);
        for (int i = 0; i < 500; ++i)
            QVERIFY(backoff.nextDelayMs() >= 0);
        QCOMPARE(backoff.ceilingMs(), std::numeric_limits<qint64>::max() / 4);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "test_backoff.moc"

#include "common/FixedClock.h"
#include "sync/CircuitBreaker.h"

#include <QTest>

// Every transition of the breaker on a clock the test sets: no timers, no sleeps.
class TestCircuitBreaker : public QObject
{
    Q_OBJECT

    using State = CircuitBreaker::State;
    const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(10, 42));

    static qint64 openMs(const CircuitBreaker &breaker, const FixedClock &clock)
    {
        return clock.now().msecsTo(breaker.openUntil());
    }

    // Fails until the breaker opens (threshold failures), from closed.
    static void failUntilOpen(CircuitBreaker &breaker, int threshold)
    {
        for (int i = 0; i < threshold; ++i) {
            QVERIFY(breaker.allowRequest());
            breaker.recordFailure();
        }
    }

private slots:
    void closedLetsRequestsThroughAndCountsFailures()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(1), 5);
        QCOMPARE(breaker.state(), State::Closed);
        QVERIFY(breaker.offlineSince().isNull());
        for (int i = 0; i < 4; ++i) {
            QVERIFY(breaker.allowRequest());
            breaker.recordFailure();
            clock.advanceSecs(1);
        }
        QCOMPARE(breaker.state(), State::Closed);
        QCOMPARE(breaker.consecutiveFailures(), 4);
        QCOMPARE(breaker.offlineSince(), start);
        QVERIFY(breaker.openUntil().isNull());
    }

    void aSuccessInClosedStartsTheCountAgain()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(1), 3);
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordSuccess();
        QCOMPARE(breaker.consecutiveFailures(), 0);
        QVERIFY(breaker.offlineSince().isNull());
        breaker.recordFailure();
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Closed);
    }

    void opensAfterTheThresholdOfConsecutiveFailures()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(1, 1000, 300000), 5);
        failUntilOpen(breaker, 5);
        QCOMPARE(breaker.state(), State::Open);
        QVERIFY(!breaker.allowRequest());
        const qint64 ms = openMs(breaker, clock);
        QVERIFY(ms >= 0 && ms <= 1000);
        QCOMPARE(breaker.offlineSince(), start);
    }

    void openRefusesUntilThePeriodEndsThenLetsExactlyOneProbe()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(11, 60000, 60000), 1);
        failUntilOpen(breaker, 1);
        const QDateTime until = breaker.openUntil();
        QVERIFY(until > clock.now()); // 0 ms is possible in general, not with this seed
        clock.set(until.addMSecs(-1));
        QVERIFY(!breaker.allowRequest());
        QCOMPARE(breaker.state(), State::Open);
        clock.set(until);
        QVERIFY(breaker.allowRequest());
        QCOMPARE(breaker.state(), State::HalfOpen);
        QVERIFY(!breaker.allowRequest());
        QVERIFY(!breaker.allowRequest());
        QVERIFY(breaker.openUntil().isNull());
    }

    void aSuccessfulProbeClosesAndResetsTheBackoff()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(1, 1000, 300000), 2);
        failUntilOpen(breaker, 2);
        QCOMPARE(breaker.backoff().attempt(), 1);
        clock.advanceSecs(2);
        QVERIFY(breaker.allowRequest());
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), State::Closed);
        QCOMPARE(breaker.backoff().attempt(), 0);
        QCOMPARE(breaker.consecutiveFailures(), 0);
        QVERIFY(breaker.offlineSince().isNull());
        QVERIFY(breaker.allowRequest());
        QVERIFY(breaker.allowRequest());
    }

    void aFailedProbeOpensAgainWithALongerCeiling()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(1, 1000, 300000), 1);
        failUntilOpen(breaker, 1);
        qint64 ceiling = 1000;
        for (int round = 0; round < 12; ++round) {
            QCOMPARE(breaker.state(), State::Open);
            QVERIFY(openMs(breaker, clock) <= ceiling);
            clock.set(breaker.openUntil());
            QVERIFY(breaker.allowRequest());
            QCOMPARE(breaker.state(), State::HalfOpen);
            breaker.recordFailure();
            ceiling = std::min<qint64>(ceiling * 2, 300000);
            QCOMPARE(breaker.backoff().ceilingMs() >= ceiling, true);
        }
        QCOMPARE(breaker.state(), State::Open);
        // Still offline since the very first failure.
        QCOMPARE(breaker.offlineSince(), start);
    }

    void a503OpensAtOnceWithoutRetryAfter()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(1), 5);
        QVERIFY(breaker.allowRequest());
        breaker.recordOverload();
        QCOMPARE(breaker.state(), State::Open);
        QCOMPARE(breaker.offlineSince(), start);
    }

    void a503HonoursItsRetryAfter()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(1, 1000, 300000), 5);
        QVERIFY(breaker.allowRequest());
        breaker.recordOverload(120);
        QCOMPARE(breaker.state(), State::Open);
        QVERIFY(openMs(breaker, clock) >= 120000);
        clock.advanceSecs(119);
        QVERIFY(!breaker.allowRequest());
        clock.set(breaker.openUntil());
        QVERIFY(breaker.allowRequest());
        QCOMPARE(breaker.state(), State::HalfOpen);
    }

    void aLongerRetryAfterWhileOpenExtendsThePeriodAndAShorterOneDoesNotShortenIt()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(1, 1000, 300000), 5);
        breaker.recordOverload(60);
        const QDateTime until = breaker.openUntil();
        breaker.recordOverload(10);
        QCOMPARE(breaker.openUntil(), until);
        breaker.recordOverload(600);
        QCOMPARE(breaker.openUntil(), start.addSecs(600));
    }

    void a503DuringTheProbeOpensAgainForItsRetryAfter()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(1, 1000, 300000), 1);
        failUntilOpen(breaker, 1);
        clock.set(breaker.openUntil());
        QVERIFY(breaker.allowRequest());
        breaker.recordOverload(300);
        QCOMPARE(breaker.state(), State::Open);
        QVERIFY(openMs(breaker, clock) >= 300000);
    }

    void aClockSetBackDoesNotKeepItOpenForEver()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(1, 1000, 300000), 1);
        breaker.recordOverload(3600);
        QVERIFY(!breaker.allowRequest());
        // Someone corrects the desk's clock by a day: the hour-long wait would become 25 hours.
        clock.advanceDays(-1);
        QVERIFY(breaker.allowRequest());
        QCOMPARE(breaker.state(), State::HalfOpen);
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), State::Closed);
    }

    void aClockSetForwardEndsThePeriod()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(1), 1);
        breaker.recordOverload(3600);
        clock.advanceDays(1);
        QVERIFY(breaker.allowRequest());
        QCOMPARE(breaker.state(), State::HalfOpen);
    }

    void theSameSeedOpensForTheSamePeriods()
    {
        QList<qint64> periods[2];
        for (auto &list : periods) {
            FixedClock clock(start);
            CircuitBreaker breaker(&clock, Backoff(1234, 1000, 300000), 1);
            failUntilOpen(breaker, 1);
            for (int i = 0; i < 10; ++i) {
                list.append(openMs(breaker, clock));
                clock.set(breaker.openUntil());
                QVERIFY(breaker.allowRequest());
                breaker.recordFailure();
            }
        }
        QCOMPARE(periods[0], periods[1]);
    }

    void aLateFailureWhileOpenDoesNotMoveThePeriod()
    {
        FixedClock clock(start);
        CircuitBreaker breaker(&clock, Backoff(1), 1);
        breaker.recordOverload(60);
        const QDateTime until = breaker.openUntil();
        breaker.recordFailure();
        QCOMPARE(breaker.openUntil(), until);
        QCOMPARE(breaker.state(), State::Open);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "test_circuit_breaker.moc"

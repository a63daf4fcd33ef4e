#include "common/FixedClock.h"
#include "sync/SyncSchedule.h"

#include <QTest>

// When the desk syncs, decided on a FixedClock: no timers, no sleeps.
class TestSyncSchedule : public QObject
{
    Q_OBJECT

    static SyncRound round(SyncRound::Outcome outcome, int retryAfterSeconds = -1)
    {
        SyncRound r;
        r.outcome = outcome;
        r.retryAfterSeconds = retryAfterSeconds;
        return r;
    }
    static SyncSchedule::Timing timing()
    {
        SyncSchedule::Timing t;
        t.settleMs = 2000;
        t.periodMs = 30000;
        t.backoffBaseMs = 4000;
        t.backoffCapMs = 60000;
        return t;
    }

    FixedClock m_clock;

    // A schedule whose first round went through at the start.
    void startedAndSynced(SyncSchedule *schedule)
    {
        QVERIFY(schedule->beginRound());
        schedule->roundFinished(round(SyncRound::Outcome::Done));
    }

private slots:
    void init() { m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 0))); }

    void theFirstRoundIsDueAtStart()
    {
        SyncSchedule schedule(&m_clock, 1, timing());
        QCOMPARE(schedule.msUntilDue(), 0);
        QVERIFY(schedule.beginRound());
        QVERIFY(schedule.running());
        QVERIFY(schedule.nextDue().isNull()); // one round at a time
        QVERIFY(!schedule.beginRound());
        QVERIFY(!schedule.probing());
    }

    void afterASuccessTheNextRoundIsAPeriodLater()
    {
        SyncSchedule schedule(&m_clock, 1, timing());
        startedAndSynced(&schedule);
        QCOMPARE(schedule.nextDue(), m_clock.now().addSecs(30));
        QCOMPARE(schedule.msUntilDue(), 30000);
        m_clock.advanceSecs(29);
        QVERIFY(!schedule.beginRound());
        m_clock.advanceSecs(1);
        QVERIFY(schedule.beginRound());
    }

    void aBurstOfLocalChangesMakesOneRoundShortlyAfterTheFirst()
    {
        SyncSchedule schedule(&m_clock, 1, timing());
        startedAndSynced(&schedule);
        m_clock.advanceSecs(5);
        const QDateTime first = m_clock.now();
        schedule.localChange();
        QCOMPARE(schedule.nextDue(), first.addSecs(2));
        m_clock.advanceSecs(1);
        schedule.localChange(); // does not push the round further away
        QCOMPARE(schedule.nextDue(), first.addSecs(2));
        QVERIFY(!schedule.beginRound());
        m_clock.advanceSecs(1);
        QVERIFY(schedule.beginRound());
        schedule.roundFinished(round(SyncRound::Outcome::Done));
        QCOMPARE(schedule.nextDue(), m_clock.now().addSecs(30)); // the request was served
    }

    void aChangeDuringARoundMakesAnotherRoundSoonAfter()
    {
        SyncSchedule schedule(&m_clock, 1, timing());
        QVERIFY(schedule.beginRound());
        schedule.localChange();
        m_clock.advanceSecs(1);
        schedule.roundFinished(round(SyncRound::Outcome::Done));
        QCOMPARE(schedule.nextDue(), m_clock.now().addSecs(1));
    }

    void syncNowIsDueAtOnce()
    {
        SyncSchedule schedule(&m_clock, 1, timing());
        startedAndSynced(&schedule);
        schedule.syncNow();
        QCOMPARE(schedule.msUntilDue(), 0);
        QVERIFY(schedule.beginRound());
    }

    void aFailedRoundOpensTheBreakerAndNothingGoesOutBeforeItAllowsAProbe()
    {
        SyncSchedule schedule(&m_clock, 7, timing());
        QVERIFY(schedule.beginRound());
        schedule.roundFinished(round(SyncRound::Outcome::Unreachable));
        QCOMPARE(schedule.breaker().state(), CircuitBreaker::State::Open);
        QCOMPARE(schedule.offlineSince(), m_clock.now());
        const QDateTime openUntil = schedule.breaker().openUntil();
        QVERIFY(openUntil > m_clock.now());
        QVERIFY(openUntil <= m_clock.now().addMSecs(4000));
        QCOMPARE(schedule.nextDue(), openUntil);

        schedule.localChange();
        schedule.syncNow(); // neither beats the breaker
        QCOMPARE(schedule.nextDue(), openUntil);
        m_clock.set(openUntil.addMSecs(-1));
        QVERIFY(!schedule.beginRound());

        m_clock.set(openUntil);
        QVERIFY(schedule.beginRound());
        QVERIFY(schedule.probing());
        QCOMPARE(schedule.breaker().state(), CircuitBreaker::State::HalfOpen);
    }

    void failuresBackOffFurtherEachTimeAndASuccessEndsIt()
    {
        SyncSchedule schedule(&m_clock, 3, timing());
        const QDateTime since = m_clock.now();
        qint64 ceiling = 4000;
        for (int n = 0; n < 6; ++n) {
            QVERIFY(schedule.beginRound());
            schedule.roundFinished(round(SyncRound::Outcome::ServerFailed));
            const qint64 wait = m_clock.now().msecsTo(schedule.nextDue());
            QVERIFY2(wait >= 0 && wait <= ceiling, qPrintable(QString::number(wait)));
            ceiling = std::min<qint64>(ceiling * 2, 60000);
            m_clock.set(schedule.nextDue());
        }
        QCOMPARE(schedule.offlineSince(), since);
        QVERIFY(schedule.beginRound());
        schedule.roundFinished(round(SyncRound::Outcome::Done));
        QCOMPARE(schedule.breaker().state(), CircuitBreaker::State::Closed);
        QVERIFY(schedule.offlineSince().isNull());
        QCOMPARE(schedule.nextDue(), m_clock.now().addSecs(30));
    }

    void aBusyServerIsLeftAloneForItsRetryAfter()
    {
        SyncSchedule schedule(&m_clock, 1, timing());
        QVERIFY(schedule.beginRound());
        schedule.roundFinished(round(SyncRound::Outcome::Busy, 120));
        QVERIFY(schedule.nextDue() >= m_clock.now().addSecs(120));
        schedule.networkReturned(); // the server asked for the wait, not the network
        QVERIFY(schedule.nextDue() >= m_clock.now().addSecs(120));
        QVERIFY(!schedule.beginRound());
        m_clock.advanceSecs(119);
        QVERIFY(!schedule.beginRound());
        m_clock.set(schedule.nextDue());
        QVERIFY(schedule.beginRound());
    }

    void theNetworkComingBackSendsOneProbeAtOnce()
    {
        SyncSchedule schedule(&m_clock, 1, timing());
        QVERIFY(schedule.beginRound());
        schedule.roundFinished(round(SyncRound::Outcome::Unreachable));
        for (int n = 0; n < 4; ++n) { // the backoff has grown
            m_clock.set(schedule.nextDue());
            QVERIFY(schedule.beginRound());
            schedule.roundFinished(round(SyncRound::Outcome::Unreachable));
        }
        QVERIFY(schedule.nextDue() > m_clock.now());
        schedule.networkReturned();
        QCOMPARE(schedule.msUntilDue(), 0);
        QVERIFY(schedule.beginRound());
        QVERIFY(schedule.probing());
        schedule.roundFinished(round(SyncRound::Outcome::Unreachable));
        // Still down: back to the breaker's period, no second early probe.
        QVERIFY(schedule.nextDue() > m_clock.now());
        QVERIFY(!schedule.beginRound());
    }

    void aRevokedOrUnenrolledDeskNeverSyncsAgain_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("halt");
        QTest::newRow("revoked") << int(SyncRound::Outcome::Revoked) << int(SyncSchedule::Halt::Revoked);
        QTest::newRow("not enrolled")
            << int(SyncRound::Outcome::NotEnrolled) << int(SyncSchedule::Halt::NotEnrolled);
    }
    void aRevokedOrUnenrolledDeskNeverSyncsAgain()
    {
        QFETCH(int, outcome);
        QFETCH(int, halt);
        SyncSchedule schedule(&m_clock, 1, timing());
        QVERIFY(schedule.beginRound());
        schedule.roundFinished(round(SyncRound::Outcome(outcome)));
        QCOMPARE(int(schedule.halt()), halt);
        schedule.localChange();
        schedule.syncNow();
        schedule.networkReturned();
        m_clock.advanceDays(1);
        QCOMPARE(schedule.msUntilDue(), -1);
        QVERIFY(!schedule.beginRound());
    }

    void aStandaloneDeskIsNeverDue()
    {
        SyncSchedule schedule(&m_clock, 1, timing());
        schedule.setStandalone();
        schedule.syncNow();
        QCOMPARE(schedule.msUntilDue(), -1);
        QVERIFY(!schedule.beginRound());
        QCOMPARE(schedule.halt(), SyncSchedule::Halt::Standalone);
    }

    void theDesksOwnDatabaseFailingIsNoReasonToBackOff()
    {
        SyncSchedule schedule(&m_clock, 1, timing());
        QVERIFY(schedule.beginRound());
        schedule.roundFinished(round(SyncRound::Outcome::StoreFailed));
        QCOMPARE(schedule.breaker().state(), CircuitBreaker::State::Closed);
        QVERIFY(schedule.offlineSince().isNull());
        QCOMPARE(schedule.nextDue(), m_clock.now().addSecs(30));
    }

    // A probe whose round failed on the desk's own side (a locked keychain, SQLite) proved
    // nothing about the server: the breaker must not stay half-open with its probe taken, or
    // nothing is ever due again and the worker's timer fires at once, for ever.
    void aProbeThatFailsOnTheDeskGivesTheProbeBack()
    {
        SyncSchedule schedule(&m_clock, 7, timing());
        QVERIFY(schedule.beginRound());
        schedule.roundFinished(round(SyncRound::Outcome::Unreachable));
        m_clock.set(schedule.breaker().openUntil());
        QVERIFY(schedule.beginRound());
        QVERIFY(schedule.probing());
        schedule.roundFinished(round(SyncRound::Outcome::StoreFailed));
        QVERIFY(schedule.msUntilDue() > 0); // not a busy loop
        m_clock.set(schedule.nextDue());
        QVERIFY(schedule.beginRound());
    }

    void aClockSetBackDoesNotKeepTheDeskOffline()
    {
        SyncSchedule schedule(&m_clock, 1, timing());
        QVERIFY(schedule.beginRound());
        schedule.roundFinished(round(SyncRound::Outcome::Busy, 3600));
        QVERIFY(!schedule.beginRound());
        m_clock.advanceSecs(-600);
        QCOMPARE(schedule.msUntilDue(), 0);
        QVERIFY(schedule.beginRound());
    }
};

QTEST_GUILESS_MAIN(TestSyncSchedule)
#include "test_sync_schedule.moc"

#include "server/auth/RateLimiter.h"

#include <QTest>

// The MyPage limiter on a clock the test moves: no sleeps, every answer exact.
class TestRateLimiter : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'000'000;
    RateLimiter::MonotonicClock clock()
    {
        return [this] { return m_now; };
    }
    const QHostAddress m_alice{QStringLiteral("192.0.2.1")};
    const QHostAddress m_bob{QStringLiteral("192.0.2.2")};

private Q_SLOTS:
    void burstIsAllowedThenRefusedWithRetryAfter()
    {
        RateLimiter limiter(10, 10, 100, clock()); // one token every 6 s
        for (int i = 0; i < 10; ++i)
            QVERIFY(limiter.take(m_alice).allowed);
        const RateLimiter::Decision refused = limiter.take(m_alice);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 6);
        m_now += 2500;
        QCOMPARE(limiter.take(m_alice).retryAfterSeconds, 4); // 3.5 s left, rounded up
    }

    void tokensComeBackWithTime()
    {
        RateLimiter limiter(60, 2, 100, clock()); // one token a second
        QVERIFY(limiter.take(m_alice).allowed);
        QVERIFY(limiter.take(m_alice).allowed);
        QVERIFY(!limiter.take(m_alice).allowed);
        m_now += 999;
        QVERIFY(!limiter.take(m_alice).allowed);
        m_now += 1;
        QVERIFY(limiter.take(m_alice).allowed);
        QVERIFY(!limiter.take(m_alice).allowed);
        m_now += 60'000; // never more than the burst, however long the pause
        QVERIFY(limiter.take(m_alice).allowed);
        QVERIFY(limiter.take(m_alice).allowed);
        QVERIFY(!limiter.take(m_alice).allowed);
    }

    void addressesHaveTheirOwnBuckets()
    {
        RateLimiter limiter(1, 1, 100, clock());
        QVERIFY(limiter.take(m_alice).allowed);
        QVERIFY(!limiter.take(m_alice).allowed);
        QVERIFY(limiter.take(m_bob).allowed);
        QVERIFY(!limiter.take(m_bob).allowed);
    }

    void mappedIpv6IsTheSameClient()
    {
        RateLimiter limiter(1, 1, 100, clock());
        QVERIFY(limiter.take(m_alice).allowed);
        QVERIFY(!limiter.take(QHostAddress(QStringLiteral("::ffff:192.0.2.1"))).allowed);
        QCOMPARE(limiter.trackedAddresses(), 1);
    }

    // An IPv6 client is given a /64 (one LAN); counting each address alone gave it 2^64 buckets.
    void ipv6AddressesOfOneSlash64AreOneClient()
    {
        RateLimiter limiter(1, 1, 100, clock());
        QVERIFY(limiter.take(QHostAddress(QStringLiteral("2001:db8:1:2::1"))).allowed);
        QVERIFY(!limiter.take(QHostAddress(QStringLiteral("2001:db8:1:2:ffff:eeee:dddd:cccc"))).allowed);
        QVERIFY(limiter.take(QHostAddress(QStringLiteral("2001:db8:1:3::1"))).allowed);
        QCOMPARE(limiter.trackedAddresses(), 2);
    }

    // Any key: MyPage counts wrong birth dates per booking code. hasToken() spends nothing.
    void keysOtherThanAddressesAndSlowRates()
    {
        RateLimiter limiter = RateLimiter::perHour(1, 2, 100, clock()); // one back an hour
        QVERIFY(limiter.hasToken(QStringLiteral("ABCD2345")));
        QVERIFY(limiter.take(QStringLiteral("ABCD2345")).allowed);
        QVERIFY(limiter.take(QStringLiteral("ABCD2345")).allowed);
        QVERIFY(!limiter.hasToken(QStringLiteral("ABCD2345")));
        QVERIFY(limiter.hasToken(QStringLiteral("EFGH6789")));
        QCOMPARE(limiter.take(QStringLiteral("ABCD2345")).retryAfterSeconds, 3600);
        m_now += 3'600'000;
        QVERIFY(limiter.hasToken(QStringLiteral("ABCD2345")));
    }

    void memoryIsBoundedIdleAddressesGoFirst()
    {
        RateLimiter limiter(60, 1, 3, clock());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(limiter.take(QHostAddress(QStringLiteral("10.0.0.%1").arg(i))).allowed);
            m_now += 400;
        }
        QCOMPARE(limiter.trackedAddresses(), 3);
        // 10.0.0.0 has refilled (1.2 s > 1 s): it is idle and makes room; the others stay limited.
        QVERIFY(limiter.take(m_alice).allowed);
        QCOMPARE(limiter.trackedAddresses(), 3);
        QVERIFY(!limiter.take(QHostAddress(QStringLiteral("10.0.0.2"))).allowed);

        // All busy: the longest unseen is dropped, the table stays at its bound.
        for (int i = 0; i < 50; ++i)
            limiter.take(QHostAddress(QStringLiteral("10.1.0.%1").arg(i)));
        QCOMPARE(limiter.trackedAddresses(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "test_rate_limiter.moc"

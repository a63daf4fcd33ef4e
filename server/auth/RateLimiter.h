#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

#include <functional>

// A token bucket per client address (or any other key): each address may spend up to `burst` requests at once
// and earns `perMinute` back each minute. Idle addresses (whose bucket has refilled) are forgotten, and the
// table never holds more than `maxAddresses`: when it is full the idle ones go first, then the longest
// unseen. Time comes from `nowMs`, a monotonic milliseconds clock, so tests can drive it. Threading: one
// thread (ApiServer's).
class RateLimiter final
{
public:
    using MonotonicClock = std::function<qint64()>;

    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0; // when refused: whole seconds until one request is allowed
    };

    RateLimiter(int perMinute, int burst, int maxAddresses = 10000, MonotonicClock nowMs = {});
    // For rates below one a minute.
    static RateLimiter perHour(int perHour, int burst, int maxKeys = 10000, MonotonicClock nowMs = {});

    Decision take(const QHostAddress &address);
    // The same bucket for any key (MyPage also counts wrong birth dates per booking code).
    Decision take(const QString &key);
    // Whether take(key) would be allowed now; spends nothing.
    bool hasToken(const QString &key) const;
    int trackedAddresses() const { return int(m_buckets.size()); }

    // IPv4-mapped IPv6 counts as its IPv4 address; any other IPv6 address as its /64, the
    // block one client (a LAN, a phone) is given, so it cannot pick a new bucket per request.
    static QString key(const QHostAddress &address);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    double refilled(const Bucket &bucket, qint64 now) const;
    void makeRoom(qint64 now);

    double m_perMs = 0;
    double m_burst = 0;
    int m_maxAddresses = 0;
    MonotonicClock m_nowMs;
    QHash<QString, Bucket> m_buckets;
};

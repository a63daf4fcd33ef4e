#include "server/auth/RateLimiter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace {
// Rates are not exact in binary: an hour of a rate of one an hour must still make one token.
constexpr double kOneToken = 1.0 - 1e-9;

qint64 steadyMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return timer.elapsed();
}
} // namespace

RateLimiter::RateLimiter(int perMinute, int burst, int maxAddresses, MonotonicClock nowMs)
    : m_perMs(std::max(perMinute, 1) / 60000.0)
    , m_burst(std::max(burst, 1))
    , m_maxAddresses(std::max(maxAddresses, 1))
    , m_nowMs(nowMs ? std::move(nowMs) : MonotonicClock(&steadyMs))
{}

RateLimiter RateLimiter::perHour(int perHour, int burst, int maxKeys, MonotonicClock nowMs)
{
    RateLimiter limiter(1, burst, maxKeys, std::move(nowMs));
    limiter.m_perMs = std::max(perHour, 1) / 3600000.0;
    return limiter;
}

QString RateLimiter::key(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped)
        return QHostAddress(ipv4).toString();
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString();
    Q_IPV6ADDR block = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        block[i] = 0;
    return QHostAddress(block).toString() + QStringLiteral("/64");
}

bool RateLimiter::hasToken(const QString &key) const
{
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.constEnd() || refilled(it.value(), m_nowMs()) >= kOneToken;
}

double RateLimiter::refilled(const Bucket &bucket, qint64 now) const
{
    const qint64 elapsed = std::max<qint64>(now - bucket.updatedMs, 0);
    return std::min(m_burst, bucket.tokens + double(elapsed) * m_perMs);
}

void RateLimiter::makeRoom(qint64 now)
{
    // An address whose bucket is full again is indistinguishable from one never seen.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (refilled(it.value(), now) >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    while (m_buckets.size() >= m_maxAddresses) {
        auto oldest = m_buckets.begin();
        for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
            if (it.value().updatedMs < oldest.value().updatedMs)
                oldest = it;
        }
        m_buckets.erase(oldest);
    }
}

RateLimiter::Decision RateLimiter::take(const QHostAddress &address)
{
    return take(key(address));
}

RateLimiter::Decision RateLimiter::take(const QString &id)
{
    const qint64 now = m_nowMs();
    auto it = m_buckets.find(id);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxAddresses)
            makeRoom(now);
        it = m_buckets.insert(id, Bucket{m_burst, now});
    }
    Bucket &bucket = it.value();
    bucket.tokens = refilled(bucket, now);
    bucket.updatedMs = now;
    if (bucket.tokens >= kOneToken) {
        bucket.tokens = std::max(bucket.tokens - 1.0, 0.0);
        return {true, 0};
    }
    const double waitMs = (1.0 - bucket.tokens) / m_perMs;
    // Less a rounding error, or a whole hour reads as 3601 seconds.
    return {false, std::max(1, int(std::ceil(waitMs / 1000.0 - 1e-6)))};
}

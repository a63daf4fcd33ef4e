#include "server/auth/RateLimiter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace {
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

QString RateLimiter::key(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(ipv4).toString() : address.toString();
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
    const qint64 now = m_nowMs();
    const QString id = key(address);
    auto it = m_buckets.find(id);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxAddresses)
            makeRoom(now);
        it = m_buckets.insert(id, Bucket{m_burst, now});
    }
    Bucket &bucket = it.value();
    bucket.tokens = refilled(bucket, now);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return {true, 0};
    }
    const double waitMs = (1.0 - bucket.tokens) / m_perMs;
    return {false, std::max(1, int(std::ceil(waitMs / 1000.0)))};
}

#include "sync/Backoff.h"

#include <algorithm>

Backoff::Backoff(quint32 seed, qint64 baseMs, qint64 capMs)
    : m_random(seed)
    , m_baseMs(std::max<qint64>(1, baseMs))
    , m_capMs(std::max(m_baseMs, capMs))
{}

qint64 Backoff::ceilingMs() const
{
    // Doubling stops at the cap, so a desk offline for days never overflows the shift.
    qint64 ceiling = m_baseMs;
    for (int i = 0; i < m_attempt && ceiling < m_capMs; ++i)
        ceiling *= 2;
    return std::min(ceiling, m_capMs);
}

qint64 Backoff::nextDelayMs(int retryAfterSeconds)
{
    const qint64 ceiling = ceilingMs();
    qint64 delay = static_cast<qint64>(m_random.bounded(static_cast<quint64>(ceiling) + 1));
    if (retryAfterSeconds >= 0)
        delay = std::max(delay, std::min(qint64(retryAfterSeconds) * 1000, maxRetryAfterMs));
    if (ceiling < m_capMs)
        ++m_attempt;
    return delay;
}

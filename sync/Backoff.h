#pragma once

#include <QRandomGenerator>

// Exponential backoff with full jitter (the AWS architecture blog's "Exponential Backoff And
// Jitter"): the n-th delay is drawn uniformly from [0, min(cap, base * 2^n)], so desks that lost
// the server at the same moment do not all come back at the same moment. The random source is
// seeded by the caller: the same seed gives the same delays, which is what the tests rely on.
// A plain value class; not thread-safe (the sync engine's thread owns it).
class Backoff final
{
public:
    static constexpr qint64 defaultBaseMs = 1000;
    static constexpr qint64 defaultCapMs = 5 * 60 * 1000;
    // A Retry-After beyond this is a server mistake, not a reason to stay away for weeks.
    static constexpr qint64 maxRetryAfterMs = 24 * 60 * 60 * 1000;

    explicit Backoff(quint32 seed, qint64 baseMs = defaultBaseMs, qint64 capMs = defaultCapMs);

    // The delay before the next try, then one attempt more. With a Retry-After (seconds, as
    // the server sent it; negative when there was none) the delay is at least that long.
    qint64 nextDelayMs(int retryAfterSeconds = -1);
    // The upper bound of the next draw: min(cap, base * 2^attempt).
    qint64 ceilingMs() const;
    int attempt() const { return m_attempt; }
    // After a success the next failure starts again from the base.
    void reset() { m_attempt = 0; }

    qint64 baseMs() const { return m_baseMs; }
    qint64 capMs() const { return m_capMs; }

private:
    QRandomGenerator m_random;
    qint64 m_baseMs = defaultBaseMs;
    qint64 m_capMs = defaultCapMs;
    int m_attempt = 0;
};

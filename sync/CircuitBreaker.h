#pragma once

#include "sync/Backoff.h"

#include <QDateTime>

class Clock;

// Keeps the desk from hammering a server that is down or overloaded. Closed: requests go
// through and consecutive failures are counted. Open (after `failureThreshold` failures in a
// row, or at once when the server says it is overloaded: 503, or any Retry-After): no request
// until the open period ends, the Backoff's next delay or the Retry-After when longer. Then
// half-open: exactly one probe goes through; its success closes the breaker and resets the
// backoff, its failure opens it again with the next, longer backoff ceiling.
//
// Time comes only from the injected clock (no timers): the caller asks allowRequest() when it
// wants to send and reports the outcome of every request it was allowed. A clock set back by a
// person (now before the moment it opened) ends the open period rather than keeping the desk
// offline for ever. Emits nothing: the sync engine reads state(), openUntil() and
// offlineSince() and reports them. Used from the sync engine's thread only.
class CircuitBreaker final
{
public:
    enum class State { Closed, Open, HalfOpen };
    static constexpr int defaultFailureThreshold = 5;

    CircuitBreaker(const Clock *clock, const Backoff &backoff,
                   int failureThreshold = defaultFailureThreshold);

    // True when a request may go now. While open, the first call after the period ends moves to
    // half-open and lets that one call through as the probe; later calls wait for its outcome.
    bool allowRequest();

    // The server answered as it should (any answer that is not a server fault).
    void recordSuccess();
    // No answer, or a server fault (5xx other than an overload).
    void recordFailure();
    // The server said it is overloaded: 503, with its Retry-After in seconds (negative: none).
    // Opens at once.
    void recordOverload(int retryAfterSeconds = -1);

    State state() const { return m_state; }
    // When the open period ends (null unless open).
    QDateTime openUntil() const;
    // The first failure since the last success (null while all is well): "offline since 10:42".
    QDateTime offlineSince() const { return m_offlineSince; }
    int consecutiveFailures() const { return m_consecutiveFailures; }
    const Backoff &backoff() const { return m_backoff; }

private:
    void noteFailure();
    void open(int retryAfterSeconds);

    const Clock *m_clock = nullptr;
    Backoff m_backoff;
    int m_failureThreshold = defaultFailureThreshold;
    State m_state = State::Closed;
    int m_consecutiveFailures = 0;
    bool m_probeInFlight = false;
    QDateTime m_openedAt;
    QDateTime m_openUntil;
    QDateTime m_offlineSince;
};

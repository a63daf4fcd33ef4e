#include "sync/CircuitBreaker.h"

#include "models/domain/Clock.h"

#include <algorithm>

CircuitBreaker::CircuitBreaker(const Clock *clock, const Backoff &backoff, int failureThreshold)
    : m_clock(clock)
    , m_backoff(backoff)
    , m_failureThreshold(std::max(1, failureThreshold))
{}

bool CircuitBreaker::allowRequest()
{
    switch (m_state) {
    case State::Closed:
        return true;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    case State::Open: {
        const QDateTime now = m_clock->now();
        // now < openedAt: someone set the clock back; waiting for openUntil could take days.
        if (now < m_openUntil && now >= m_openedAt)
            return false;
        m_state = State::HalfOpen;
        m_probeInFlight = true;
        return true;
    }
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_state = State::Closed;
    m_consecutiveFailures = 0;
    m_probeInFlight = false;
    m_openedAt = {};
    m_openUntil = {};
    m_offlineSince = {};
    m_backoff.reset();
}

void CircuitBreaker::recordFailure()
{
    noteFailure();
    switch (m_state) {
    case State::Closed:
        if (m_consecutiveFailures >= m_failureThreshold)
            open(-1);
        break;
    case State::HalfOpen:
        open(-1);
        break;
    case State::Open:
        // A request sent before the breaker opened: the period already running stands.
        break;
    }
}

void CircuitBreaker::recordOverload(int retryAfterSeconds)
{
    noteFailure();
    if (m_state == State::Open) {
        // Never shorten a running period, but honour a longer wait the server asks for.
        if (retryAfterSeconds >= 0) {
            const qint64 ms = std::min(qint64(retryAfterSeconds) * 1000, Backoff::maxRetryAfterMs);
            m_openUntil = std::max(m_openUntil, m_clock->now().addMSecs(ms));
        }
        return;
    }
    open(retryAfterSeconds);
}

QDateTime CircuitBreaker::openUntil() const
{
    return m_state == State::Open ? m_openUntil : QDateTime();
}

void CircuitBreaker::noteFailure()
{
    ++m_consecutiveFailures;
    if (m_offlineSince.isNull())
        m_offlineSince = m_clock->now();
}

void CircuitBreaker::open(int retryAfterSeconds)
{
    m_state = State::Open;
    m_probeInFlight = false;
    m_openedAt = m_clock->now();
    m_openUntil = m_openedAt.addMSecs(m_backoff.nextDelayMs(retryAfterSeconds));
}

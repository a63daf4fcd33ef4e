#include "sync/SyncSchedule.h"

#include "models/domain/Clock.h"

#include <algorithm>

namespace {
// One failed round opens the breaker: a round is already many requests, and the engine stops at
// the first one that fails.
constexpr int kFailedRoundsToOpen = 1;
} // namespace

SyncSchedule::SyncSchedule(const Clock *clock, quint32 seed, const Timing &timing)
    : m_clock(clock)
    , m_timing(timing)
    , m_breaker(clock, Backoff(seed, timing.backoffBaseMs, timing.backoffCapMs), kFailedRoundsToOpen)
    , m_periodic(clock->now())
{}

void SyncSchedule::localChange()
{
    const QDateTime soon = m_clock->now().addMSecs(m_timing.settleMs);
    if (m_requested.isNull() || soon < m_requested)
        m_requested = soon;
}

void SyncSchedule::syncNow()
{
    m_requested = m_clock->now();
}

void SyncSchedule::networkReturned()
{
    // A server that said 503 asked for its Retry-After: the network coming back changes nothing.
    if (m_breaker.state() == CircuitBreaker::State::Open && m_lastFailure != SyncRound::Outcome::Busy)
        m_earlyProbe = true;
    m_requested = m_clock->now();
}

QDateTime SyncSchedule::nextDue() const
{
    if (m_halt != Halt::None || m_running)
        return {};
    QDateTime due = m_periodic;
    if (!m_requested.isNull() && m_requested < due)
        due = m_requested;
    const QDateTime openUntil = m_breaker.openUntil();
    // A clock set back before the failure ends the open period, as in CircuitBreaker.
    const bool clockSetBack = !m_failedAt.isNull() && m_clock->now() < m_failedAt;
    if (clockSetBack)
        return std::min(due, m_clock->now());
    if (!openUntil.isNull() && !m_earlyProbe && openUntil > due)
        due = openUntil;
    return due;
}

qint64 SyncSchedule::msUntilDue() const
{
    const QDateTime due = nextDue();
    if (due.isNull())
        return -1;
    return std::max<qint64>(0, m_clock->now().msecsTo(due));
}

bool SyncSchedule::beginRound()
{
    if (m_halt != Halt::None || m_running)
        return false;
    const QDateTime due = nextDue();
    if (due > m_clock->now())
        return false;
    const bool wasOpen = m_breaker.state() != CircuitBreaker::State::Closed;
    if (!m_breaker.allowRequest()) {
        if (!m_earlyProbe)
            return false;
        // The platform says the network is back: this round is the probe the breaker waits for.
    }
    m_probing = wasOpen || m_earlyProbe;
    m_earlyProbe = false;
    m_requested = {};
    m_running = true;
    return true;
}

void SyncSchedule::roundFinished(const SyncRound &round)
{
    using Outcome = SyncRound::Outcome;
    m_running = false;
    const bool probed = m_probing;
    m_probing = false;
    const QDateTime now = m_clock->now();
    switch (round.outcome) {
    case Outcome::Done:
        m_breaker.recordSuccess();
        m_lastFailure = Outcome::Done;
        m_periodic = now.addMSecs(m_timing.periodMs);
        return;
    case Outcome::Revoked:
        m_halt = Halt::Revoked;
        return;
    case Outcome::NotEnrolled:
        m_halt = Halt::NotEnrolled;
        return;
    case Outcome::StoreFailed:
        // The desk's own database or keychain, not the server: no backoff, the next regular
        // round. A probe that ended so proved nothing: the breaker gets it back as a failure,
        // or it would wait for that probe's outcome for ever.
        if (probed)
            m_breaker.recordFailure();
        m_periodic = now.addMSecs(m_timing.periodMs);
        return;
    case Outcome::Busy:
        m_breaker.recordOverload(round.retryAfterSeconds);
        break;
    case Outcome::Unreachable:
    case Outcome::ServerFailed:
    case Outcome::Malformed:
    case Outcome::Refused:
        m_breaker.recordFailure();
        break;
    }
    m_lastFailure = round.outcome;
    m_failedAt = now;
    // Due again as soon as the breaker lets a probe through.
    m_periodic = now;
}

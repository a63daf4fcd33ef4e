#pragma once

#include "sync/CircuitBreaker.h"
#include "sync/SyncRound.h"

#include <QDateTime>

class Clock;

// When the next sync round is due, decided on the injected clock and nothing else, so every
// decision is tested without sleeps (SyncWorker turns nextDue() into one single-shot timer).
// Rounds are due: at start; `settle` after a local change (a burst of commands makes one round);
// `period` after the last finished round; now, on "Sync now". A failed round feeds the breaker
// (opened at the first failed round: the round already was the retry), and while it is open
// nothing is due before openUntil(), which the backoff and any Retry-After set. When the
// platform says the network came back, one probe may go at once, unless the server itself asked
// for the wait (503). A revoked or unenrolled desk, or a standalone one, is never due again.
// Used from the sync thread only.
class SyncSchedule final
{
public:
    struct Timing
    {
        qint64 settleMs = 2000;
        qint64 periodMs = 30000;
        qint64 backoffBaseMs = 2000;
        // Also how often an offline desk probes at the most: the half-open probe is its check.
        qint64 backoffCapMs = 60000;
    };
    enum class Halt { None, Standalone, Revoked, NotEnrolled };

    SyncSchedule(const Clock *clock, quint32 seed, const Timing &timing);
    SyncSchedule(const Clock *clock, quint32 seed)
        : SyncSchedule(clock, seed, Timing())
    {}

    void setStandalone() { m_halt = Halt::Standalone; }
    void localChange();
    void syncNow();
    void networkReturned();

    // True when a round should start now: due, and the breaker lets it through (the probe, when
    // half-open). Once true, the caller runs the round and reports it to roundFinished().
    bool beginRound();
    void roundFinished(const SyncRound &round);

    // Null when nothing is due any more (halted) or a round is running.
    QDateTime nextDue() const;
    // Milliseconds from now to nextDue(), 0 when overdue; -1 when nothing is due.
    qint64 msUntilDue() const;
    // The round that beginRound() let through is the breaker's probe after a failure: the
    // worker asks /v1/health first rather than pushing into a network that is still down.
    bool probing() const { return m_probing; }

    Halt halt() const { return m_halt; }
    bool running() const { return m_running; }
    const CircuitBreaker &breaker() const { return m_breaker; }
    QDateTime offlineSince() const { return m_breaker.offlineSince(); }

private:
    const Clock *m_clock = nullptr;
    Timing m_timing;
    CircuitBreaker m_breaker;
    Halt m_halt = Halt::None;
    bool m_running = false;
    bool m_probing = false;
    bool m_earlyProbe = false; // the network came back: one probe before openUntil
    SyncRound::Outcome m_lastFailure = SyncRound::Outcome::Done;
    QDateTime m_periodic;  // the regular round
    QDateTime m_requested; // a local change or "Sync now"; null when none
    QDateTime m_failedAt;  // the last failed round
};

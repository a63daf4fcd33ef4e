#pragma once

#include <QString>

// What one round of sync did, for the status line, the CLI's exit code and the breaker.
struct SyncRound
{
    enum class Outcome {
        Done,         // pushed everything waiting and read the feed to its end
        Unreachable,  // no answer: host unknown, refused, unreachable, timed out
        Busy,         // 503: the server asked to come back later (retryAfterSeconds)
        ServerFailed, // another 5xx
        NotEnrolled,  // 401 unauthorized, or no token: enroll (again)
        Revoked,      // 401 device_revoked: sync stops; nothing local is lost
        Refused,      // 400, 403, 413 or out_of_order: a bug; resending gets the same answer
        Malformed,    // an answer that is not what the protocol says
        StoreFailed   // the desk's own database failed
    };

    Outcome outcome = Outcome::Done;
    int pushed = 0;   // events the server answered this round
    int accepted = 0; // of which accepted or duplicate of an accepted one
    int rejected = 0; // of which rejected: conflicts now
    int pulled = 0;   // feed entries that changed this desk
    int granted = 0;  // rights refilled from the site's pool this round
    int returned = 0; // rights the server took back into the pool this round
    int retryAfterSeconds = -1;
    QString message; // for people, in their language; empty when Done

    // A stable code for scripts and logs: the CLI's `--json` "outcome" (a contract) and the simulation.
    static QString outcomeCode(Outcome outcome);

    bool done() const { return outcome == Outcome::Done; }
    // Worth another try later, with backoff: the server or the network may recover.
    bool transient() const
    {
        return outcome == Outcome::Unreachable || outcome == Outcome::Busy ||
               outcome == Outcome::ServerFailed || outcome == Outcome::Malformed;
    }
};

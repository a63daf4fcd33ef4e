#pragma once

#include "sync/RightsAnswer.h"

enum class RightsStatus {
    Answered,        // `answer` is final: this request id gets it on every delivery
    NotYet,          // a return before the server applied the desk's eventsMade; nothing recorded
    RequestIdReused, // the id was answered before for another request (or another device)
};

struct RightsOutcome
{
    RightsStatus status = RightsStatus::Answered;
    RightsAnswer answer;      // when Answered
    qint64 eventsApplied = 0; // when NotYet: how many of the desk's events the server has applied
};

// SPEC 3.1's audit of one site and vaccine, as the server counts it:
// rightsAtDesks + pool + sureties == available + debt.
struct EscrowAudit
{
    qint64 rightsAtDesks = 0;
    qint64 pool = 0;
    qint64 sureties = 0; // held
    qint64 available = 0;
    qint64 debt = 0;

    bool balanced() const { return rightsAtDesks + pool + sureties == available + debt; }
};

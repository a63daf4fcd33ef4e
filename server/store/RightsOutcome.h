#pragma once

#include "sync/protocol/RightsAnswer.h"

#include <QJsonObject>

enum class RightsStatus {
    Answered,        // `answer` is final: this request id gets it on every delivery
    NotYet,          // a return before the server applied the desk's eventsMade; nothing recorded
    RequestIdReused, // the id was answered before for another request (or another device)
};

struct RightsOutcome
{
    RightsStatus status = RightsStatus::Answered;
    RightsAnswer answer;      // when Answered
    QJsonObject feedJson;     // when Answered, a refill: answer.feed as sent, the server's own entries too
    qint64 eventsApplied = 0; // when NotYet: how many of the desk's events the server has applied
};

// SPEC 3.1's checks of one site and vaccine, as the server counts them:
// rightsAtDesks + pool + sureties == available + debt, debt <= overrides, and so
// booked <= stock + overrides.
struct EscrowAudit
{
    qint64 rightsAtDesks = 0;
    qint64 pool = 0;
    qint64 sureties = 0; // held
    qint64 available = 0;
    qint64 debt = 0;
    qint64 stock = 0;
    qint64 booked = 0;
    qint64 overrides = 0; // injections recorded without a right

    bool balanced() const { return rightsAtDesks + pool + sureties == available + debt; }
    bool debtCovered() const { return debt <= overrides; }
    bool bookedCovered() const { return booked <= stock + overrides; }
    bool holds() const { return balanced() && debtCovered() && bookedCovered(); }
};

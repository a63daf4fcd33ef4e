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

#pragma once

#include "sync/protocol/FeedPage.h"
#include "sync/protocol/RightsRequest.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// The answer to POST /v1/rights, the same for every delivery of one request id.
// Refill: `moved` rights were granted from the pool (possibly 0), and `feed` holds the site's
// feed from the request's feedCursor up to `grantSequence`, the last server sequence at the
// grant. The desk applies that feed (paging GET /v1/events up to grantSequence while
// feed.more is true) and adds the granted rights in one transaction. Return: `moved` rights
// went back to the pool (the desk deducted the requested count when it recorded the request).
struct RightsAnswer
{
    QString requestId;
    RightsAction action = RightsAction::Refill;
    QString vaccineId;
    qint64 requested = 0;
    qint64 moved = 0;         // JSON "granted" (refill) or "returned" (return)
    qint64 grantSequence = 0; // refill only
    FeedPage feed;            // refill only

    QJsonObject toJson() const;
    static std::optional<RightsAnswer> fromJson(const QJsonObject &json, QString *error);
};

#include "sync/protocol/RightsRequest.h"

#include "sync/protocol/JsonReader.h"

#include <QUuid>

#include <limits>

QString RightsRequest::actionName(RightsAction action)
{
    switch (action) {
    case RightsAction::Refill:
        return QStringLiteral("refill");
    case RightsAction::Return:
        return QStringLiteral("return");
    }
    return QString();
}

std::optional<RightsAction> RightsRequest::actionFromName(const QString &name)
{
    for (RightsAction action : {RightsAction::Refill, RightsAction::Return}) {
        if (actionName(action) == name)
            return action;
    }
    return std::nullopt;
}

bool RightsRequest::sameAs(const RightsRequest &other) const
{
    return requestId == other.requestId && siteId == other.siteId && vaccineId == other.vaccineId &&
           action == other.action && count == other.count && feedCursor == other.feedCursor &&
           eventsMade == other.eventsMade;
}

QJsonObject RightsRequest::toJson() const
{
    return {{QStringLiteral("requestId"), requestId},  {QStringLiteral("siteId"), siteId},
            {QStringLiteral("vaccineId"), vaccineId},  {QStringLiteral("action"), actionName(action)},
            {QStringLiteral("count"), count},          {QStringLiteral("feedCursor"), feedCursor},
            {QStringLiteral("eventsMade"), eventsMade}};
}

std::optional<RightsRequest> RightsRequest::fromJson(const QJsonObject &json, QString *error)
{
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    JsonReader reader(json);
    RightsRequest request;
    request.requestId = reader.nonEmptyString(QStringLiteral("requestId"));
    if (reader.ok() && QUuid::fromString(request.requestId).isNull())
        reader.fail(JsonReader::tr("requestId must be a UUID"));
    request.siteId = reader.nonEmptyString(QStringLiteral("siteId"));
    request.vaccineId = reader.nonEmptyString(QStringLiteral("vaccineId"));
    const QString action = reader.string(QStringLiteral("action"));
    const std::optional<RightsAction> parsed = actionFromName(action);
    if (reader.ok() && !parsed)
        reader.fail(JsonReader::tr("action must be \"refill\" or \"return\""));
    request.count = reader.integer(QStringLiteral("count"), 1, kMaxCount);
    request.feedCursor = reader.integer(QStringLiteral("feedCursor"), 0, kMax);
    request.eventsMade = reader.integer(QStringLiteral("eventsMade"), 0, kMax);
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    request.action = *parsed;
    // One spelling per id, so a resent request compares equal to the stored one.
    request.requestId = QUuid::fromString(request.requestId).toString(QUuid::WithoutBraces);
    return request;
}

#include "sync/protocol/RightsAnswer.h"

#include "sync/protocol/JsonReader.h"

#include <limits>

namespace {
QString movedKey(RightsAction action)
{
    return action == RightsAction::Refill ? QStringLiteral("granted") : QStringLiteral("returned");
}
} // namespace

QJsonObject RightsAnswer::toJson() const
{
    QJsonObject json{{QStringLiteral("requestId"), requestId},
                     {QStringLiteral("action"), RightsRequest::actionName(action)},
                     {QStringLiteral("vaccineId"), vaccineId},
                     {QStringLiteral("requested"), requested},
                     {movedKey(action), moved}};
    if (action == RightsAction::Refill) {
        json.insert(QStringLiteral("grantSequence"), grantSequence);
        json.insert(QStringLiteral("feed"), feed.toJson());
    }
    return json;
}

std::optional<RightsAnswer> RightsAnswer::fromJson(const QJsonObject &json, QString *error)
{
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    JsonReader reader(json);
    RightsAnswer answer;
    answer.requestId = reader.nonEmptyString(QStringLiteral("requestId"));
    const QString action = reader.string(QStringLiteral("action"));
    const std::optional<RightsAction> parsed = RightsRequest::actionFromName(action);
    if (reader.ok() && !parsed)
        reader.fail(JsonReader::tr("action must be \"refill\" or \"return\""));
    answer.vaccineId = reader.nonEmptyString(QStringLiteral("vaccineId"));
    answer.requested = reader.integer(QStringLiteral("requested"), 1, RightsRequest::kMaxCount);
    if (reader.ok()) {
        answer.action = *parsed;
        answer.moved = reader.integer(movedKey(answer.action), 0, answer.requested);
    }
    QJsonObject feed;
    if (reader.ok() && answer.action == RightsAction::Refill) {
        answer.grantSequence = reader.integer(QStringLiteral("grantSequence"), 0, kMax);
        feed = reader.object(QStringLiteral("feed"));
    }
    if (reader.ok() && answer.action == RightsAction::Refill) {
        QString feedError;
        const std::optional<FeedPage> page = FeedPage::fromJson(feed, &feedError);
        if (!page)
            reader.fail(QStringLiteral("feed: ") + feedError);
        else if (page->next > answer.grantSequence && !page->entries.isEmpty())
            reader.fail(JsonReader::tr("feed goes past grantSequence"));
        else
            answer.feed = *page;
    }
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return answer;
}

#include "sync/protocol/EventBatch.h"

#include "sync/protocol/JsonReader.h"
#include "sync/protocol/ProtocolJson.h"

#include <QJsonArray>

#include <limits>

QJsonObject EventBatch::toJson() const
{
    QJsonArray array;
    for (const Event &event : events)
        array.append(event.toJson());
    return {{QStringLiteral("events"), array}};
}

QByteArray EventBatch::serialize() const
{
    QByteArray out("{\"events\":[");
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (i > 0)
            out += ',';
        out += ProtocolJson::serializeEvent(events.at(i));
    }
    out += "]}";
    return out;
}

std::optional<Event> EventBatch::eventFromJson(const QJsonValue &value, const QString &path, QString *error)
{
    if (!value.isObject()) {
        *error = JsonReader::tr("%1 must be an object").arg(path);
        return std::nullopt;
    }
    const QJsonObject json = value.toObject();
    // Field by field first, for a message that names what is wrong; Event::fromJson then
    // applies the models' own checks (a UUID id, a sequence of at least 1, a valid time).
    JsonReader reader(json, path);
    reader.nonEmptyString(QStringLiteral("id"));
    const QString type = reader.string(QStringLiteral("type"));
    if (reader.ok() && !eventTypeFromName(type))
        reader.fail(JsonReader::tr("%1 is an unknown event type \"%2\"")
                        .arg(reader.pathOf(QStringLiteral("type")), type));
    reader.nonEmptyString(QStringLiteral("deviceId"));
    reader.nonEmptyString(QStringLiteral("siteId"));
    reader.integer(QStringLiteral("sequence"), 1, std::numeric_limits<qint64>::max());
    reader.integer(QStringLiteral("feedCursor"), 0, std::numeric_limits<qint64>::max());
    reader.string(QStringLiteral("at"));
    reader.object(QStringLiteral("payload"));
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    std::optional<Event> event = Event::fromJson(json);
    if (!event) {
        *error = JsonReader::tr("%1 is not a valid event: the id must be a UUID and \"at\" an ISO 8601 time")
                     .arg(path);
        return std::nullopt;
    }
    return event;
}

std::optional<EventBatch> EventBatch::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    const QJsonArray array = reader.array(QStringLiteral("events"));
    if (reader.ok() && array.size() > ProtocolJson::kMaxBatchEvents)
        reader.fail(JsonReader::tr("a batch holds at most %1 events").arg(ProtocolJson::kMaxBatchEvents));
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    EventBatch batch;
    batch.events.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        std::optional<Event> event = eventFromJson(array.at(i), QStringLiteral("events[%1]").arg(i), error);
        if (!event)
            return std::nullopt;
        batch.events.append(*event);
    }
    return batch;
}

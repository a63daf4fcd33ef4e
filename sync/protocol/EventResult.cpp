#include "sync/protocol/EventResult.h"

#include "sync/protocol/JsonReader.h"
#include "sync/protocol/ProtocolJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

QString EventResult::statusName(EventStatus status)
{
    switch (status) {
    case EventStatus::Accepted:
        return QStringLiteral("accepted");
    case EventStatus::Duplicate:
        return QStringLiteral("duplicate");
    case EventStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return QString();
}

std::optional<EventStatus> EventResult::statusFromName(const QString &name)
{
    for (EventStatus status : {EventStatus::Accepted, EventStatus::Duplicate, EventStatus::Rejected}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QJsonObject EventResult::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), eventId},
                     {QStringLiteral("status"), statusName(status)},
                     {QStringLiteral("serverSequence"), serverSequence}};
    if (!reason.isEmpty()) {
        json.insert(QStringLiteral("reason"), reason);
        json.insert(QStringLiteral("message"), message);
    }
    return json;
}

QJsonObject BatchAnswer::toJson() const
{
    QJsonArray array;
    for (const EventResult &result : results)
        array.append(result.toJson());
    QJsonArray held;
    for (auto it = rights.cbegin(); it != rights.cend(); ++it)
        held.append(
            QJsonObject{{QStringLiteral("vaccineId"), it.key()}, {QStringLiteral("rights"), it.value()}});
    return {{QStringLiteral("results"), array}, {QStringLiteral("rights"), held}};
}

QByteArray BatchAnswer::serialize() const
{
    QByteArray out("{\"results\":[");
    for (qsizetype i = 0; i < results.size(); ++i) {
        const EventResult &result = results.at(i);
        if (i > 0)
            out += ',';
        if (!result.reason.isEmpty() || !ProtocolJson::isPlain(result.eventId)) {
            out += ProtocolJson::serialize(result.toJson());
            continue;
        }
        // The keys in QJsonObject's order (sorted), as serialize() writes them.
        out += "{\"id\":\"";
        out += result.eventId.toLatin1();
        out += "\",\"serverSequence\":";
        out += QByteArray::number(result.serverSequence);
        out += ",\"status\":\"";
        out += EventResult::statusName(result.status).toLatin1();
        out += "\"}";
    }
    out += "],\"rights\":";
    QJsonArray held;
    for (auto it = rights.cbegin(); it != rights.cend(); ++it)
        held.append(
            QJsonObject{{QStringLiteral("vaccineId"), it.key()}, {QStringLiteral("rights"), it.value()}});
    out += QJsonDocument(held).toJson(QJsonDocument::Compact);
    out += '}';
    return out;
}

std::optional<BatchAnswer> BatchAnswer::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader top(json);
    const QJsonArray array = top.array(QStringLiteral("results"));
    BatchAnswer answer;
    for (qsizetype i = 0; top.ok() && i < array.size(); ++i) {
        const QString path = QStringLiteral("results[%1]").arg(i);
        if (!array.at(i).isObject()) {
            top.fail(JsonReader::tr("%1 must be an object").arg(path));
            break;
        }
        JsonReader reader(array.at(i).toObject(), path);
        EventResult result;
        result.eventId = reader.nonEmptyString(QStringLiteral("id"));
        const QString status = reader.string(QStringLiteral("status"));
        result.serverSequence =
            reader.integer(QStringLiteral("serverSequence"), 0, std::numeric_limits<qint64>::max());
        if (reader.has(QStringLiteral("reason"))) {
            result.reason = reader.nonEmptyString(QStringLiteral("reason"));
            result.message = reader.string(QStringLiteral("message"));
        }
        const auto parsed = EventResult::statusFromName(status);
        if (reader.ok() && !parsed)
            reader.fail(JsonReader::tr("%1 is an unknown status \"%2\"")
                            .arg(reader.pathOf(QStringLiteral("status")), status));
        if (reader.ok() && *parsed == EventStatus::Rejected && result.reason.isEmpty())
            reader.fail(JsonReader::tr("%1 is rejected without a reason").arg(path));
        if (!reader.ok()) {
            top.fail(reader.error());
            break;
        }
        result.status = *parsed;
        answer.results.append(result);
    }
    // "rights" came with the rights slice; an answer without it holds none.
    const QJsonArray held =
        top.ok() && top.has(QStringLiteral("rights")) ? top.array(QStringLiteral("rights")) : QJsonArray();
    for (qsizetype i = 0; top.ok() && i < held.size(); ++i) {
        JsonReader reader(held.at(i).toObject(), QStringLiteral("rights[%1]").arg(i));
        if (!held.at(i).isObject())
            reader.fail(JsonReader::tr("rights[%1] must be an object").arg(i));
        const QString vaccineId = reader.nonEmptyString(QStringLiteral("vaccineId"));
        const qint64 count = reader.integer(QStringLiteral("rights"), 0, std::numeric_limits<qint64>::max());
        if (!reader.ok())
            top.fail(reader.error());
        else
            answer.rights.insert(vaccineId, count);
    }
    if (!top.ok()) {
        *error = top.error();
        return std::nullopt;
    }
    return answer;
}

#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// What the server did with one pushed event. Every status is final except a rejection
// with reason "out_of_order", which the server did not record (see docs/protocol.md).
enum class EventStatus { Accepted, Duplicate, Rejected };

struct EventResult
{
    QString eventId;
    EventStatus status = EventStatus::Accepted;
    // Accepted: the server sequence the event got in the feed. Duplicate: the sequence of
    // the first delivery, or 0 when that delivery was rejected.
    qint64 serverSequence = 0;
    QString reason;  // rejected (or duplicate of a rejected event): a stable code, e.g. "not_available"
    QString message; // for people, in the server's language

    QJsonObject toJson() const;
    static QString statusName(EventStatus status);
    static std::optional<EventStatus> statusFromName(const QString &name);
};

// The answer to POST /v1/events: one result per event, in the order of the batch, and the
// rights the server counts for the desk per vaccine just after the batch (SPEC 4). The server's
// count can be above the desk's own (grants whose answer it has not applied yet, credits in
// feed entries it has not read yet); it is for display and checks, not to overwrite the desk's.
struct BatchAnswer
{
    QList<EventResult> results;
    QMap<QString, qint64> rights; // vaccine id -> rights; JSON [{"vaccineId", "rights"}]

    QJsonObject toJson() const;
    // ProtocolJson::serialize(toJson()), byte for byte; an accepted or duplicate result with a
    // plain id is written directly, anything else through QJsonDocument.
    QByteArray serialize() const;
    static std::optional<BatchAnswer> fromJson(const QJsonObject &json, QString *error);
};

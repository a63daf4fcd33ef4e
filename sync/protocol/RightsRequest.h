#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

enum class RightsAction { Refill, Return };

// POST /v1/rights: a desk asks for rights from its site's pool, or returns surplus to it
// (SPEC 3.1). The desk stores the request with its id before sending it and resends it
// unchanged until it has an answer; the server answers one request id the same way forever.
// `feedCursor` and `eventsMade` are the desk's report, read from one durable snapshot: its
// feed cursor and the count of events it has made. A return is applied only once the server
// has applied that many of the desk's events; the report also releases sureties (SPEC 3.1).
struct RightsRequest
{
    static constexpr qint64 kMaxCount = 1000000;

    QString requestId; // a UUID chosen by the desk
    QString siteId;
    QString vaccineId;
    RightsAction action = RightsAction::Refill;
    qint64 count = 0;      // 1..kMaxCount
    qint64 feedCursor = 0; // a refill's feed starts here
    qint64 eventsMade = 0;

    bool sameAs(const RightsRequest &other) const;

    QJsonObject toJson() const;
    static std::optional<RightsRequest> fromJson(const QJsonObject &json, QString *error);
    static QString actionName(RightsAction action);
    static std::optional<RightsAction> actionFromName(const QString &name);
};

#pragma once

#include "models/domain/Event.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// POST /v1/events: {"events": [Event, ...]} in the order the desk made them.
// Decoding checks each envelope (id, type, device, site, sequence, cursor, time, payload
// object); what a payload must hold is checked by the server's rules, event by event.
struct EventBatch
{
    QList<Event> events;

    QJsonObject toJson() const;
    // ProtocolJson::serialize(toJson()), byte for byte, each event by ProtocolJson::serializeEvent.
    QByteArray serialize() const;
    static std::optional<EventBatch> fromJson(const QJsonObject &json, QString *error);
    // One event's envelope, `path` naming it in the error ("events[3]").
    static std::optional<Event> eventFromJson(const QJsonValue &value, const QString &path, QString *error);
};

#pragma once

#include "models/domain/Event.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// The first step of every decoder: bytes to one JSON object, or a message saying why not.
// The protocol's version and limits that both sides must agree on live here too.
class ProtocolJson final
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolJson)

public:
    static constexpr int kVersion = 1;
    static constexpr int kMaxBatchEvents = 1000; // events in one POST /v1/events
    static constexpr int kDefaultFeedLimit = 500;
    static constexpr int kMaxFeedLimit = 1000;

    static std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error);
    static QByteArray serialize(const QJsonObject &object);
    // serialize(event.toJson()), byte for byte, without building the event's QJsonObject: the
    // server stores this form of every pushed event and compares resent ones with it, and the
    // desk sends it. Only the payload goes through QJsonDocument (bench/README.md).
    static QByteArray serializeEvent(const Event &event);
    // Printable ASCII but the quote and the backslash: text QJsonDocument writes as it is.
    static bool isPlain(const QString &text);
};

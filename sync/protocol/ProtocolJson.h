#pragma once

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
};

#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// POST /v1/devices/enroll: a desk trades a one-time code for its identity and token.
struct EnrollRequest
{
    static constexpr int kMaxDeviceNameLength = 100;

    QString code;
    QString deviceName;

    QJsonObject toJson() const;
    static std::optional<EnrollRequest> fromJson(const QJsonObject &json, QString *error);
};

struct EnrollAnswer
{
    QString deviceId;
    QString siteId;
    QString token; // shown once; the server keeps only its SHA-256

    QJsonObject toJson() const;
    static std::optional<EnrollAnswer> fromJson(const QJsonObject &json, QString *error);
};

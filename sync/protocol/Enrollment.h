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
    // A code as typed, upper-cased without spaces and dashes: however it was grouped, the same
    // code (the server hashes this form; the desk's form groups it again for people).
    static QString normaliseCode(const QString &typed);
};

struct EnrollAnswer
{
    QString deviceId;
    QString siteId;
    QString token; // shown once; the server keeps only its SHA-256

    QJsonObject toJson() const;
    static std::optional<EnrollAnswer> fromJson(const QJsonObject &json, QString *error);
};

#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// The body of every 4xx/5xx answer: {"error": CODE, "message": TEXT}. The code is stable
// and meant for programs; the message is for people and may change.
struct ErrorBody
{
    QString code;
    QString message;

    QJsonObject toJson() const;
    static std::optional<ErrorBody> fromJson(const QJsonObject &json, QString *error);
};

// The error codes of protocol v1 (docs/protocol.md lists the HTTP status of each).
namespace ErrorCode {
inline const QString BadJson = QStringLiteral("bad_json");
inline const QString BadRequest = QStringLiteral("bad_request");
inline const QString Unauthorized = QStringLiteral("unauthorized");
inline const QString DeviceRevoked = QStringLiteral("device_revoked");
inline const QString Forbidden = QStringLiteral("forbidden");
inline const QString NotFound = QStringLiteral("not_found");
inline const QString MethodNotAllowed = QStringLiteral("method_not_allowed");
inline const QString PayloadTooLarge = QStringLiteral("payload_too_large");
inline const QString EnrollmentCodeUnknown = QStringLiteral("enrollment_code_unknown");
inline const QString EnrollmentCodeUsed = QStringLiteral("enrollment_code_used");
inline const QString EnrollmentCodeExpired = QStringLiteral("enrollment_code_expired");
inline const QString TooManyRequests = QStringLiteral("too_many_requests");
inline const QString NotYet = QStringLiteral("not_yet");
inline const QString RequestIdReused = QStringLiteral("request_id_reused");
inline const QString Internal = QStringLiteral("internal");
inline const QString Unavailable = QStringLiteral("unavailable");
inline const QString Overloaded = QStringLiteral("overloaded");
} // namespace ErrorCode

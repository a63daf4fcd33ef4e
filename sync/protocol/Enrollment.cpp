#include "sync/protocol/Enrollment.h"

#include "models/domain/PrintableText.h"
#include "sync/protocol/JsonReader.h"

QJsonObject EnrollRequest::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("deviceName"), deviceName}};
}

std::optional<EnrollRequest> EnrollRequest::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    EnrollRequest request{reader.nonEmptyString(QStringLiteral("code")),
                          reader.nonEmptyString(QStringLiteral("deviceName")).trimmed()};
    if (reader.ok() && request.deviceName.size() > kMaxDeviceNameLength)
        reader.fail(JsonReader::tr("deviceName is longer than %1 characters").arg(kMaxDeviceNameLength));
    // The name is shown in `device list` and logs, one line per device.
    if (reader.ok() && !PrintableText::isPrintable(request.deviceName))
        reader.fail(JsonReader::tr("deviceName must be printable text: no line breaks, tabs or other "
                                   "control characters"));
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return request;
}

QJsonObject EnrollAnswer::toJson() const
{
    return {{QStringLiteral("deviceId"), deviceId},
            {QStringLiteral("siteId"), siteId},
            {QStringLiteral("token"), token}};
}

std::optional<EnrollAnswer> EnrollAnswer::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    EnrollAnswer answer{reader.nonEmptyString(QStringLiteral("deviceId")),
                        reader.nonEmptyString(QStringLiteral("siteId")),
                        reader.nonEmptyString(QStringLiteral("token"))};
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return answer;
}

QString EnrollRequest::normaliseCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c != QLatin1Char('-') && !c.isSpace())
            code += c.toUpper();
    }
    return code;
}

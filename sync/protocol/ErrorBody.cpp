#include "sync/protocol/ErrorBody.h"

#include "sync/protocol/JsonReader.h"

QJsonObject ErrorBody::toJson() const
{
    return {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
}

std::optional<ErrorBody> ErrorBody::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    ErrorBody body{reader.nonEmptyString(QStringLiteral("error")), reader.string(QStringLiteral("message"))};
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return body;
}

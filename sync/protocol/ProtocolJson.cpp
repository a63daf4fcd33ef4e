#include "sync/protocol/ProtocolJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

std::optional<QJsonObject> ProtocolJson::parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("the body is not valid JSON (%1 at offset %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("the body must be a JSON object");
        return std::nullopt;
    }
    return document.object();
}

QByteArray ProtocolJson::serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

#include "sync/protocol/ProtocolJson.h"

#include "models/domain/IsoText.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

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

bool ProtocolJson::isPlain(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\';
    });
}

namespace {
void appendQuoted(QByteArray &out, const QString &plain)
{
    out += '"';
    out += plain.toLatin1();
    out += '"';
}
} // namespace

QByteArray ProtocolJson::serializeEvent(const Event &event)
{
    const QString at = IsoText::utcMillis(event.at);
    const QString type = eventTypeName(event.type);
    // Ids, type and time are plain in every event a desk makes; anything else takes Qt's own
    // way, whose escapes this does not repeat.
    if (!isPlain(at) || !isPlain(event.deviceId) || !isPlain(event.id) || !isPlain(event.siteId) ||
        !isPlain(type))
        return serialize(event.toJson());
    const QByteArray payload = QJsonDocument(event.payload).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(payload.size() + at.size() + event.deviceId.size() + event.id.size() + event.siteId.size() +
                type.size() + 128);
    // The keys in QJsonObject's order (sorted), as serialize() writes them.
    out += "{\"at\":";
    appendQuoted(out, at);
    out += ",\"deviceId\":";
    appendQuoted(out, event.deviceId);
    out += ",\"feedCursor\":";
    out += QByteArray::number(event.feedCursor);
    out += ",\"id\":";
    appendQuoted(out, event.id);
    out += ",\"payload\":";
    out += payload;
    out += ",\"sequence\":";
    out += QByteArray::number(event.sequence);
    out += ",\"siteId\":";
    appendQuoted(out, event.siteId);
    out += ",\"type\":";
    appendQuoted(out, type);
    out += '}';
    return out;
}

#include "models/domain/Event.h"

#include "models/domain/IsoText.h"

#include <QUuid>

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<EventType, const char *>, 8> kNames{{
    {EventType::VaccineRegistered, "VaccineRegistered"},
    {EventType::StockReceived, "StockReceived"},
    {EventType::StockWrittenOff, "StockWrittenOff"},
    {EventType::Booked, "Booked"},
    {EventType::BookingCancelled, "BookingCancelled"},
    {EventType::Injected, "Injected"},
    {EventType::InjectionUndone, "InjectionUndone"},
    {EventType::SuretyReleased, "SuretyReleased"},
}};
} // namespace

QString eventTypeName(EventType type)
{
    for (const auto &[value, name] : kNames) {
        if (value == type)
            return QString::fromLatin1(name);
    }
    return QString();
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QJsonObject Event::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), eventTypeName(type)},
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("siteId"), siteId},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("feedCursor"), feedCursor},
        {QStringLiteral("at"), IsoText::utcMillis(at)},
        {QStringLiteral("payload"), payload},
    };
}

std::optional<Event> Event::fromJson(const QJsonObject &json)
{
    Event event;
    const auto type = eventTypeFromName(json.value(QStringLiteral("type")).toString());
    event.id = json.value(QStringLiteral("id")).toString();
    event.deviceId = json.value(QStringLiteral("deviceId")).toString();
    event.siteId = json.value(QStringLiteral("siteId")).toString();
    event.sequence = json.value(QStringLiteral("sequence")).toInteger(-1);
    event.feedCursor = json.value(QStringLiteral("feedCursor")).toInteger(-1);
    event.at = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    event.payload = json.value(QStringLiteral("payload")).toObject();
    if (!type || QUuid::fromString(event.id).isNull() || event.deviceId.isEmpty() || event.sequence < 1 ||
        event.feedCursor < 0 || !event.at.isValid() || !json.value(QStringLiteral("payload")).isObject())
        return std::nullopt;
    event.type = *type;
    return event;
}

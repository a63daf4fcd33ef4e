#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// The event names of the seed's design; they are the wire names too.
enum class EventType {
    VaccineRegistered,
    StockReceived,
    StockWrittenOff,
    Booked,
    BookingCancelled,
    Injected,
    // Not in the seed: a mistaken injection is taken back by a later event, never by
    // deleting the Injected one, so history stays whole on every desk and the server.
    InjectionUndone,
    // Made by the server, never by a desk: a surety held for an injection goes back to the
    // injecting desk (SPEC 3.1). It reaches desks only through the feed.
    SuretyReleased
};

QString eventTypeName(EventType type);
std::optional<EventType> eventTypeFromName(const QString &name);

// One fact recorded by a desk. Written to the outbox in the same transaction as
// the state change it records.
struct Event
{
    QString id; // UUID, globally unique: delivering an event twice has the effect of once
    EventType type = EventType::Booked;
    QString deviceId;
    QString siteId;
    qint64 sequence = 0;   // local, gap-free per device: the order the desk made its events
    qint64 feedCursor = 0; // the desk's feed cursor when it made the event (0 while standalone)
    QDateTime at;          // UTC
    QJsonObject payload;
    // When not empty, the outbox stores this text instead of serialising `payload`: the
    // booking path writes its payload directly (JsonText), which is cheaper per booking.
    QString payloadText;

    QJsonObject toJson() const;
    static std::optional<Event> fromJson(const QJsonObject &json);
};

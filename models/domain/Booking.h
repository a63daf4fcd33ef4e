#pragma once

#include "models/domain/Customer.h"

#include <QDateTime>
#include <QString>

// Merge order on every desk and on the server: Injected > Cancelled > Booked.
enum class BookingState { Booked = 0, Cancelled = 1, Injected = 2 };

QString bookingStateName(BookingState state); // stable: "BOOKED", "CANCELLED", "INJECTED"
QString bookingStateText(BookingState state); // translated, for people

struct Booking
{
    QString id;   // UUID, global
    QString code; // short code the customer types, see BookingCode
    QString siteId;
    QString vaccineId;
    Customer customer;
    QDateTime appointment; // clinic local time, minute precision
    BookingState state = BookingState::Booked;
    QString holder; // device id of the desk that made the booking (SPEC 3.1)
    QDateTime createdAt;
};

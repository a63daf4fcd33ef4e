#pragma once

#include "models/domain/Customer.h"

#include <QDateTime>
#include <QString>

// Merge order on every desk and on the server: Injected > Cancelled > Booked. Rejected exists on a
// desk only: its own booking the server refused (SPEC 3: kept visible, no longer counted as booked);
// no event of the feed moves a booking into or out of it.
enum class BookingState { Booked = 0, Cancelled = 1, Injected = 2, Rejected = 3 };

QString bookingStateName(BookingState state); // stable: "BOOKED", "CANCELLED", "INJECTED", "REJECTED"
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

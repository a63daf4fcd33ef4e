#pragma once

#include "models/domain/Booking.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// What MyPage may show of one booking, found by its code. `birthDate` is here only so the
// controller can check it; it is never shown or logged.
struct MyPageView
{
    QString code;
    QDate birthDate;
    BookingState state = BookingState::Booked;
    QString vaccineName;
    QString siteName;
    QDateTime appointment; // clinic local time, minute precision
    QDateTime injectedAt;  // UTC; invalid unless the booking was injected
};

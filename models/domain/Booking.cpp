#include "models/domain/Booking.h"

#include <QCoreApplication>

QString bookingStateName(BookingState state)
{
    switch (state) {
    case BookingState::Booked:
        return QStringLiteral("BOOKED");
    case BookingState::Cancelled:
        return QStringLiteral("CANCELLED");
    case BookingState::Injected:
        return QStringLiteral("INJECTED");
    case BookingState::Rejected:
        return QStringLiteral("REJECTED");
    }
    return QString();
}

QString bookingStateText(BookingState state)
{
    switch (state) {
    case BookingState::Booked:
        return QCoreApplication::translate("Booking", "booked");
    case BookingState::Cancelled:
        return QCoreApplication::translate("Booking", "cancelled");
    case BookingState::Injected:
        return QCoreApplication::translate("Booking", "injected");
    case BookingState::Rejected:
        return QCoreApplication::translate("Booking", "rejected");
    }
    return QString();
}

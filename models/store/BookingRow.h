#pragma once

#include "models/domain/Booking.h"

#include <QString>

// One booking as a list shows it: the stored text, unparsed (parsing dates for every row of a page
// costs more than reading it), with the vaccine's name and the row id that pages are keyed on.
struct BookingRow
{
    qint64 rowId = 0;
    QString code;
    QString name;
    QString birthDate; // yyyy-MM-dd
    QString phone;     // digits
    QString vaccineId;
    QString vaccineName; // empty if the vaccine is unknown here
    QString appointment; // yyyy-MM-ddTHH:mm, clinic local time
    BookingState state = BookingState::Booked;
};

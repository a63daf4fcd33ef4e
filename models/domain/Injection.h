#pragma once

#include <QDateTime>
#include <QString>

struct Injection
{
    QString bookingId;
    QString vaccineId;
    QString lotNumber;
    QDateTime injectedAt;
    bool surety = false;   // made at a desk that is not the booking's holder (SPEC 3.1)
    bool override = false; // recorded without a right to pay for it; raises a conflict
};

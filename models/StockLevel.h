#pragma once

#include <QString>

// The counters the rules read, per site and vaccine. The invariant: booked <= onHand.
struct StockLevel
{
    QString vaccineId;
    QString vaccineName;
    int onHand = 0; // doses in all lots
    int booked = 0; // bookings in state BOOKED
    int rights = 0; // this desk's escrow rights (SPEC 3.1)

    int available() const { return onHand - booked; }
};

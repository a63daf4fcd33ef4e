#pragma once

#include <QString>

#include <limits>

// The counters the rules read, per site and vaccine. The invariant: booked <= onHand + overrides
// (SPEC 3.1: an override uses a dose no right paid for, and may take one a booking still counts on).
struct StockLevel
{
    // The counters are ints: a stock past this would wrap around to a negative number
    // (Rules::checkStockRoom keeps every receipt under it).
    static constexpr int kMaxDoses = std::numeric_limits<int>::max();

    QString vaccineId;
    QString vaccineName;
    int onHand = 0;    // doses in all lots
    int booked = 0;    // bookings in state BOOKED
    int rights = 0;    // this desk's escrow rights (SPEC 3.1)
    int overrides = 0; // injections recorded as overrides, this desk's and the feed's, not undone

    // Overrides never make room for a booking.
    int available() const { return onHand - booked; }
};

#pragma once

#include <QHash>
#include <QString>

#include <algorithm>

// When a desk refills its rights from the site's pool and when it returns surplus (SPEC 3.1):
// per vaccine a low and a high water mark. Below low the desk asks for (high - rights); above high
// it returns (rights - high). A vaccine without marks set here gets them from the desk's coming
// demand, its own BOOKED bookings for today and tomorrow:
//   low  = max(kMinimumLow, ceil(bookings / kBookingsPerRight)), high = kHighPerLow * low.
// So a quiet desk keeps 2 to 6 rights, and a desk with 20 bookings in the next two days 10 to 30:
// enough to keep booking through an outage of hours without hoarding the site's doses.
struct RightsSettings
{
    static constexpr int kMinimumLow = 2;
    static constexpr int kBookingsPerRight = 2;
    static constexpr int kHighPerLow = 3;

    struct Marks
    {
        int low = 0;
        int high = 0;
    };

    bool enabled = true;         // false: rounds never refill or return (resent requests still go)
    QHash<QString, Marks> marks; // by vaccine id: marks the desk's settings or the CLI chose

    void setMarks(const QString &vaccineId, int low, int high)
    {
        low = std::max(0, low);
        marks.insert(vaccineId, Marks{low, std::max(low, high)});
    }

    Marks marksFor(const QString &vaccineId, int heldBookingsSoon) const
    {
        const auto set = marks.constFind(vaccineId);
        if (set != marks.constEnd())
            return *set;
        const int low = std::max(kMinimumLow,
                                 (std::max(0, heldBookingsSoon) + kBookingsPerRight - 1) / kBookingsPerRight);
        return Marks{low, kHighPerLow * low};
    }
};

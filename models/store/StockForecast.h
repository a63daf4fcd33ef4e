#pragma once

#include <QDate>
#include <QList>
#include <QString>

class Clock;
class LocalStore;

// What the coming days ask of the stock, for a chart: per day from the clock's date, the doses on hand
// today, those of them still usable that day (lots not yet expired), the BOOKED appointments that day
// and the running total of those from today. Bookings left BOOKED from past days are not counted.
// Reads only; every call reads afresh. Threading: the thread that opened the store.
class StockForecast final
{
public:
    struct Day
    {
        QDate date;
        int onHand = 0;           // today's stock, the same every day
        int usable = 0;           // today's stock in lots that have not expired by this day
        int booked = 0;           // BOOKED appointments on this day
        int cumulativeBooked = 0; // BOOKED appointments from today to this day
    };

    StockForecast(LocalStore *store, const Clock *clock)
        : m_store(store)
        , m_clock(clock)
    {}

    // `days` days from today (none if days < 1), for one vaccine or, with an empty id, all of them.
    // Throws DatabaseError.
    QList<Day> days(int days, const QString &vaccineId = QString()) const;

private:
    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
};

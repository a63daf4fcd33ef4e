#include "models/store/StockForecast.h"

#include "models/domain/Clock.h"
#include "models/store/BookingStore.h"
#include "models/store/LocalStore.h"

QList<StockForecast::Day> StockForecast::days(int days, const QString &vaccineId) const
{
    if (days < 1)
        return {};
    const QDate today = m_clock->now().date();
    const QDate end = today.addDays(days);

    const QHash<QDate, int> bookedOn = m_store->bookings()->bookedPerDay(today, end, vaccineId);

    const QList<Lot> lots = m_store->stock()->lots(vaccineId);
    int onHand = 0;
    for (const Lot &lot : lots)
        onHand += lot.remaining;

    QList<Day> forecast;
    forecast.reserve(days);
    int cumulative = 0;
    for (QDate date = today; date < end; date = date.addDays(1)) {
        Day day;
        day.date = date;
        day.onHand = onHand;
        for (const Lot &lot : lots) {
            if (!lot.isExpiredOn(date))
                day.usable += lot.remaining;
        }
        day.booked = bookedOn.value(date);
        cumulative += day.booked;
        day.cumulativeBooked = cumulative;
        forecast.append(day);
    }
    return forecast;
}

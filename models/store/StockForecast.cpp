#include "models/store/StockForecast.h"

#include "models/domain/Clock.h"
#include "models/domain/IsoText.h"
#include "models/store/LocalStore.h"

#include <QHash>

QList<StockForecast::Day> StockForecast::days(int days, const QString &vaccineId) const
{
    if (days < 1)
        return {};
    const QDate today = m_clock->now().date();
    const QDate end = today.addDays(days);

    // A range on the appointment index, which holds the state and vaccine too, so the count never reads
    // a row. The unary + keeps SQLite from choosing another index for the state (schema 1 and 2 had a
    // partial index of BOOKED customers, whose random reads took many times longer).
    QSqlQuery &query = m_store->database()->prepared(
        vaccineId.isEmpty()
            ? QStringLiteral(
                  "SELECT substr(appointment, 1, 10), count(*) FROM bookings WHERE appointment >= ? "
                  "AND appointment < ? AND +state = 0 GROUP BY 1")
            : QStringLiteral(
                  "SELECT substr(appointment, 1, 10), count(*) FROM bookings WHERE appointment >= ? "
                  "AND appointment < ? AND +state = 0 AND vaccine_id = ? GROUP BY 1"));
    query.addBindValue(IsoText::date(today));
    query.addBindValue(IsoText::date(end));
    if (!vaccineId.isEmpty())
        query.addBindValue(vaccineId);
    Database::exec(query);
    QHash<QString, int> bookedOn;
    while (query.next())
        bookedOn.insert(query.value(0).toString(), query.value(1).toInt());
    query.finish();

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
        day.booked = bookedOn.value(IsoText::date(date));
        cumulative += day.booked;
        day.cumulativeBooked = cumulative;
        forecast.append(day);
    }
    return forecast;
}

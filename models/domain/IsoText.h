#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The store's text forms of dates and times, written directly: QDate::toString and
// QDateTime::toString format through the locale machinery, which shows up in the cost
// of every booking. The output is exactly Qt::ISODate / Qt::ISODateWithMs.
class IsoText final
{
public:
    static QString date(const QDate &date);              // 2026-03-02
    static QString minute(const QDateTime &localTime);   // 2026-03-02T09:30 (appointments)
    static QString utcMillis(const QDateTime &dateTime); // 2026-03-02T00:30:00.000Z
};

#include "models/domain/ShownDate.h"

// Format strings, not QLocale: the form is the same whatever the language.
QString ShownDate::date(const QDate &date)
{
    return date.toString(dateFormat());
}

QString ShownDate::time(const QDateTime &dateTime)
{
    return dateTime.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString ShownDate::minute(const QDateTime &dateTime)
{
    return dateTime.toLocalTime().toString(minuteFormat());
}

QString ShownDate::second(const QDateTime &dateTime)
{
    return dateTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

#include "models/domain/IsoText.h"

namespace {
void put(QChar *&out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += digits;
}

void putDate(QChar *&out, const QDate &date)
{
    // One conversion from the Julian day: year(), month() and day() would each make their own.
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    put(out, year, 4);
    *out++ = u'-';
    put(out, month, 2);
    *out++ = u'-';
    put(out, day, 2);
}
} // namespace

QString IsoText::date(const QDate &date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    QChar *out = text.data();
    putDate(out, date);
    return text;
}

QString IsoText::minute(const QDateTime &localTime)
{
    const QDate day = localTime.date();
    if (!localTime.isValid() || day.year() < 0 || day.year() > 9999)
        return localTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    QString text(16, Qt::Uninitialized);
    QChar *out = text.data();
    putDate(out, day);
    *out++ = u'T';
    const QTime time = localTime.time();
    put(out, time.hour(), 2);
    *out++ = u':';
    put(out, time.minute(), 2);
    return text;
}

QString IsoText::utcMillis(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    const QDate day = utc.date();
    if (!utc.isValid() || day.year() < 0 || day.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    putDate(out, day);
    *out++ = u'T';
    const QTime time = utc.time();
    put(out, time.hour(), 2);
    *out++ = u':';
    put(out, time.minute(), 2);
    *out++ = u':';
    put(out, time.second(), 2);
    *out++ = u'.';
    put(out, time.msec(), 3);
    *out++ = u'Z';
    return text;
}

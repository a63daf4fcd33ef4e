#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

// How the desk shows dates and times to people, in either language: 2026-12-20, 09:30,
// 2026-12-20 09:30. The same order the date fields are typed in, with four-digit years and
// 24-hour times, so a date reads alike in a table, a dialog and a field (QLocale's short Korean
// format, "26. 12. 20.", drops the century and was seen beside ISO dates). Times are shown in
// local time. Printed slips keep their long form (BookingSlip).
class ShownDate final
{
public:
    static QString dateFormat() { return QStringLiteral("yyyy-MM-dd"); }         // for QDateEdit
    static QString minuteFormat() { return QStringLiteral("yyyy-MM-dd HH:mm"); } // for QDateTimeEdit

    static QString date(const QDate &date);
    static QString time(const QDateTime &dateTime);   // 09:30
    static QString minute(const QDateTime &dateTime); // 2026-12-20 09:30
    static QString second(const QDateTime &dateTime); // 2026-12-20 09:30:05
};

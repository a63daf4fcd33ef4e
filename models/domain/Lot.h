#pragma once

#include <QDate>
#include <QString>

// A delivery of doses of one vaccine. `remaining` falls with injections and write-offs.
struct Lot
{
    qint64 id = 0;
    QString vaccineId;
    QString lotNumber;
    QDate expiry;
    int received = 0;
    int remaining = 0;

    bool isExpiredOn(const QDate &day) const { return expiry < day; }
};

#pragma once

#include <QDateTime>
#include <QString>

// One injection as the server recorded it. `undoable` is decided when the injection is applied
// (SPEC 3.1): only the holder's injection of a booking the server found BOOKED moved no right,
// so only that one can be taken back without moving rights (InjectionUndone).
struct InjectionRecord
{
    qint64 id = 0;
    QString bookingId;
    QString lotNumber;
    QString deviceId;
    QDateTime injectedAt;
    bool undoable = false;
    bool undone = false;
};

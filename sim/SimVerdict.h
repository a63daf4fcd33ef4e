#pragma once

#include <QStringList>

// What the checker found at the end of one seed, after the faults healed and the desks settled.
struct SimVerdict
{
    qint64 lost = 0;        // events a desk made that the server never applied or rejected
    qint64 doubled = 0;     // events applied more than once, or a desk's events the desk never made
    qint64 diverged = 0;    // desks whose bookings, lots or stock differ from the server's
    qint64 rightsDrift = 0; // desk and vaccine whose rights differ from what the server counts there
    qint64 lotDrift = 0;    // desks whose doses per lot differ from the server's, the stock agreeing
    qint64 suretySettled = 0;
    qint64 overrides = 0;
    QStringList violations; // every broken check, one sentence each
    QStringList notes;      // what differs without breaking a check (lotDrift)

    bool ok() const { return violations.isEmpty() && !lost && !doubled && !diverged && !rightsDrift; }
};

#pragma once

#include "SimCounters.h"
#include "SimVerdict.h"

#include <QStringList>

// One seed's run: its history (one line per step), the first failing check, the verdict.
struct SeedResult
{
    quint64 seed = 0;
    int steps = 0;
    QStringList history;
    QString failedCheck; // empty when every check held
    SimVerdict verdict;
    SimCounters counters;

    bool ok() const { return failedCheck.isEmpty() && verdict.ok(); }
};

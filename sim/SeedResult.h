#pragma once

#include "SimCounters.h"
#include "SimVerdict.h"

#include <QStringList>

// One seed's run: its history (one line per step), the first failing check, the verdict.
struct SeedResult
{
    quint64 seed = 0;
    int steps = 0;      // steps run (skipped ones not counted)
    int failedStep = 0; // the step whose run or checks failed; 0 when none or not during the steps
    QStringList history;
    QString failedCheck; // empty when every check held
    SimVerdict verdict;
    SimCounters counters;

    bool ok() const { return failedCheck.isEmpty() && verdict.ok(); }
};

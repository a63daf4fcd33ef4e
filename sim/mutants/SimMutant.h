#pragma once

#include "SimSeams.h"

#include <QList>
#include <QString>

#include <optional>

// One mutant of issue 13 part 4: a rule of SPEC 3.1 broken through a seam only (a substituted
// link or server store, no switch in production code), which the simulation's checker must
// catch within 1,000 seeds.
struct SimMutant
{
    QString name; // for --mutant
    QString rule; // the rule it breaks, for people
    SimSeams seams;

    static QList<SimMutant> all();
    static std::optional<SimMutant> byName(const QString &name);
};

#pragma once

#include "SeedResult.h"

#include <QJsonObject>

// The totals over every seed of a run, as the last line's JSON object.
struct SimReport
{
    qint64 seeds = 0;
    qint64 steps = 0;
    qint64 failedSeeds = 0;
    qint64 violations = 0;
    qint64 lost = 0;
    qint64 doubled = 0;
    qint64 diverged = 0;
    qint64 rightsDrift = 0;
    SimCounters counters;
    QList<quint64> failing;

    void add(const SeedResult &result)
    {
        ++seeds;
        steps += result.steps;
        lost += result.verdict.lost;
        doubled += result.verdict.doubled;
        diverged += result.verdict.diverged;
        rightsDrift += result.verdict.rightsDrift;
        if (!result.ok()) {
            ++failedSeeds;
            failing.append(result.seed);
            violations += std::max<qint64>(1, result.verdict.violations.size());
        }
        counters += result.counters;
    }

    QJsonObject toJson() const
    {
        QJsonObject json{{QStringLiteral("seeds"), seeds},
                         {QStringLiteral("steps"), steps},
                         {QStringLiteral("violations"), violations},
                         {QStringLiteral("lost"), lost},
                         {QStringLiteral("doubled"), doubled},
                         {QStringLiteral("diverged"), diverged},
                         {QStringLiteral("rights_drift"), rightsDrift},
                         {QStringLiteral("failed_seeds"), failedSeeds}};
        counters.addTo(&json);
        return json;
    }
};

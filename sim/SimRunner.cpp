#include "SimRunner.h"

#include "HistoryChecker.h"
#include "SimOperations.h"
#include "SimSnapshot.h"
#include "SimSql.h"
#include "SimWorld.h"
#include "models/domain/DatabaseError.h"

#include <QSet>

SeedResult SimRunner::run(quint64 seed) const
{
    SeedResult result;
    result.seed = seed;
    SimWorld world(seed, m_options.desks, m_seams);
    QString error;
    if (!world.setUp(&error)) {
        result.failedCheck = QStringLiteral("set-up: ") + error;
        return result;
    }
    SimOperations operations(&world, &result.counters, m_options.without);
    HistoryChecker checker(&world);
    QStringList duringRounds; // the desk checks between the requests of a round
    world.observeRounds([&checker, &duringRounds](SimDesk &desk) {
        for (const QString &violation : checker.checkDesk(desk))
            duringRounds << QStringLiteral("during a round of desk %1: %2").arg(desk.name, violation);
    });
    try {
        // A skipped step does nothing at all (no clock, no partition countdown, no draw): the
        // steps run draw exactly what they draw in the whole plan.
        const QSet<int> skipped(m_options.skip.cbegin(), m_options.skip.cend());
        for (int step = 1; step <= m_options.steps; ++step) {
            if (skipped.contains(step))
                continue;
            QString failure;
            result.history << operations.step(step, &failure);
            if (m_options.trace)
                result.history << SimSnapshot::describe(&world);
            ++result.steps;
            if (m_seams.afterStep)
                m_seams.afterStep(&world, step);
            if (!failure.isEmpty()) {
                result.failedStep = step;
                result.failedCheck = QStringLiteral("step %1: %2").arg(step).arg(failure);
                result.history << QStringLiteral("state after step %1:").arg(step)
                               << SimSnapshot::describe(&world) << SimSnapshot::rejections(&world)
                               << operations.legend();
                return result;
            }
            const QStringList violations = duringRounds + checker.checkStep();
            duringRounds.clear();
            if (!violations.isEmpty()) {
                result.failedStep = step;
                result.verdict.violations = violations;
                result.failedCheck =
                    QStringLiteral("after step %1: %2").arg(step).arg(violations.constFirst());
                result.history << operations.legend();
                return result;
            }
        }
        world.heal();
        result.history << QStringLiteral("heal: every fault off, held requests delivered");
        if (!world.settle(kSettlePasses, &error)) {
            result.failedCheck = QStringLiteral("settling: ") + error;
            return result;
        }
        result.verdict = checker.checkEnd();
        result.verdict.violations = duringRounds + result.verdict.violations;
        result.counters.suretySettled = result.verdict.suretySettled;
        result.counters.overrides = result.verdict.overrides;
        result.counters.lotDrift = result.verdict.lotDrift;
        if (!result.verdict.violations.isEmpty()) {
            result.failedCheck = QStringLiteral("at the end: ") + result.verdict.violations.constFirst();
            result.history << QStringLiteral("state at the end:") << SimSnapshot::describe(&world)
                           << operations.legend();
        }
    } catch (const SimSql::Error &sqlError) {
        result.failedCheck = QStringLiteral("a checker query failed: ") + sqlError.message;
    } catch (const DatabaseError &databaseError) {
        result.failedCheck = QStringLiteral("the database failed: ") + databaseError.message();
    }
    return result;
}

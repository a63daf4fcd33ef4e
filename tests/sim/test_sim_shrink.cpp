#include "SimOptions.h"
#include "SimRunner.h"
#include "SimShrinker.h"
#include "SimSql.h"
#include "SimWorld.h"
#include "models/domain/Event.h"
#include "server/store/SqliteServerStore.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

namespace {
constexpr quint64 kSeed = 11;

// A failure forced through the afterStep seam: once the desks have made two injections between
// them, the server's pool grows by a right nobody holds, which the escrow audit after that step
// catches. Two bookings (or one undone) and two injections make it fail; the rest of a plan is
// noise that shrinking should drop.
SimSeams secondInjectionUnbalancesEscrow()
{
    SimSeams seams;
    seams.afterStep = [](SimWorld *world, int) {
        qint64 injections = 0;
        for (int index = 0; index < world->deskCount(); ++index)
            injections += SimSql::number(world->desk(index).database(),
                                         QStringLiteral("SELECT count(*) FROM outbox WHERE type = ?"),
                                         {eventTypeName(EventType::Injected)});
        if (injections >= 2)
            SimSql::rows(world->server()->store()->database(),
                         QStringLiteral("UPDATE stock_levels SET pool = pool + 1 WHERE site_id = ?"),
                         {world->siteId()});
    };
    return seams;
}

SimOptions options(int steps)
{
    SimOptions options;
    options.firstSeed = kSeed;
    options.desks = 3;
    options.steps = steps;
    return options;
}

// The steps' lines, without the state a failure appends (which names random ids and codes).
QStringList stepLines(const SeedResult &result)
{
    QStringList lines;
    for (const QString &line : result.history) {
        if (line.startsWith(u'#'))
            lines << line;
    }
    return lines;
}

int doneInjections(const QStringList &lines)
{
    static const QRegularExpression inject(QStringLiteral("^#\\d+ [A-Z] inject b\\d+ -> done "));
    int count = 0;
    for (const QString &line : lines)
        count += inject.match(line).hasMatch() ? 1 : 0;
    return count;
}
} // namespace

class TestSimShrink : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The engine's warnings about faults it survives are the simulation's normal.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    }

    void aSkipListReadsAndPrintsAsRanges()
    {
        QString error;
        const std::optional<SimOptions> parsed = SimOptions::parse(
            {QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--skip"),
             QStringLiteral("40-42,3,17,41"), QStringLiteral("--steps"), QStringLiteral("50")},
            &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->seeds, 1u);
        QCOMPARE(parsed->firstSeed, 9u);
        QCOMPARE(parsed->skip, (QList<int>{3, 17, 40, 41, 42}));
        QCOMPARE(SimOptions::formatSteps(parsed->skip), QStringLiteral("3,17,40-42"));
        QCOMPARE(parsed->replayCommand(9),
                 QStringLiteral("anticorona-sim --seed 9 --desks 3 --steps 50 --skip 3,17,40-42 --verbose"));
        for (const char *bad : {"5-3", "0", "4,x", "-2", "3-"})
            QVERIFY2(!SimOptions::parse({QStringLiteral("--seed"), QStringLiteral("1"),
                                         QStringLiteral("--skip"), QString::fromLatin1(bad)},
                                        &error),
                     bad);
    }

    void aSkippedStepLeavesTheStepsBeforeItAndReplaysExactly()
    {
        SimOptions skipping = options(60);
        skipping.skip = {20, 31, 32, 33};
        const SeedResult whole = SimRunner(options(60)).run(kSeed);
        const SeedResult first = SimRunner(skipping).run(kSeed);
        const SeedResult second = SimRunner(skipping).run(kSeed);
        QVERIFY2(whole.ok() && first.ok(), qPrintable(whole.failedCheck + first.failedCheck));
        QCOMPARE(first.steps, 56);
        QCOMPARE(stepLines(first).mid(0, 19), stepLines(whole).mid(0, 19));
        QVERIFY(stepLines(first).at(19).startsWith(QStringLiteral("#21 ")));
        QCOMPARE(first.history, second.history);
    }

    void aForcedFailureShrinksToAShorterPlanThatReplaysToTheSameFailure()
    {
        const SimSeams seams = secondInjectionUnbalancesEscrow();
        const SimOptions whole = options(200);
        const SeedResult failed = SimRunner(whole, seams).run(kSeed);
        QVERIFY2(failed.failedCheck.contains(QStringLiteral("escrow unbalanced")),
                 qPrintable(failed.failedCheck));
        QCOMPARE(doneInjections(stepLines(failed)), 2);

        const SimShrinker::Result shrunk = SimShrinker(whole, seams, 300).shrink(kSeed, failed);
        QVERIFY(shrunk.runs <= 300);
        QCOMPARE(shrunk.originalSteps, failed.steps);
        QVERIFY2(shrunk.kept.size() < failed.steps / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(shrunk.kept.size()).arg(failed.steps)));
        QCOMPARE(SimShrinker::signature(shrunk.failed), SimShrinker::signature(failed));
        QCOMPARE(doneInjections(stepLines(shrunk.failed)), 2);
        QCOMPARE(stepLines(shrunk.failed).size(), shrunk.kept.size());
        QCOMPARE(shrunk.options.steps, shrunk.kept.constLast());
        QVERIFY(shrunk.options.replayCommand(kSeed).contains(QStringLiteral(" --skip ") +
                                                             SimOptions::formatSteps(shrunk.options.skip)));

        // The printed plan is the plan: run again from its options, twice, it fails alike and
        // tells the same history line for line.
        const SeedResult replay = SimRunner(shrunk.options, seams).run(kSeed);
        const SeedResult again = SimRunner(shrunk.options, seams).run(kSeed);
        QCOMPARE(SimShrinker::signature(replay), SimShrinker::signature(failed));
        QCOMPARE(stepLines(replay), stepLines(shrunk.failed));
        QCOMPARE(stepLines(again), stepLines(replay));
        QCOMPARE(replay.failedStep, shrunk.kept.constLast());
    }

    void aPassingSeedHasNothingToShrink()
    {
        const SeedResult passed = SimRunner(options(30)).run(kSeed);
        QVERIFY(passed.ok());
        QVERIFY(SimShrinker::signature(passed).isEmpty());
        QCOMPARE(SimShrinker(options(30), {}, 300).shrink(kSeed, passed).runs, 0);
    }
};

QTEST_GUILESS_MAIN(TestSimShrink)
#include "test_sim_shrink.moc"

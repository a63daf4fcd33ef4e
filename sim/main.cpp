// anticorona-sim: the deterministic multi-desk simulation of issue 13 (see sim/SimRunner.h).
#include "SimOptions.h"
#include "SimReport.h"
#include "SimRunner.h"
#include "SimShrinker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdio>

namespace {
// Shrinking reruns a failing seed up to --shrink-runs times; when most seeds fail (a mutant, a
// broken build) the first few failures' short histories are enough.
constexpr int kShrinkRunsInAll = 1500;

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// The shortest plan that fails the same check, its history and the command that replays it.
int shrink(const SimOptions &options, quint64 seed, const SeedResult &failed, int maxRuns)
{
    const SimShrinker::Result shrunk = SimShrinker(options, {}, maxRuns).shrink(seed, failed);
    print(QStringLiteral("seed %1 shrunk: %2 of %3 steps fail the same check (%4 reruns): %5")
              .arg(seed)
              .arg(shrunk.kept.size())
              .arg(shrunk.originalSteps)
              .arg(shrunk.runs)
              .arg(shrunk.failed.failedCheck));
    for (const QString &line : shrunk.failed.history)
        print(QStringLiteral("  ") + line);
    print(QStringLiteral("  replay shrunk: ") + shrunk.options.replayCommand(seed));
    return shrunk.runs;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    QString error;
    const std::optional<SimOptions> options = SimOptions::parse(arguments, &error);
    if (!options) {
        std::fputs(qPrintable(error + QLatin1Char('\n') + SimOptions::usage() + QLatin1Char('\n')), stderr);
        return 2;
    }
    if (!options->verbose) // the engine's warnings about faults it survives are the simulation's normal
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));

    const SimRunner runner(*options);
    SimReport report;
    QElapsedTimer timer;
    timer.start();
    const quint64 every = std::max<quint64>(1, options->seeds / 20);
    int shrinkRunsLeft = kShrinkRunsInAll;
    for (quint64 n = 0; n < options->seeds; ++n) {
        const quint64 seed = options->firstSeed + n;
        const SeedResult result = runner.run(seed);
        report.add(result);
        if (options->verbose || !result.ok()) {
            print(QStringLiteral("seed %1: %2")
                      .arg(seed)
                      .arg(result.ok() ? QStringLiteral("ok") : QStringLiteral("FAILED")));
            for (const QString &line : result.history)
                print(QStringLiteral("  ") + line);
        }
        if (!result.ok()) {
            print(QStringLiteral("seed %1 failed: %2").arg(seed).arg(result.failedCheck));
            for (const QString &violation : result.verdict.violations)
                print(QStringLiteral("  violation: ") + violation);
            for (const QString &note : result.verdict.notes)
                print(QStringLiteral("  note: ") + note);
            print(QStringLiteral("  replay: ") + options->replayCommand(seed));
            const int runs = std::min(options->shrinkRuns, shrinkRunsLeft);
            if (runs > 0)
                shrinkRunsLeft -= shrink(*options, seed, result, runs);
        }
        if ((n + 1) % every == 0 || n + 1 == options->seeds)
            print(QStringLiteral("progress: %1/%2 seeds, %3 failed, %4 s")
                      .arg(n + 1)
                      .arg(options->seeds)
                      .arg(report.failedSeeds)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    print(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
    return report.failedSeeds == 0 && report.violations == 0 ? 0 : 1;
}

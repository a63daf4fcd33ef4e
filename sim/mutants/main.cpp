// anticorona-sim-mutants: the simulation run against one mutant of issue 13 part 4 (SimMutant),
// seed after seed until the checker catches it. Test-only: the mutants are never linked into
// anticorona-sim. Exit 0 when every mutant asked for was caught, 1 when one was not, 2 on bad use.
#include "SimMutant.h"
#include "SimOptions.h"
#include "SimRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <cstdio>

namespace {
void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString usage()
{
    QStringList names;
    for (const SimMutant &mutant : SimMutant::all())
        names << mutant.name;
    return QStringLiteral("usage: anticorona-sim-mutants --mutant NAME|all --seeds N [--first-seed S] "
                          "[--desks D] [--steps K] [--without OP,OP] [--verbose]\nmutants: ") +
           names.join(QStringLiteral(", "));
}

// Runs seeds from the first until one fails; true when one did.
bool hunt(const SimMutant &mutant, const SimOptions &options)
{
    print(QStringLiteral("mutant %1: %2").arg(mutant.name, mutant.rule));
    const SimRunner runner(options, mutant.seams);
    const SimRunner plain(options);
    QElapsedTimer timer;
    timer.start();
    for (quint64 n = 0; n < options.seeds; ++n) {
        const quint64 seed = options.firstSeed + n;
        const SeedResult result = runner.run(seed);
        if (result.ok())
            continue;
        // Only a seed the real code passes catches the mutant.
        if (const SeedResult without = plain.run(seed); !without.ok()) {
            print(QStringLiteral("  seed %1 fails without the mutant too (%2); not counted")
                      .arg(seed)
                      .arg(without.failedCheck));
            continue;
        }
        if (options.verbose) {
            for (const QString &line : result.history)
                print(QStringLiteral("  ") + line);
        }
        print(QStringLiteral("mutant %1 caught by seed %2 (the %3th seed run, %4 s): %5")
                  .arg(mutant.name)
                  .arg(seed)
                  .arg(n + 1)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  .arg(result.failedCheck));
        for (const QString &violation : result.verdict.violations.mid(0, 5))
            print(QStringLiteral("  violation: ") + violation);
        print(QStringLiteral("  replay: anticorona-sim-mutants --mutant %1 %2")
                  .arg(mutant.name, options.replayCommand(seed).section(u' ', 1)));
        return true;
    }
    print(QStringLiteral("mutant %1 NOT caught in %2 seeds from %3 (%4 s)")
              .arg(mutant.name)
              .arg(options.seeds)
              .arg(options.firstSeed)
              .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const qsizetype at = arguments.indexOf(QStringLiteral("--mutant"));
    if (at < 0 || at + 1 >= arguments.size()) {
        std::fputs(qPrintable(QStringLiteral("--mutant is required\n") + usage() + QLatin1Char('\n')),
                   stderr);
        return 2;
    }
    const QString name = arguments.at(at + 1);
    arguments.remove(at, 2);
    QList<SimMutant> mutants;
    if (name == QLatin1String("all")) {
        mutants = SimMutant::all();
    } else if (const std::optional<SimMutant> mutant = SimMutant::byName(name)) {
        mutants << *mutant;
    } else {
        std::fputs(qPrintable(QStringLiteral("no mutant %1\n").arg(name) + usage() + QLatin1Char('\n')),
                   stderr);
        return 2;
    }
    QString error;
    const std::optional<SimOptions> options = SimOptions::parse(arguments, &error);
    if (!options) {
        std::fputs(qPrintable(error + QLatin1Char('\n') + usage() + QLatin1Char('\n')), stderr);
        return 2;
    }
    if (!options->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    bool allCaught = true;
    for (const SimMutant &mutant : std::as_const(mutants))
        allCaught = hunt(mutant, *options) && allCaught;
    return allCaught ? 0 : 1;
}

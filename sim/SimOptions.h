#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What one run of anticorona-sim explores: which seeds, how many desks and steps per seed, and
// which steps to skip (a shrunk plan; each step draws from the seed and its own index only).
struct SimOptions
{
    quint64 seeds = 1;
    quint64 firstSeed = 1;
    int desks = 3;
    int steps = 200;
    QList<int> skip;      // ascending step indices never run
    int shrinkRuns = 300; // reruns a failing seed's shrinking may take; 0: no shrinking
    bool verbose = false; // every step of every seed, not only a failing seed's history
    bool trace = false;   // and the escrow state after every step (SimSnapshot)
    QStringList without;  // operations never drawn (SimOperations::kindNames())

    // From the command line without the program name; nullopt with `error` set on a bad one.
    static std::optional<SimOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();
    // The command that runs exactly `seed` again with these desks, steps and skips.
    QString replayCommand(quint64 seed) const;

    // "3,17,40-52" <-> {3, 17, 40, 41, ..., 52}; parseSteps answers false on a malformed list.
    static bool parseSteps(const QString &text, QList<int> *steps);
    static QString formatSteps(const QList<int> &steps);
};

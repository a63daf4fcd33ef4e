#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// What one run of anticorona-sim explores: which seeds, how many desks and steps per seed.
struct SimOptions
{
    quint64 seeds = 1;
    quint64 firstSeed = 1;
    int desks = 3;
    int steps = 200;
    bool verbose = false; // every step of every seed, not only a failing seed's history
    bool trace = false;   // and the escrow state after every step (SimSnapshot)
    QStringList without;  // operations never drawn (SimOperations::kindNames())

    // From the command line without the program name; nullopt with `error` set on a bad one.
    static std::optional<SimOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();
    // The command that runs exactly `seed` again with these desks and steps.
    QString replayCommand(quint64 seed) const;
};

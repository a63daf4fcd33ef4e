#pragma once

#include "SeedResult.h"
#include "SimOptions.h"
#include "SimSeams.h"

#include <QList>
#include <QString>

// Shrinks a failing seed's plan to the fewest steps it can: delta debugging over the steps that
// ran, dropping halves, then quarters, ... then single steps, keeping a drop only when the run
// still fails the same check (signature()), and at most `maxRuns` reruns in all. Every step draws
// from the seed and its own index only (SimWorld::beginStep), so a plan with steps skipped replays
// exactly, and what remains is a history a person can read.
class SimShrinker final
{
public:
    struct Result
    {
        SeedResult failed;     // the shortest failing run found: its history and check
        SimOptions options;    // its plan: the seed's options with `steps` and `skip` narrowed
        QList<int> kept;       // the steps it runs
        int originalSteps = 0; // the steps the failing run ran
        int runs = 0;          // reruns spent
    };

    SimShrinker(const SimOptions &options, SimSeams seams, int maxRuns)
        : m_options(options)
        , m_seams(std::move(seams))
        , m_maxRuns(maxRuns)
    {}

    // `failed` is the result of running `seed` with the options given to the constructor.
    Result shrink(quint64 seed, const SeedResult &failed) const;

    // The failed check with its step number, counts and random ids masked: "the same check".
    static QString signature(const SeedResult &result);
    // `options` narrowed to run exactly `kept`: steps up to the last kept, the others skipped.
    static SimOptions plan(const SimOptions &options, const QList<int> &kept);

private:
    SimOptions m_options;
    SimSeams m_seams;
    int m_maxRuns = 0;
};

#pragma once

#include "SeedResult.h"
#include "SimOptions.h"
#include "SimSeams.h"

// Runs one seed from start to verdict: the world set up, `steps` operations each followed by the
// step checks (a failed one ends the seed there), the faults healed, the desks settled, the end
// checks. Deterministic in the seed, the options (the skipped steps among them) and the seams.
class SimRunner final
{
public:
    explicit SimRunner(const SimOptions &options, SimSeams seams = {})
        : m_options(options)
        , m_seams(std::move(seams))
    {}

    SeedResult run(quint64 seed) const;

private:
    static constexpr int kSettlePasses = 40;

    SimOptions m_options;
    SimSeams m_seams;
};

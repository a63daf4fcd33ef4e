#pragma once

#include "InProcessServer.h"
#include "SimClock.h"
#include "SimDesk.h"
#include "SimSeams.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <random>
#include <vector>

// One site of the simulation: the real server code and store (InProcessServer) and D desks, each
// the real SyncEngine on its own SQLite file, all on one simulated clock. The set-up's choices
// (batch sizes, the first lot, each desk's fault rates) come from the seed alone; each step's
// choices, and the faults its requests meet, from generators seeded by the seed and the step's
// index (beginStep), so a step draws the same whichever other steps ran before it and a failing
// run shrinks by skipping steps (SimShrinker). The world holds the parts and performs the faults
// (crash, partition, server restart, heal); SimOperations decides what happens when.
class SimWorld final
{
    Q_DISABLE_COPY_MOVE(SimWorld)

public:
    SimWorld(quint64 seed, int desks, SimSeams seams = {});
    ~SimWorld();

    // The server, the site, the desks enrolled, a first vaccine with a lot every desk has seen,
    // then each desk's faults drawn from the seed. False with `error` when any of it fails.
    bool setUp(QString *error);

    quint64 seed() const { return m_seed; }
    SimClock &clock() { return m_clock; }
    InProcessServer *server() { return m_server.get(); }
    const QString &siteId() const { return m_siteId; }
    int deskCount() const { return int(m_desks.size()); }
    SimDesk &desk(int index) { return *m_desks.at(size_t(index)); }

    // Step `index` begins: random() and every desk's faults draw from the seed and `index` only.
    void beginStep(int index);

    // A third of the worlds are short of doses (receipts rare, write-offs common): only there can
    // a desk's high mark exceed the doses it sees, where rights without their feed show. Drawn
    // from a stream of its own, so the other worlds draw as they did.
    bool scarce() const { return m_scarce; }

    std::mt19937_64 &random() { return m_random; }
    int below(int bound); // 0 .. bound-1
    bool chance(double probability);

    // Called with a desk before each request its engine sends (MeanwhileTransport::observe).
    void observeRounds(const std::function<void(SimDesk &)> &observer);

    // A crash: the desk's objects dropped, its file opened again by new ones.
    bool crash(int desk);
    bool restartServer();
    // Partitions count down one step.
    void tick();
    // Every fault off: partitions healed, held requests delivered late, no new faults drawn.
    void heal();
    // After heal(): rounds on every desk until a whole pass changes nothing, at most `maxPasses`.
    bool settle(int maxPasses, QString *why);

    QString newLotNumber() { return QStringLiteral("L%1").arg(++m_lots); }
    QString newVaccineName() { return QStringLiteral("Vaccine %1").arg(++m_vaccines); }

private:
    bool reopen(SimDesk *desk);

    quint64 m_seed = 0;
    int m_deskCount = 0;
    SimSeams m_seams;
    std::mt19937_64 m_random;
    SimClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<InProcessServer> m_server;
    QString m_siteId;
    std::vector<std::unique_ptr<SimDesk>> m_desks;
    std::vector<int> m_batchSizes;
    std::vector<FaultRates> m_rates; // each desk's, drawn at set-up
    bool m_healed = false;
    int m_lots = 0;
    int m_vaccines = 0;
    bool m_scarce = false;
};

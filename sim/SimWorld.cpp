#include "SimWorld.h"

#include "models/commands/DeskCommands.h"
#include "sync/SyncEngine.h"

namespace {
const QDateTime kStart(QDate(2026, 3, 2), QTime(8, 0));

// SplitMix64's finaliser: nearby seeds and step indices give unrelated generator seeds.
quint64 mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

// Stream 0 is the step's choices, stream 1 + d desk d's faults during the step.
quint64 stepSeed(quint64 seed, int index, int stream)
{
    return mix(mix(seed) ^ mix((quint64(quint32(index)) << 8) | quint64(stream)));
}
} // namespace

SimWorld::SimWorld(quint64 seed, int desks, SimSeams seams)
    : m_seed(seed)
    , m_deskCount(desks)
    , m_seams(std::move(seams))
    , m_random(seed)
    , m_clock(kStart)
    , m_scarce(std::mt19937_64(seed ^ 0x5ca4ce5ca4ce5ca4ULL)() % 3 == 0)
{}

SimWorld::~SimWorld()
{
    // Desks first: their engines talk through transports that end at the server.
    m_desks.clear();
    m_server.reset();
}

int SimWorld::below(int bound)
{
    if (bound <= 1)
        return 0;
    return int(std::uniform_int_distribution<int>(0, bound - 1)(m_random));
}

bool SimWorld::chance(double probability)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < probability;
}

bool SimWorld::setUp(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory: ") + m_dir.errorString();
        return false;
    }
    m_server = std::make_unique<InProcessServer>(&m_clock, ServerConfig(), m_seams.serverStore);
    if (!m_server->isOpen()) {
        *error = QStringLiteral("server: ") + m_server->errorMessage();
        return false;
    }
    m_siteId = m_server->addSite(QStringLiteral("Sim"));
    for (int index = 0; index < m_deskCount; ++index) {
        auto desk = std::make_unique<SimDesk>();
        desk->index = index;
        desk->name = QString(QChar(u'A' + index));
        if (m_seams.serverLink)
            desk->link = m_seams.serverLink(m_server.get(), index);
        desk->faults = std::make_unique<FaultyTransport>(desk->link ? desk->link.get() : m_server.get());
        desk->partition = std::make_unique<PartitionTransport>(desk->faults.get());
        desk->meanwhile = std::make_unique<MeanwhileTransport>(desk->partition.get());
        desk->desk =
            SyncDesk::enroll(m_server.get(), m_siteId, m_dir.filePath(desk->name + QStringLiteral(".sqlite")),
                             desk->name, desk->meanwhile.get(), &m_clock);
        if (!desk->desk) {
            *error = QStringLiteral("desk %1 did not enroll").arg(desk->name);
            return false;
        }
        m_batchSizes.push_back(1 + below(4)); // several batches per round: acknowledged prefixes
        desk->desk->engine->setBatchSize(m_batchSizes.back());
        m_desks.push_back(std::move(desk));
    }

    DeskCommands *first = m_desks.front()->desk->commands.get();
    const CommandResult vaccine = first->registerVaccine(newVaccineName(), QStringLiteral("Sim"));
    if (!vaccine.isDone() ||
        !first->receiveStock(vaccine.value, newLotNumber(), m_clock.now().date().addDays(120), 4 + below(8))
             .isDone()) {
        *error = QStringLiteral("the first vaccine and lot: ") + vaccine.message();
        return false;
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (auto &desk : m_desks) {
            const SyncRound round = desk->desk->engine->syncOnce();
            if (!round.done()) {
                *error = QStringLiteral("desk %1 did not sync before the faults: %2")
                             .arg(desk->name, round.message);
                return false;
            }
        }
    }

    std::uniform_real_distribution<double> rate(0.0, 0.1);
    for (auto &desk : m_desks) {
        FaultRates rates;
        rates.dropRequest = rate(m_random);
        rates.dropAnswer = rate(m_random);
        rates.duplicate = rate(m_random);
        rates.delay = rate(m_random);
        rates.overloaded = rate(m_random) / 4;
        rates.hang = rate(m_random) / 4;
        rates.maxDelay = 4;
        desk->faults->seed(quint32(m_random()), rates);
        m_rates.push_back(rates);
    }
    return true;
}

void SimWorld::beginStep(int index)
{
    m_random.seed(stepSeed(m_seed, index, 0));
    if (m_healed)
        return;
    for (auto &desk : m_desks)
        desk->faults->seed(quint32(stepSeed(m_seed, index, 1 + desk->index)),
                           m_rates.at(size_t(desk->index)));
}

bool SimWorld::reopen(SimDesk *desk)
{
    if (!desk->desk->reopen())
        return false;
    desk->desk->engine->setBatchSize(m_batchSizes.at(size_t(desk->index)));
    return true;
}

void SimWorld::observeRounds(const std::function<void(SimDesk &)> &observer)
{
    for (const std::unique_ptr<SimDesk> &desk : m_desks)
        desk->meanwhile->observe([observer, target = desk.get()] { observer(*target); });
}

bool SimWorld::crash(int index)
{
    return reopen(&desk(index));
}

bool SimWorld::restartServer()
{
    return m_server->restart();
}

void SimWorld::tick()
{
    for (auto &desk : m_desks)
        desk->partition->tick();
}

void SimWorld::heal()
{
    m_healed = true;
    for (auto &desk : m_desks) {
        desk->partition->heal();
        desk->faults->releaseHeld();
        desk->faults->seed(0, FaultRates());
    }
}

bool SimWorld::settle(int maxPasses, QString *why)
{
    for (int pass = 0; pass < maxPasses; ++pass) {
        bool quiet = true;
        for (auto &desk : m_desks) {
            const SyncRound round = desk->desk->engine->syncOnce();
            if (!round.done()) {
                *why = QStringLiteral("desk %1's round after healing: %2").arg(desk->name, round.message);
                return false;
            }
            if (round.pushed || round.pulled || round.granted || round.returned)
                quiet = false;
        }
        if (quiet)
            return true;
        m_clock.advanceSecs(60);
    }
    *why = QStringLiteral("still changing after %1 passes of rounds").arg(maxPasses);
    return false;
}

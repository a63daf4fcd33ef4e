// Issue 12's sync benchmark: "100,000 events queued on a desk push over HTTP to a real local
// anticorona-server (SQLite store), then a fresh desk of the same site pulls and applies the
// 100,000-event feed." Push and pull under 10 s each; aim 2 s and 100 MB. See bench/README.md
// for how to run it and what it prints.

#include "bench/BenchFigures.h"
#include "bench/BenchServer.h"
#include "models/commands/DeskCommands.h"
#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/LocalTimeZone.h"
#include "models/sqlite/Database.h"
#include "models/sqlite/WalCheckpointer.h"
#include "models/sqlite/WalWriteVfs.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"
#include "models/store/OutboxStore.h"
#include "models/store/Schema.h"
#include "models/store/StockStore.h"
#include "models/store/Verifier.h"
#include "sync/HttpTransport.h"
#include "sync/SyncEngine.h"
#include "sync/protocol/Enrollment.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <time.h>

namespace {
using BenchFigures::cpuSecondsOf;
using BenchFigures::die;
using BenchFigures::peakRssMbOf;
using BenchFigures::say;

struct Options
{
    qint64 events = 100000;
    int batch = SyncEngine::kMaxBatch;
    QString dir;
    QString server;
    QStringList serverWrapper; // e.g. valgrind --tool=callgrind, in front of the server's command
    bool verify = false;
    bool inlineCheckpoint = false; // true: SQLite's auto-checkpoint on the desks' connections
};

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

QString defaultServer(const QString &benchProgram)
{
    // The benchmark sits in <build>/bench, the server in <build>/server.
    return QFileInfo(benchProgram).absoluteDir().filePath(QStringLiteral("../server/anticorona-server"));
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sync drain: a desk pushes N events to a real anticorona-server, a fresh desk pulls them."));
    parser.addHelpOption();
    const QCommandLineOption events(QStringLiteral("events"),
                                    QStringLiteral("Events made on desk A (a vaccine, a receipt, bookings)."),
                                    QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("Events per push (1-%1).").arg(SyncEngine::kMaxBatch),
                                   QStringLiteral("B"), QString::number(SyncEngine::kMaxBatch));
    const QCommandLineOption dir(
        QStringLiteral("dir"),
        QStringLiteral("Work in this folder and keep the databases (default: a temp dir)."),
        QStringLiteral("path"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("The anticorona-server binary."),
                                    QStringLiteral("path"), defaultServer(app.applicationFilePath()));
    const QCommandLineOption wrapper(
        QStringLiteral("server-wrapper"),
        QStringLiteral(
            "A command put in front of `serve` (space-separated), e.g. \"valgrind --tool=callgrind\"."),
        QStringLiteral("command"));
    const QCommandLineOption verify(
        QStringLiteral("verify"),
        QStringLiteral("Run the Verifier on both desks and the server at the end."));
    const QCommandLineOption inlineCheckpoint(
        QStringLiteral("inline-checkpoint"),
        QStringLiteral(
            "Checkpoint the desks' logs on the committing connection (SQLite's auto-checkpoint, as "
            "the CLI does) instead of the desk's background WalCheckpointer."));
    parser.addOptions({events, batch, dir, server, wrapper, verify, inlineCheckpoint});
    parser.process(app);

    Options options;
    bool ok = false;
    options.events = parser.value(events).toLongLong(&ok);
    if (!ok || options.events < 3 || options.events > 10000000)
        die(QStringLiteral("--events needs a number from 3 to 10,000,000"));
    options.batch = parser.value(batch).toInt(&ok);
    if (!ok || options.batch < 1 || options.batch > SyncEngine::kMaxBatch)
        die(QStringLiteral("--batch needs a number from 1 to %1").arg(SyncEngine::kMaxBatch));
    options.dir = parser.value(dir);
    options.server = QFileInfo(parser.value(server)).absoluteFilePath();
    options.serverWrapper = parser.value(wrapper).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    options.verify = parser.isSet(verify);
    options.inlineCheckpoint = parser.isSet(inlineCheckpoint);
    if (!QFileInfo(options.server).isExecutable())
        die(QStringLiteral("no server binary at %1: build it (ninja anticorona-server) or pass --server")
                .arg(options.server));
    return options;
}

// HttpTransport, counting what goes through it and how long each exchange waits: the time the
// engine spends outside exchange() is the desk's own (JSON and SQLite), inside is HTTP and the
// server. Prints a progress line every `every` requests.
class CountingTransport final : public SyncTransport
{
public:
    CountingTransport(SyncTransport *inner, qint64 serverPid, QString phase, int eventsPerRequest)
        : m_inner(inner)
        , m_serverPid(serverPid)
        , m_phase(std::move(phase))
        , m_eventsPerRequest(eventsPerRequest)
    {
        m_clock.start();
    }

    TransportReply exchange(const TransportRequest &request) override
    {
        const double serverCpu = cpuSecondsOf(m_serverPid);
        QElapsedTimer waiting;
        waiting.start();
        TransportReply reply = m_inner->exchange(request);
        const double waited = double(waiting.nsecsElapsed()) / 1e9;
        m_waitNs += waiting.nsecsElapsed();
        // What the server did not spend computing: the network, both HTTP stacks' scheduling, the disk.
        m_idleSamples.push_back(waited - (cpuSecondsOf(m_serverPid) - serverCpu));
        ++m_requests;
        m_sent += request.body.size();
        m_received += reply.body.size();
        if (m_requests % 20 == 0)
            say(QStringLiteral("  %1: %2 requests (~%3 events) in %4 s")
                    .arg(m_phase)
                    .arg(m_requests)
                    .arg(qint64(m_requests) * m_eventsPerRequest)
                    .arg(seconds(m_clock), 0, 'f', 2));
        return reply;
    }

    double waitSeconds() const { return double(m_waitNs) / 1e9; }
    // Per request, the wait minus the server's CPU time during it (10 ms ticks: read as a median).
    double medianIdleMs() const { return BenchFigures::median(m_idleSamples) * 1000; }
    qint64 requests() const { return m_requests; }
    qint64 bytesSent() const { return m_sent; }
    qint64 bytesReceived() const { return m_received; }

private:
    SyncTransport *m_inner = nullptr;
    qint64 m_serverPid = 0;
    QString m_phase;
    int m_eventsPerRequest = 0;
    QElapsedTimer m_clock;
    qint64 m_waitNs = 0;
    qint64 m_requests = 0;
    qint64 m_sent = 0;
    qint64 m_received = 0;
    std::vector<double> m_idleSamples;
};

struct Desk
{
    LocalStore store;
    QString token;
    std::unique_ptr<WalCheckpointer> checkpointer;
};

std::unique_ptr<Desk> enroll(BenchServer *server, const QString &site, const QString &path,
                             const QString &name, const Options &options)
{
    auto desk = std::make_unique<Desk>();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!desk->store.open(path))
        die(QStringLiteral("cannot open %1: %2").arg(path, desk->store.errorMessage()));
    const EnrollAnswer answer = server->enroll(site, name);
    WriteTransaction transaction(desk->store.database());
    if (!DeskStore(desk->store.database())
             .adoptIdentity(answer.deviceId, answer.siteId, server->url().toString()))
        die(QStringLiteral("desk %1 cannot adopt its identity").arg(name));
    transaction.commit();
    desk->store.reloadIdentity();
    desk->token = answer.token;
    // The desk's policy (app/desk/main.cpp): commits never checkpoint, another thread does.
    if (!options.inlineCheckpoint && desk->store.database()->setAutoCheckpoint(false))
        desk->checkpointer = std::make_unique<WalCheckpointer>(path, Schema::desk());
    return desk;
}

// The k-th customer: distinct name (family + two syllables + a third from k) and phone per k, so
// the rules refuse none; appointments spread over the next 60 days' opening hours.
Customer customer(qint64 k)
{
    static const char *const families[] = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
    static const QString syllables =
        QStringLiteral("민서지현준우영수은하진윤예성재동혜경호연주원혁훈아유가다나태상석정희소"
                       "채도시승건빈규미숙자순옥철용기광명인환식범찬율린람온별");
    const qint64 s = syllables.size();
    Customer c;
    c.name = QString::fromUtf8(families[k % 10]) + syllables.at(k / 10 % s) + syllables.at(k / 10 / s % s);
    if (k >= 10 * s * s)
        c.name += syllables.at(k / (10 * s * s) % s);
    c.birthDate = QDate(1950, 1, 1).addDays(k % 20000);
    c.phone = QStringLiteral("0101%1").arg(k, 7, 10, QLatin1Char('0'));
    return c;
}

QDateTime appointment(qint64 k)
{
    return QDateTime(QDate::currentDate().addDays(1 + k / 54 % 60), QTime(9, 0).addSecs(int(k % 54) * 600));
}

// Desk A's N events: a vaccine, one receipt of N - 2 doses, N - 2 bookings, each a command of its own.
QString makeEvents(Desk *a, const Clock *clock, qint64 events)
{
    DeskCommands commands(&a->store, clock, Actor::system(QStringLiteral("bench")));
    const CommandResult vaccine =
        commands.registerVaccine(QStringLiteral("Comirnaty"), QStringLiteral("Pfizer"));
    if (!vaccine.isDone())
        die(QStringLiteral("registerVaccine refused"));
    const qint64 bookings = events - 2;
    if (!commands
             .receiveStock(vaccine.value, QStringLiteral("L1"), QDate::currentDate().addYears(1),
                           int(bookings))
             .isDone())
        die(QStringLiteral("receiveStock refused"));
    QElapsedTimer timer;
    timer.start();
    for (qint64 k = 0; k < bookings; ++k) {
        const CommandResult booking = commands.book(vaccine.value, customer(k), appointment(k));
        if (!booking.isDone())
            die(QStringLiteral("booking %1 refused: %2").arg(k).arg(booking.message()));
        if ((k + 1) % 20000 == 0)
            say(QStringLiteral("  made %1 bookings in %2 s").arg(k + 1).arg(seconds(timer), 0, 'f', 1));
    }
    return vaccine.value;
}

QString figure(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}
} // namespace

int main(int argc, char *argv[])
{
    LocalTimeZone::pin();
    WalWriteVfs::install(); // as the desk's and the CLI's main() do
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);

    QTemporaryDir temporary;
    const QString dir = options.dir.isEmpty() ? temporary.path() : options.dir;
    const QString serverDb = BenchServer::freshDatabase(dir);

    BenchServer server(options.server, options.serverWrapper, serverDb);
    const QString site = server.run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Bench")});
    server.start();
    say(QStringLiteral("server %1 (pid %2) on %3")
            .arg(options.server)
            .arg(server.pid())
            .arg(server.url().toString()));

    SystemClock clock;
    auto a = enroll(&server, site, dir + QStringLiteral("/desk-a.sqlite"), QStringLiteral("A"), options);
    QElapsedTimer making;
    making.start();
    const QString vaccine = makeEvents(a.get(), &clock, options.events);
    const double makeSeconds = seconds(making);
    const qint64 waiting = a->store.outbox()->pendingCount();
    if (waiting != options.events)
        die(QStringLiteral("the outbox holds %1 events, not %2").arg(waiting).arg(options.events));
    say(QStringLiteral("made %1 events on desk A in %2 s (%3/s), not timed below")
            .arg(waiting)
            .arg(makeSeconds, 0, 'f', 1)
            .arg(qint64(double(waiting) / makeSeconds)));

    // Push: A's outbox to the server, batch after batch, until nothing is waiting.
    HttpTransport httpA(server.url());
    CountingTransport countingA(&httpA, server.pid(), QStringLiteral("push"), options.batch);
    SyncEngine engineA(&a->store, &countingA, &clock);
    engineA.setToken(a->token);
    engineA.setBatchSize(options.batch);
    const double pushCpu0 = processCpuSeconds();
    const double pushServerCpu0 = cpuSecondsOf(server.pid());
    QElapsedTimer pushing;
    pushing.start();
    qint64 pushed = 0;
    while (a->store.outbox()->pendingCount() > 0) {
        const SyncRound round = engineA.push();
        if (!round.done() || round.rejected > 0)
            die(QStringLiteral("push failed after %1 events (%2 rejected): %3")
                    .arg(pushed + round.pushed)
                    .arg(round.rejected)
                    .arg(round.message));
        pushed += round.pushed;
    }
    const double pushSeconds = seconds(pushing);
    const double pushCpu = processCpuSeconds() - pushCpu0;
    const double pushServerCpu = cpuSecondsOf(server.pid()) - pushServerCpu0;
    say(QStringLiteral(
            "push: %1 events in %2 s, %3 requests of %4, %5 MB sent; waiting on HTTP %6 s; CPU desk "
            "%7 s, server %8 s; per request the server idled %9 ms (median)")
            .arg(pushed)
            .arg(figure(pushSeconds))
            .arg(countingA.requests())
            .arg(options.batch)
            .arg(figure(double(countingA.bytesSent()) / 1e6, 1))
            .arg(figure(countingA.waitSeconds()))
            .arg(figure(pushCpu))
            .arg(figure(pushServerCpu))
            .arg(figure(countingA.medianIdleMs(), 1)));

    // Pull: a fresh desk of the same site reads and applies the whole feed.
    auto b = enroll(&server, site, dir + QStringLiteral("/desk-b.sqlite"), QStringLiteral("B"), options);
    HttpTransport httpB(server.url());
    CountingTransport countingB(&httpB, server.pid(), QStringLiteral("pull"), SyncEngine::kFeedPage);
    SyncEngine engineB(&b->store, &countingB, &clock);
    engineB.setToken(b->token);
    const double pullCpu0 = processCpuSeconds();
    const double pullServerCpu0 = cpuSecondsOf(server.pid());
    QElapsedTimer pulling;
    pulling.start();
    const SyncRound read = engineB.pull();
    const double pullSeconds = seconds(pulling);
    const double pullCpu = processCpuSeconds() - pullCpu0;
    const double pullServerCpu = cpuSecondsOf(server.pid()) - pullServerCpu0;
    if (!read.done())
        die(QStringLiteral("pull failed after %1 events: %2").arg(read.pulled).arg(read.message));
    if (read.pulled != options.events)
        die(QStringLiteral("desk B applied %1 events, not %2").arg(read.pulled).arg(options.events));
    say(QStringLiteral(
            "pull: %1 events in %2 s, %3 pages of %4, %5 MB received; waiting on HTTP %6 s; CPU desk "
            "%7 s, server %8 s; per request the server idled %9 ms (median)")
            .arg(read.pulled)
            .arg(figure(pullSeconds))
            .arg(countingB.requests())
            .arg(SyncEngine::kFeedPage)
            .arg(figure(double(countingB.bytesReceived()) / 1e6, 1))
            .arg(figure(countingB.waitSeconds()))
            .arg(figure(pullCpu))
            .arg(figure(pullServerCpu))
            .arg(figure(countingB.medianIdleMs(), 1)));

    const StockLevel levelA = a->store.stock()->level(vaccine).value_or(StockLevel());
    const StockLevel levelB = b->store.stock()->level(vaccine).value_or(StockLevel());
    if (levelB.onHand != levelA.onHand || levelB.booked != levelA.booked)
        die(QStringLiteral("desk B shows %1 on hand, %2 booked; desk A %3, %4")
                .arg(levelB.onHand)
                .arg(levelB.booked)
                .arg(levelA.onHand)
                .arg(levelA.booked));
    if (options.verify) {
        for (Desk *desk : {a.get(), b.get()}) {
            const QStringList problems = Verifier(desk->store.database()).run();
            if (!problems.isEmpty())
                die(QStringLiteral("verify: %1").arg(problems.join(QLatin1String("; "))));
        }
    }

    const double deskPeakMb = BenchFigures::peakRssMb();
    const double serverPeakMb = peakRssMbOf(server.pid());
    server.stop();
    if (options.verify)
        server.run({QStringLiteral("verify")});

    QJsonObject result{
        {QStringLiteral("events"), options.events},
        {QStringLiteral("batch"), options.batch},
        {QStringLiteral("checkpoint"),
         options.inlineCheckpoint ? QStringLiteral("inline") : QStringLiteral("thread")},
        {QStringLiteral("push_s"), std::round(pushSeconds * 1000) / 1000},
        {QStringLiteral("pull_s"), std::round(pullSeconds * 1000) / 1000},
        {QStringLiteral("push_events_per_s"), qint64(double(pushed) / pushSeconds)},
        {QStringLiteral("pull_events_per_s"), qint64(double(read.pulled) / pullSeconds)},
        {QStringLiteral("peak_rss_mb"), std::round(deskPeakMb * 10) / 10},
        {QStringLiteral("server_peak_rss_mb"), std::round(serverPeakMb * 10) / 10},
        {QStringLiteral("make_s"), std::round(makeSeconds * 10) / 10},
        {QStringLiteral("push_http_wait_s"), std::round(countingA.waitSeconds() * 1000) / 1000},
        {QStringLiteral("push_desk_cpu_s"), std::round(pushCpu * 1000) / 1000},
        {QStringLiteral("push_server_cpu_s"), std::round(pushServerCpu * 1000) / 1000},
        {QStringLiteral("pull_http_wait_s"), std::round(countingB.waitSeconds() * 1000) / 1000},
        {QStringLiteral("pull_desk_cpu_s"), std::round(pullCpu * 1000) / 1000},
        {QStringLiteral("pull_server_cpu_s"), std::round(pullServerCpu * 1000) / 1000},
        {QStringLiteral("push_idle_ms_per_request"), std::round(countingA.medianIdleMs() * 10) / 10},
        {QStringLiteral("pull_idle_ms_per_request"), std::round(countingB.medianIdleMs() * 10) / 10},
        {QStringLiteral("push_bytes"), countingA.bytesSent()},
        {QStringLiteral("pull_bytes"), countingB.bytesReceived()},
    };
    say(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    return 0;
}

// Issue 14's HTTP benchmark: requests per second for GET /v1/health and for a small
// POST /v1/events batch on one `anticorona-server serve` with 64 keep-alive connections, and, in
// the same run with the same load generator (Debian's wrk), nginx's `return 200`. The hardening
// must not cost throughput: health at least 0.3 of nginx (aim 0.45), peak_rss_mb under 50. See
// bench/README.md for how to run it and what it prints.

#include "bench/BenchFigures.h"
#include "bench/BenchServer.h"
#include "models/domain/Event.h"
#include "models/domain/IsoText.h"
#include "sync/HttpTransport.h"
#include "sync/protocol/Enrollment.h"
#include "sync/protocol/EventBatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <cmath>
#include <csignal>
#include <sched.h>
#include <vector>

namespace {
using BenchFigures::die;
using BenchFigures::say;

struct Options
{
    int duration = 10;    // seconds per wrk run
    int connections = 64; // keep-alive connections, one enrolled device each for the events run
    int threads = 2;      // wrk's threads: the machine's two cores
    int rounds = 3;
    int batch = 10; // bookings per POST /v1/events
    QString dir;
    QString server;
    QString wrk;
    QString nginx;
};

QString defaultServer(const QString &benchProgram)
{
    // The benchmark sits in <build>/bench, the server in <build>/server.
    return QFileInfo(benchProgram).absoluteDir().filePath(QStringLiteral("../server/anticorona-server"));
}

// nginx lives in /usr/sbin, which a user's PATH often lacks.
QString findProgram(const QString &name)
{
    const QString inPath = QStandardPaths::findExecutable(name);
    if (!inPath.isEmpty())
        return inPath;
    return QStandardPaths::findExecutable(
        name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin")});
}

int positive(const QCommandLineParser &parser, const QCommandLineOption &option, int max)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1 || value > max)
        die(QStringLiteral("--%1 needs a number from 1 to %2").arg(option.names().constFirst()).arg(max));
    return value;
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("HTTP throughput of anticorona-server (health, a small events batch) against nginx, "
                       "measured with wrk."));
    parser.addHelpOption();
    const QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("Seconds per wrk run."),
                                      QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("Keep-alive connections (a multiple of --threads)."),
                                         QStringLiteral("C"), QStringLiteral("64"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("wrk's threads."),
                                     QStringLiteral("T"), QStringLiteral("2"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Rounds of health, nginx, events; medians are reported."),
                                    QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("New bookings per POST /v1/events."), QStringLiteral("B"),
                                   QStringLiteral("10"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Work in this folder and keep it (default: a temp dir)."),
                                 QStringLiteral("path"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("The anticorona-server binary."),
                                    QStringLiteral("path"), defaultServer(app.applicationFilePath()));
    const QCommandLineOption wrk(QStringLiteral("wrk"),
                                 QStringLiteral("The wrk binary (default: from PATH)."),
                                 QStringLiteral("path"));
    const QCommandLineOption nginx(QStringLiteral("nginx"),
                                   QStringLiteral("The nginx binary (default: from PATH or /usr/sbin)."),
                                   QStringLiteral("path"));
    parser.addOptions({duration, connections, threads, rounds, batch, dir, server, wrk, nginx});
    parser.process(app);

    Options options;
    options.duration = positive(parser, duration, 3600);
    options.connections = positive(parser, connections, 1000);
    options.threads = positive(parser, threads, 64);
    options.rounds = positive(parser, rounds, 100);
    options.batch = positive(parser, batch, 1000);
    if (options.connections % options.threads != 0)
        die(QStringLiteral("--connections must be a multiple of --threads (wrk gives each thread as many)"));
    options.dir = parser.value(dir);
    options.server = QFileInfo(parser.value(server)).absoluteFilePath();
    options.wrk = parser.isSet(wrk) ? parser.value(wrk) : findProgram(QStringLiteral("wrk"));
    options.nginx = parser.isSet(nginx) ? parser.value(nginx) : findProgram(QStringLiteral("nginx"));
    if (!QFileInfo(options.server).isExecutable())
        die(QStringLiteral("no server binary at %1: build it (ninja anticorona-server) or pass --server")
                .arg(options.server));
    if (options.wrk.isEmpty() || !QFileInfo(options.wrk).isExecutable())
        die(QStringLiteral("wrk is missing: install Debian's package wrk (scripts/bench-deps.sh does)"));
    if (options.nginx.isEmpty() || !QFileInfo(options.nginx).isExecutable())
        die(QStringLiteral("nginx is missing: install Debian's package nginx-light or nginx "
                           "(scripts/bench-deps.sh does)"));
    return options;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() >= 3 ? QString::fromLatin1(fields[0] + ' ' + fields[1] + ' ' + fields[2])
                              : QStringLiteral("?");
}

// VmRSS of a process in MB, now.
double rssMbOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// A free loopback port for nginx: the kernel picks it, we let it go, nginx binds it a moment later.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        die(QStringLiteral("cannot find a free loopback port"));
    return probe.serverPort();
}

// nginx as the current user in a folder of its own: one process (no master), one worker's worth
// of work, `return 200 "ok"` for every path, keep-alive without a request limit (its default of
// 1000 would close each connection every 1000 requests, which ours never does).
class Nginx final
{
public:
    Nginx(QString program, const QString &dir)
        : m_program(std::move(program))
        , m_dir(dir + QStringLiteral("/nginx"))
    {}
    ~Nginx()
    {
        if (m_process.state() != QProcess::NotRunning) {
            BenchFigures::forgetOnExit(m_process.processId());
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Nginx(const Nginx &) = delete;
    Nginx &operator=(const Nginx &) = delete;

    void start()
    {
        if (!QDir().mkpath(m_dir))
            die(QStringLiteral("cannot make %1").arg(m_dir));
        m_port = freePort();
        const QString config = QStringLiteral(R"(daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path %1/client_body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    keepalive_requests 1000000000;
    server {
        listen 127.0.0.1:%2;
        location / { return 200 "ok"; }
    }
}
)")
                                   .arg(m_dir)
                                   .arg(m_port);
        QFile file(m_dir + QStringLiteral("/nginx.conf"));
        if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
            die(QStringLiteral("cannot write %1").arg(file.fileName()));
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(m_program,
                        {QStringLiteral("-p"), m_dir + QLatin1Char('/'), QStringLiteral("-c"),
                         file.fileName(), QStringLiteral("-e"), m_dir + QStringLiteral("/error.log")});
        if (!m_process.waitForStarted(10000))
            die(QStringLiteral("cannot start %1").arg(m_program));
        BenchFigures::killOnExit(m_process.processId());
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return;
            QThread::msleep(50);
        }
        m_process.waitForFinished(1000);
        QFile log(m_dir + QStringLiteral("/error.log"));
        const QByteArray logged = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
        die(QStringLiteral("nginx did not start: %1 %2")
                .arg(QString::fromUtf8(m_process.readAll()), QString::fromUtf8(logged)));
    }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }

private:
    QString m_program;
    QString m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

struct Device
{
    QString id;
    QString token;
};

Device enroll(BenchServer *server, const QString &site, const QString &name)
{
    const EnrollAnswer answer = server->enroll(site, name);
    return {answer.deviceId, answer.token};
}

// A desk of the site registers the vaccine and receives two billion doses, so that every
// booking the run makes finds one available.
QString stockUp(BenchServer *server, const QString &site)
{
    const Device desk = enroll(server, site, QStringLiteral("stock"));
    const QString vaccine = QUuid::createUuid().toString(QUuid::WithoutBraces);
    EventBatch batch;
    const auto event = [&](EventType type, qint64 sequence, const QJsonObject &payload) {
        Event e;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.type = type;
        e.deviceId = desk.id;
        e.siteId = site;
        e.sequence = sequence;
        e.at = QDateTime::currentDateTimeUtc();
        e.payload = payload;
        return e;
    };
    batch.events << event(EventType::VaccineRegistered, 1,
                          {{QStringLiteral("vaccineId"), vaccine},
                           {QStringLiteral("name"), QStringLiteral("Comirnaty")},
                           {QStringLiteral("manufacturer"), QStringLiteral("Pfizer")}});
    batch.events << event(EventType::StockReceived, 2,
                          {{QStringLiteral("vaccineId"), vaccine},
                           {QStringLiteral("lotNumber"), QStringLiteral("L1")},
                           {QStringLiteral("expiry"), QDate::currentDate().addYears(1).toString(Qt::ISODate)},
                           {QStringLiteral("quantity"), 2000000000}});
    HttpTransport http(server->url());
    const TransportReply reply =
        http.exchange({"POST", QStringLiteral("/v1/events"), batch.serialize(), desk.token});
    const QJsonArray results =
        QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("results")).toArray();
    if (reply.status != 200 || results.size() != 2 ||
        results[0].toObject().value(QStringLiteral("status")).toString() != QLatin1String("accepted") ||
        results[1].toObject().value(QStringLiteral("status")).toString() != QLatin1String("accepted"))
        die(QStringLiteral("the stock batch was not accepted: HTTP %1 %2")
                .arg(reply.status)
                .arg(QString::fromUtf8(reply.body)));
    return vaccine;
}

// The wrk script of the events run. Each request is a batch of new bookings of one device, its
// next sequences; a device has at most one request in flight (it goes back to its thread's pool
// when its answer names it), so its batches reach the server in order whichever connection
// carries them. Ids and codes are made from the device and the sequence: unique in the run.
// done() prints each device's next sequence (the next run goes on from there) and the answers'
// tally, which the benchmark checks.
QString eventsScript(const QList<Device> &devices, const std::vector<qint64> &nextSequence,
                     const QString &site, const QString &vaccine, const Options &options)
{
    QString table;
    QString sequences;
    for (qsizetype i = 0; i < devices.size(); ++i) {
        table += QStringLiteral("  {id = \"%1\", token = \"%2\"},\n").arg(devices[i].id, devices[i].token);
        sequences += QStringLiteral("%1, ").arg(nextSequence[size_t(i)]);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString at = IsoText::utcMillis(now);
    // Booked's `at` is now: the appointment must be after it, on the server's clock.
    const QString appointment =
        QDateTime::currentDateTime().addDays(7).toString(QStringLiteral("yyyy-MM-ddT10:00"));
    // Only the first lines are made here; the rest is fixed (and full of Lua's % formats, which
    // QString::arg would take for its own).
    QString header = QStringLiteral("-- Written by bench_server_http for one run of wrk: POST /v1/events, "
                                    "batches of new bookings.\nlocal devices = {\n");
    header += table + QStringLiteral("}\nnext_sequence = {") + sequences + QStringLiteral("}\n");
    header += QStringLiteral("local site = \"") + site + QStringLiteral("\"\n");
    header += QStringLiteral("local vaccine = \"") + vaccine + QStringLiteral("\"\n");
    header += QStringLiteral("local batch = ") + QString::number(options.batch) + QLatin1Char('\n');
    header += QStringLiteral("local per_thread = ") + QString::number(options.connections / options.threads) +
              QLatin1Char('\n');
    header += QStringLiteral("local at = \"") + at + QStringLiteral("\"\n");
    header += QStringLiteral("local appointment = \"") + appointment + QStringLiteral("\"\n");
    return header + QStringLiteral(R"LUA(local alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"

local threads = {}
local started = 0
function setup(thread)
  thread:set("first", started * per_thread)
  started = started + 1
  table.insert(threads, thread)
end

accepted, other, bad, starved, sample = 0, 0, 0, 0, ""
local free = {}
-- wrk calls request() once on the first thread before the run to look at what it makes
-- (script_verify_request): that request is never sent, so it takes no device and no sequence.
local probe = false
function init(args)
  for i = first + 1, first + per_thread do free[#free + 1] = i end
  probe = first == 0
  math.randomseed(os.time() + first)
end

local function hex4() return math.random(0, 65535) end
local function hex3() return math.random(0, 4095) end

-- A random-looking version 4 UUID whose second group is the device's index.
local function uuid(index, variant, n)
  return string.format("%04x%04x-%04x-4%03x-%x%03x-%04x%08x", hex4(), hex4(), index, hex3(),
                       variant + math.random(0, 1), hex3(), hex4(), n)
end

-- The booking code (8 letters, 5 bits each) of the n-th booking of the index-th device.
local function code(index, n)
  local value = index * 268435456 + n
  local letters = {}
  for k = 8, 1, -1 do
    local digit = value % 32
    letters[k] = alphabet:sub(digit + 1, digit + 1)
    value = (value - digit) / 32
  end
  return table.concat(letters), index * 268435456 + n
end

-- Spread over 20,000 days from 1970 as customers' are: rule 5 looks a customer up by birth date
-- first, and one date shared by every booking would make each booking scan all the others.
local function birth_date(number)
  return os.date("!%Y-%m-%d", (number % 20000) * 86400)
end

function request()
  local index
  if probe then
    index = first + 1
  else
    index = table.remove(free)
    if not index then
      starved = starved + 1
      index = first + 1
    end
  end
  local device = devices[index]
  local events = {}
  for k = 1, batch do
    local n = next_sequence[index] + k - 1
    local booking_code, number = code(index, n)
    events[k] = string.format(
      '{"id":"%s","type":"Booked","deviceId":"%s","siteId":"%s","sequence":%d,"feedCursor":0,"at":"%s",' ..
      '"payload":{"bookingId":"%s","code":"%s","vaccineId":"%s","name":"Bench %s","birthDate":"%s",' ..
      '"phone":"0%013.0f","appointment":"%s","holder":"%s"}}',
      uuid(index, 8, n), device.id, site, n, at, uuid(index, 10, n), booking_code, vaccine, booking_code,
      birth_date(number), number, appointment, device.id)
  end
  if probe then
    probe = false
  else
    next_sequence[index] = next_sequence[index] + batch
  end
  return wrk.format("POST", "/v1/events",
                    {["Authorization"] = "Bearer " .. device.token, ["Content-Type"] = "application/json"},
                    '{"events":[' .. table.concat(events, ",") .. ']}')
end

function response(status, headers, body)
  local index = body:match('"id":"%x+%-(%x+)%-')
  if status ~= 200 or not index then
    bad = bad + 1
    if sample == "" then sample = status .. " " .. body:sub(1, 300) end
    return
  end
  free[#free + 1] = tonumber(index, 16)
  local _, n = body:gsub('"status":"accepted"', "")
  accepted = accepted + n
  if n < batch then
    other = other + batch - n
    if sample == "" then sample = body:sub(1, 300) end
  end
end

function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    local first = thread:get("first")
    local sequences = thread:get("next_sequence")
    for i = first + 1, first + per_thread do
      io.write(string.format("bench-next %d %d\n", i, sequences[i]))
    end
    io.write(string.format("bench-answers accepted=%d other=%d bad=%d starved=%d\n", thread:get("accepted"),
                           thread:get("other"), thread:get("bad"), thread:get("starved")))
    local sample = thread:get("sample")
    if sample ~= "" then io.write("bench-sample " .. sample:gsub("\n", " ") .. "\n") end
  end
end
)LUA");
}

// What one wrk run measured, and what the server (or nginx) spent on it.
struct WrkRun
{
    double rps = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double cpuCores = 0; // the target's CPU seconds over the run's wall seconds
    double rssMb = 0;    // the target's VmRSS halfway through, all connections open
    QString output;
};

double toMs(const QString &number, const QString &unit)
{
    const double value = number.toDouble();
    if (unit == QLatin1String("us"))
        return value / 1000;
    if (unit == QLatin1String("s"))
        return value * 1000;
    if (unit == QLatin1String("m"))
        return value * 60000;
    return value;
}

// Runs wrk against `url` and dies on any non-2xx answer or socket error: a server that refuses
// or drops requests has no throughput to report.
WrkRun runWrk(const Options &options, const QString &label, const QString &url, qint64 targetPid,
              const QString &script = QString())
{
    QStringList arguments{QStringLiteral("-t%1").arg(options.threads),
                          QStringLiteral("-c%1").arg(options.connections),
                          QStringLiteral("-d%1s").arg(options.duration),
                          QStringLiteral("--timeout"),
                          QStringLiteral("5s"),
                          QStringLiteral("--latency")};
    if (!script.isEmpty())
        arguments << QStringLiteral("-s") << script;
    arguments << url;
    const QString load = loadAverage();
    const double cpu0 = BenchFigures::cpuSecondsOf(targetPid);
    QElapsedTimer wall;
    wall.start();
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    wrk.start(options.wrk, arguments);
    if (!wrk.waitForStarted(10000))
        die(QStringLiteral("cannot start %1").arg(options.wrk));
    const qint64 wrkPid = wrk.processId(); // processId() is 0 once it has finished
    BenchFigures::killOnExit(wrkPid);
    WrkRun run;
    wrk.waitForFinished(options.duration * 500);
    run.rssMb = rssMbOf(targetPid);
    if (!wrk.waitForFinished(options.duration * 1000 + 60000) || wrk.exitStatus() != QProcess::NormalExit)
        die(QStringLiteral("wrk did not finish: %1").arg(QString::fromUtf8(wrk.readAll())));
    BenchFigures::forgetOnExit(wrkPid);
    run.cpuCores = (BenchFigures::cpuSecondsOf(targetPid) - cpu0) / (double(wall.nsecsElapsed()) / 1e9);
    run.output = QString::fromUtf8(wrk.readAll());
    const QString command = QStringLiteral("%1 %2").arg(options.wrk, arguments.join(QLatin1Char(' ')));
    if (wrk.exitCode() != 0)
        die(QStringLiteral("%1 failed:\n%2").arg(command, run.output));

    static const QRegularExpression rps(QStringLiteral("Requests/sec:\\s+([0-9.]+)"));
    static const QRegularExpression non2xx(QStringLiteral("Non-2xx or 3xx responses:\\s+(\\d+)"));
    static const QRegularExpression errors(QStringLiteral("Socket errors:[^\\n]*"));
    static const QRegularExpression p50(QStringLiteral("\\n\\s+50%\\s+([0-9.]+)(us|ms|s|m)"));
    static const QRegularExpression p99(QStringLiteral("\\n\\s+99%\\s+([0-9.]+)(us|ms|s|m)"));
    const QRegularExpressionMatch rate = rps.match(run.output);
    if (!rate.hasMatch())
        die(QStringLiteral("%1: no Requests/sec in wrk's output:\n%2").arg(command, run.output));
    run.rps = rate.captured(1).toDouble();
    if (const QRegularExpressionMatch m = p50.match(run.output); m.hasMatch())
        run.p50Ms = toMs(m.captured(1), m.captured(2));
    if (const QRegularExpressionMatch m = p99.match(run.output); m.hasMatch())
        run.p99Ms = toMs(m.captured(1), m.captured(2));
    if (const QRegularExpressionMatch m = non2xx.match(run.output); m.hasMatch())
        die(QStringLiteral("%1: %2 answers were not 2xx:\n%3").arg(command, m.captured(1), run.output));
    if (const QRegularExpressionMatch m = errors.match(run.output); m.hasMatch())
        die(QStringLiteral("%1: %2:\n%3").arg(command, m.captured(0), run.output));
    say(QStringLiteral("  %1: %2 requests/s, latency p50 %3 ms p99 %4 ms; target CPU %5 cores, RSS %6 MB "
                       "halfway; load %7 before")
            .arg(label)
            .arg(run.rps, 0, 'f', 0)
            .arg(run.p50Ms, 0, 'f', 2)
            .arg(run.p99Ms, 0, 'f', 2)
            .arg(run.cpuCores, 0, 'f', 2)
            .arg(run.rssMb, 0, 'f', 1)
            .arg(load));
    return run;
}

// Checks the events run's tally from the script's done() and takes each device's next sequence.
void readEventsRun(const WrkRun &run, const Options &options, std::vector<qint64> *nextSequence)
{
    static const QRegularExpression next(QStringLiteral("^bench-next (\\d+) (\\d+)$"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression answers(
        QStringLiteral("^bench-answers accepted=(\\d+) other=(\\d+) bad=(\\d+) starved=(\\d+)$"),
        QRegularExpression::MultilineOption);
    int seen = 0;
    for (auto it = next.globalMatch(run.output); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype index = m.captured(1).toLongLong() - 1;
        if (index < 0 || index >= qsizetype(nextSequence->size()))
            die(QStringLiteral("the events script named device %1").arg(index + 1));
        (*nextSequence)[size_t(index)] = m.captured(2).toLongLong();
        ++seen;
    }
    if (seen != options.connections)
        die(QStringLiteral("the events script reported %1 devices, not %2:\n%3")
                .arg(seen)
                .arg(options.connections)
                .arg(run.output));
    qint64 accepted = 0;
    for (auto it = answers.globalMatch(run.output); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        accepted += m.captured(1).toLongLong();
        if (m.captured(2) != QLatin1String("0") || m.captured(3) != QLatin1String("0") ||
            m.captured(4) != QLatin1String("0"))
            die(QStringLiteral("not every booking was accepted (other: events not accepted; bad: answers "
                               "without results; starved: requests with no device free):\n%1")
                    .arg(run.output));
    }
    say(QStringLiteral("    %1 bookings accepted, none refused").arg(accepted));
}

QString figure(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonArray asArray(const std::vector<double> &values, int decimals)
{
    QJsonArray array;
    for (const double value : values)
        array.append(rounded(value, decimals));
    return array;
}

QString schedulerName()
{
    switch (sched_getscheduler(0)) {
    case SCHED_FIFO:
        return QStringLiteral("fifo");
    case SCHED_RR:
        return QStringLiteral("rr");
    default:
        return QStringLiteral("other");
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    const QString loadStart = loadAverage();
    say(QStringLiteral("wrk %1, nginx %2, %3 connections on %4 threads, %5 s per run, %6 rounds, "
                       "batches of %7 bookings; scheduler %8, load %9")
            .arg(options.wrk, options.nginx)
            .arg(options.connections)
            .arg(options.threads)
            .arg(options.duration)
            .arg(options.rounds)
            .arg(options.batch)
            .arg(schedulerName(), loadStart));

    QTemporaryDir temporary;
    const QString dir = options.dir.isEmpty() ? temporary.path() : options.dir;
    const QString serverDb = BenchServer::freshDatabase(dir);

    say(QStringLiteral("work folder %1 (left there after a failure, for the logs)").arg(dir));
    BenchServer server(options.server, {}, serverDb);
    const QString site = server.run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Bench")});
    server.start();
    say(QStringLiteral("server %1 (pid %2) on %3")
            .arg(options.server)
            .arg(server.pid())
            .arg(server.url().toString()));
    const QString vaccine = stockUp(&server, site);
    QList<Device> devices;
    for (int i = 1; i <= options.connections; ++i)
        devices << enroll(&server, site, QStringLiteral("wrk %1").arg(i));
    std::vector<qint64> nextSequence(size_t(options.connections), 1);
    say(QStringLiteral("enrolled %1 devices, one per connection; 2,000,000,000 doses in stock")
            .arg(options.connections));

    Nginx nginx(options.nginx, dir);
    nginx.start();
    say(QStringLiteral("nginx (pid %1) on http://127.0.0.1:%2").arg(nginx.pid()).arg(nginx.port()));

    const QString health = server.url().toString() + QStringLiteral("/v1/health");
    const QString events = server.url().toString() + QStringLiteral("/v1/events");
    const QString nginxUrl = QStringLiteral("http://127.0.0.1:%1/").arg(nginx.port());
    const QString script = dir + QStringLiteral("/events.lua");
    const auto writeScript = [&] {
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(eventsScript(devices, nextSequence, site, vaccine, options).toUtf8()) < 0)
            die(QStringLiteral("cannot write %1").arg(script));
    };

    std::vector<double> healthRps, nginxRps, eventsRps, healthP99, nginxP99, eventsP99, healthCpu, nginxCpu,
        eventsCpu, healthPerCore, nginxPerCore, rssHalfway;
    for (int round = 1; round <= options.rounds; ++round) {
        say(QStringLiteral("round %1 of %2").arg(round).arg(options.rounds));
        const WrkRun ours = runWrk(options, QStringLiteral("GET /v1/health"), health, server.pid());
        const WrkRun theirs = runWrk(options, QStringLiteral("nginx return 200"), nginxUrl, nginx.pid());
        writeScript();
        const WrkRun batches =
            runWrk(options, QStringLiteral("POST /v1/events (batches)"), events, server.pid(), script);
        readEventsRun(batches, options, &nextSequence);
        say(QStringLiteral("    health / nginx = %1").arg(figure(ours.rps / theirs.rps, 3)));
        healthRps.push_back(ours.rps);
        nginxRps.push_back(theirs.rps);
        eventsRps.push_back(batches.rps);
        healthP99.push_back(ours.p99Ms);
        nginxP99.push_back(theirs.p99Ms);
        eventsP99.push_back(batches.p99Ms);
        healthCpu.push_back(ours.cpuCores);
        nginxCpu.push_back(theirs.cpuCores);
        eventsCpu.push_back(batches.cpuCores);
        rssHalfway.push_back(std::max(ours.rssMb, batches.rssMb));
        // Requests per second of the target's CPU: what a loaded machine moves least (a plain run's
        // rates follow the share of the cores the scheduler gave each side).
        healthPerCore.push_back(ours.cpuCores > 0 ? ours.rps / ours.cpuCores : 0);
        nginxPerCore.push_back(theirs.cpuCores > 0 ? theirs.rps / theirs.cpuCores : 0);
    }

    const double serverPeakMb = BenchFigures::peakRssMbOf(server.pid());
    server.stop();

    using BenchFigures::median;
    const double healthMedian = median(healthRps);
    const double nginxMedian = median(nginxRps);
    const double eventsMedian = median(eventsRps);
    QJsonObject result{
        {QStringLiteral("health_rps"), qint64(std::round(healthMedian))},
        {QStringLiteral("events_batches_per_s"), qint64(std::round(eventsMedian))},
        {QStringLiteral("nginx_rps"), qint64(std::round(nginxMedian))},
        {QStringLiteral("ratio"), rounded(healthMedian / nginxMedian, 3)},
        {QStringLiteral("peak_rss_mb"), rounded(serverPeakMb, 1)},
        {QStringLiteral("events_per_s"), qint64(std::round(eventsMedian * options.batch))},
        {QStringLiteral("batch"), options.batch},
        {QStringLiteral("connections"), options.connections},
        {QStringLiteral("threads"), options.threads},
        {QStringLiteral("duration_s"), options.duration},
        {QStringLiteral("rounds"), options.rounds},
        {QStringLiteral("health_rps_runs"), asArray(healthRps, 0)},
        {QStringLiteral("nginx_rps_runs"), asArray(nginxRps, 0)},
        {QStringLiteral("events_batches_per_s_runs"), asArray(eventsRps, 0)},
        {QStringLiteral("health_p99_ms"), rounded(median(healthP99), 2)},
        {QStringLiteral("nginx_p99_ms"), rounded(median(nginxP99), 2)},
        {QStringLiteral("events_p99_ms"), rounded(median(eventsP99), 2)},
        {QStringLiteral("health_server_cores"), rounded(median(healthCpu), 2)},
        {QStringLiteral("nginx_cores"), rounded(median(nginxCpu), 2)},
        {QStringLiteral("events_server_cores"), rounded(median(eventsCpu), 2)},
        {QStringLiteral("health_rps_per_core"), qint64(std::round(median(healthPerCore)))},
        {QStringLiteral("nginx_rps_per_core"), qint64(std::round(median(nginxPerCore)))},
        {QStringLiteral("ratio_per_core"), rounded(median(healthPerCore) / median(nginxPerCore), 3)},
        {QStringLiteral("rss_halfway_mb"),
         rounded(*std::max_element(rssHalfway.begin(), rssHalfway.end()), 1)},
        {QStringLiteral("scheduler"), schedulerName()},
        {QStringLiteral("load_start"), loadStart},
        {QStringLiteral("load_end"), loadAverage()},
    };
    say(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    return 0;
}

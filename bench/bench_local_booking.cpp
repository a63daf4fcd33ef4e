// SPEC 5: "a booking commits on the desk (rules + state + outbox, its own transaction)
// at 5,000+/s on a database already holding 1,000,000 bookings, within 2x of the same
// writes done with raw SQLite." See bench/README.md for how to run it and what it prints.

#include "bench/BenchFigures.h"
#include "models/commands/DeskCommands.h"
#include "models/demo/DemoClinic.h"
#include "models/domain/BookingCode.h"
#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/LocalTimeZone.h"
#include "models/domain/TimeOrderedUuid.h"
#include "models/sqlite/Database.h"
#include "models/sqlite/WalCheckpointer.h"
#include "models/sqlite/WalWriteVfs.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"
#include "models/store/NameGrams.h"
#include "models/store/Schema.h"
#include "models/store/Verifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <sqlite3.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace {
using BenchFigures::die;
using BenchFigures::say;

struct Options
{
    qint64 existing = 1000000;
    qint64 bookings = 20000;
    int rounds = 5;
    quint32 seed = 42;
    bool verify = false;
    bool autoCheckpoint = false; // true: SQLite's auto-checkpoint on the committing connection
    bool reuse = false;          // start from the seeded copy a previous run left in `dir`
    QStringList only;            // run these sides alone (an A/B, or one side for a profiler)
    QString dir;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local booking throughput: DeskCommands::book against raw SQLite."));
    parser.addHelpOption();
    const QCommandLineOption existing(QStringLiteral("existing"),
                                      QStringLiteral("Bookings already in the store."), QStringLiteral("N"),
                                      QStringLiteral("1000000"));
    const QCommandLineOption bookings(QStringLiteral("bookings"),
                                      QStringLiteral("New bookings made by each side (ours and raw)."),
                                      QStringLiteral("M"), QStringLiteral("20000"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Interleaved rounds to split them into."),
                                    QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the demo clinic."),
                                  QStringLiteral("S"), QStringLiteral("42"));
    const QCommandLineOption verify(
        QStringLiteral("verify"), QStringLiteral("Run the Verifier after seeding and after booking (slow)."));
    const QCommandLineOption noCheckpoint(
        QStringLiteral("inline-checkpoint"),
        QStringLiteral("Checkpoint the WAL on the committing connection (SQLite's auto-checkpoint) on every "
                       "side, instead of the desk's background WalCheckpointer."));
    const QCommandLineOption dir(
        QStringLiteral("dir"),
        QStringLiteral("Work in this folder and keep the databases (default: a temp dir)."),
        QStringLiteral("path"));
    const QCommandLineOption reuse(
        QStringLiteral("reuse"),
        QStringLiteral("With --dir: start from the seeded database a previous run with the same --existing, "
                       "--bookings and --seed kept there, instead of filling the demo clinic again."));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Run only these sides, comma-separated: ours, ours_novfs, raw, raw_walvfs (one "
                       "alone for a profiler, two for an A/B)."),
        QStringLiteral("sides"));
    parser.addOptions({existing, bookings, rounds, seed, verify, noCheckpoint, dir, reuse, only});
    parser.process(app);

    Options options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option) {
        bool good = false;
        const qint64 value = parser.value(option).toLongLong(&good);
        ok = ok && good && value >= 0;
        return value;
    };
    options.existing = number(existing);
    options.bookings = number(bookings);
    options.rounds = int(number(rounds));
    options.seed = quint32(number(seed));
    options.verify = parser.isSet(verify);
    options.autoCheckpoint = parser.isSet(noCheckpoint);
    options.dir = parser.value(dir);
    options.reuse = parser.isSet(reuse);
    options.only = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (options.reuse && options.dir.isEmpty())
        die(QStringLiteral("--reuse needs --dir"));
    if (!ok || options.rounds < 1 || options.bookings < options.rounds || options.bookings > 9999999)
        die(QStringLiteral("bad arguments: see --help"));
    return options;
}

// The bench's customers: a family name the demo clinic never uses and phones
// 0100xxxxxxx (the demo's start 0102-0109), so rule 5 never refuses one; name +
// birth date is unique per index.
struct NewBooking
{
    Customer customer;
    QDateTime appointment;
    int vaccine = 0;
};

std::vector<NewBooking> makeBookings(qint64 count, int vaccines)
{
    static const char *const families[] = {"남궁", "제갈", "선우", "황보", "독고"};
    static const QString syllables =
        QStringLiteral("민서지현준우영수은하진윤예성재동혜경호연주원혁훈아유가다나태상석정희소"
                       "채도시승건빈규미숙자순옥철용기광명인환식범찬율린람온별");
    const int names = 5 * int(syllables.size()) * int(syllables.size());
    const QDate firstBirth(1950, 1, 1);
    const QDate tomorrow = QDate::currentDate().addDays(1);
    std::vector<NewBooking> all;
    all.reserve(size_t(count));
    for (qint64 k = 0; k < count; ++k) {
        const int n = int(k % names);
        const qint64 round = k / names;
        NewBooking booking;
        booking.customer.name = QString::fromUtf8(families[n % 5]) + syllables.at(n / 5 % syllables.size()) +
                                syllables.at(n / 5 / syllables.size());
        booking.customer.birthDate = firstBirth.addDays(round * 365 + k % 331);
        booking.customer.phone = QStringLiteral("0100%1").arg(k, 7, 10, QLatin1Char('0'));
        booking.appointment =
            QDateTime(tomorrow.addDays(k / 54 % 60), QTime(9, 0).addSecs(int(k % 54) * 600));
        booking.vaccine = int(k % vaccines);
        all.push_back(booking);
    }
    return all;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// CPU time of the calling thread: on a shared machine it moves far less than wall time.
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// The kernel's share of it: the log's write() calls and the page faults behind them.
double threadSystemSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6;
}

// Read and write system calls the calling thread has made (/proc/thread-self/io): a page
// missing from SQLite's cache is one pread, a commit one or a few pwrites.
struct SystemCalls
{
    double reads = 0;
    double writes = 0;
};

SystemCalls threadSystemCalls()
{
    QFile io(QStringLiteral("/proc/thread-self/io"));
    SystemCalls calls;
    if (!io.open(QIODevice::ReadOnly))
        return calls;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("syscr: "))
            calls.reads = line.mid(7).toDouble();
        else if (line.startsWith("syscw: "))
            calls.writes = line.mid(7).toDouble();
    }
    return calls;
}

// The rows DeskCommands::book writes, with the SQLite C API: one BEGIN IMMEDIATE ..
// COMMIT per booking holding the booking, its name pieces, booked + 1, one right paid, the
// outbox row and the audit line.
// Same file, schema and pragmas; no reads, no rule checks, payload by snprintf.
class RawDesk final
{
public:
    RawDesk(const QString &path, const DeskIdentity &identity, qint64 feedCursor,
            const QStringList &vaccineIds, bool autoCheckpoint, const char *vfs)
        : m_siteId(identity.siteId.toUtf8())
        , m_deviceId(identity.deviceId.toUtf8())
        , m_feedCursor(feedCursor)
    {
        for (const QString &id : vaccineIds)
            m_vaccineIds.append(id.toUtf8());
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, vfs) != SQLITE_OK)
            die(QStringLiteral("raw: cannot open %1").arg(path));
        sqlite3_busy_timeout(m_db, Database::busyTimeoutMs());
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                   "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"})
            check(sqlite3_exec(m_db, pragma, nullptr, nullptr, nullptr), pragma);
        if (!autoCheckpoint)
            check(sqlite3_exec(m_db, "PRAGMA wal_autocheckpoint=0", nullptr, nullptr, nullptr),
                  "wal_autocheckpoint");
        m_begin = prepare("BEGIN IMMEDIATE");
        m_commit = prepare("COMMIT");
        m_insertBooking =
            prepare("INSERT INTO bookings (uid, code, site_id, vaccine_id, name, birth_date, phone, "
                    "appointment, state, holder, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
        m_level = prepare("UPDATE stock_levels SET on_hand = on_hand + 0, booked = booked + 1 "
                          "WHERE site_id = ? AND vaccine_id = ?");
        m_rights = prepare("UPDATE rights SET held = held - 1 WHERE site_id = ? AND vaccine_id = ?");
        m_outbox = prepare("INSERT INTO outbox (event_id, type, site_id, feed_cursor, at, payload) "
                           "VALUES (?, 'Booked', ?, ?, ?, ?)");
        m_gram = prepare("INSERT OR IGNORE INTO name_grams (gram, booking_id) VALUES (?, ?)");
        m_audit = prepare("INSERT INTO audit (at, staff_id, staff_name, action, subject, event_sequence) "
                          "VALUES (?, NULL, 'system', 'Booked', ?, ?)");
    }
    ~RawDesk()
    {
        for (sqlite3_stmt *statement :
             {m_begin, m_commit, m_insertBooking, m_level, m_rights, m_outbox, m_gram, m_audit})
            sqlite3_finalize(statement);
        sqlite3_close(m_db);
    }

    [[gnu::noinline]] void book(const NewBooking &booking) // out of line, so a profiler can see it
    {
        // The product's ids (time-ordered, so every side appends to the same unique indexes).
        const QByteArray uid = TimeOrderedUuid::createText().toLatin1();
        const QByteArray eventId = TimeOrderedUuid::createText().toLatin1();
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
        const QByteArray name = booking.customer.name.toUtf8();
        const QByteArray birth = booking.customer.birthDate.toString(Qt::ISODate).toLatin1();
        const QByteArray phone = booking.customer.phone.toLatin1();
        const QByteArray appointment =
            booking.appointment.toString(QStringLiteral("yyyy-MM-ddTHH:mm")).toLatin1();
        const QByteArray &vaccineId = m_vaccineIds.at(booking.vaccine);

        step(m_begin);
        QByteArray code;
        for (int attempt = 0;; ++attempt) {
            code = BookingCode::generate().toLatin1();
            bindText(m_insertBooking, 1, uid);
            bindText(m_insertBooking, 2, code);
            bindText(m_insertBooking, 3, m_siteId);
            bindText(m_insertBooking, 4, vaccineId);
            bindText(m_insertBooking, 5, name);
            bindText(m_insertBooking, 6, birth);
            bindText(m_insertBooking, 7, phone);
            bindText(m_insertBooking, 8, appointment);
            bindText(m_insertBooking, 9, m_deviceId);
            bindText(m_insertBooking, 10, now);
            const int rc = sqlite3_step(m_insertBooking);
            sqlite3_reset(m_insertBooking);
            if (rc == SQLITE_DONE)
                break;
            if (rc != SQLITE_CONSTRAINT || attempt == 7)
                check(rc, "insert booking");
        }
        const sqlite3_int64 bookingRow = sqlite3_last_insert_rowid(m_db);
        for (const QString &gram : NameGrams::of(booking.customer.name)) {
            const QByteArray text = gram.toUtf8();
            bindText(m_gram, 1, text);
            sqlite3_bind_int64(m_gram, 2, bookingRow);
            step(m_gram);
        }
        for (sqlite3_stmt *counter : {m_level, m_rights}) {
            bindText(counter, 1, m_siteId);
            bindText(counter, 2, vaccineId);
            step(counter);
        }
        char payload[1024];
        std::snprintf(payload, sizeof payload,
                      "{\"appointment\":\"%s\",\"birthDate\":\"%s\",\"bookingId\":\"%s\",\"code\":\"%s\","
                      "\"holder\":\"%s\",\"name\":\"%s\",\"phone\":\"%s\",\"vaccineId\":\"%s\"}",
                      appointment.constData(), birth.constData(), uid.constData(), code.constData(),
                      m_deviceId.constData(), name.constData(), phone.constData(), vaccineId.constData());
        bindText(m_outbox, 1, eventId);
        bindText(m_outbox, 2, m_siteId);
        sqlite3_bind_int64(m_outbox, 3, m_feedCursor);
        bindText(m_outbox, 4, now);
        sqlite3_bind_text(m_outbox, 5, payload, -1, SQLITE_STATIC);
        step(m_outbox);
        bindText(m_audit, 1, now);
        bindText(m_audit, 2, code);
        sqlite3_bind_int64(m_audit, 3, sqlite3_last_insert_rowid(m_db));
        step(m_audit);
        step(m_commit);
    }

private:
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        check(sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr), sql);
        return statement;
    }
    void check(int rc, const char *what)
    {
        if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
            die(QStringLiteral("raw: %1: %2")
                    .arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    void step(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        check(rc, sqlite3_sql(statement));
    }
    static void bindText(sqlite3_stmt *statement, int index, const QByteArray &text)
    {
        sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_commit = nullptr;
    sqlite3_stmt *m_insertBooking = nullptr;
    sqlite3_stmt *m_level = nullptr;
    sqlite3_stmt *m_rights = nullptr;
    sqlite3_stmt *m_outbox = nullptr;
    sqlite3_stmt *m_gram = nullptr;
    sqlite3_stmt *m_audit = nullptr;
    QByteArray m_siteId;
    QByteArray m_deviceId;
    qint64 m_feedCursor = 0;
    QList<QByteArray> m_vaccineIds;
};

void verify(LocalStore *store, const QString &when)
{
    QElapsedTimer timer;
    timer.start();
    const QStringList problems = Verifier(store->database()).run();
    say(QStringLiteral("verify %1: %2 problem(s) in %3 s")
            .arg(when)
            .arg(problems.size())
            .arg(seconds(timer), 0, 'f', 1));
    for (const QString &problem : problems)
        say(QStringLiteral("  ") + problem);
    if (!problems.isEmpty())
        std::exit(1);
}

std::unique_ptr<LocalStore> openStore(const QString &path)
{
    auto store = std::make_unique<LocalStore>();
    if (!store->open(path))
        die(QStringLiteral("cannot open %1: %2").arg(path, store->errorMessage()));
    return store;
}

// Seeds `path` with the demo clinic and stock for the new bookings; answers the vaccine ids.
QStringList seed(const QString &path, const Options &options, double *fillSeconds)
{
    auto store = openStore(path);
    QElapsedTimer timer;
    timer.start();
    try {
        DemoClinic(store.get(), options.seed).fill(options.existing, [&](qint64 done, qint64 total) {
            say(QStringLiteral("seed: %1/%2 bookings, %3 s")
                    .arg(done)
                    .arg(total)
                    .arg(seconds(timer), 0, 'f', 1));
        });
    } catch (const DatabaseError &error) {
        die(QStringLiteral("demo clinic: %1").arg(error.message()));
    }
    *fillSeconds = seconds(timer);
    say(QStringLiteral("seed: %1 bookings in %2 s (%3/s)")
            .arg(options.existing)
            .arg(*fillSeconds, 0, 'f', 1)
            .arg(qint64(double(options.existing) / std::max(*fillSeconds, 1e-9))));
    if (options.verify)
        verify(store.get(), QStringLiteral("after seeding"));

    QStringList vaccineIds;
    for (const Vaccine &vaccine : store->stock()->vaccines())
        vaccineIds.append(vaccine.id);
    SystemClock clock;
    DeskCommands commands(store.get(), &clock, Actor::system(QStringLiteral("bench")));
    const int perVaccine = int(options.bookings / vaccineIds.size() + 1);
    for (int v = 0; v < vaccineIds.size(); ++v) {
        const CommandResult received =
            commands.receiveStock(vaccineIds.at(v), QStringLiteral("BENCH-%1").arg(v + 1),
                                  QDate::currentDate().addDays(200), perVaccine);
        if (!received.isDone())
            die(QStringLiteral("receive stock: %1").arg(received.message()));
    }
    store->database()->execDirect(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return vaccineIds;
}
// Whether the run includes `side` (all sides unless --only leaves it out).
bool runs(const Options &options, const char *side)
{
    return options.only.isEmpty() || options.only.contains(QLatin1String(side));
}

// Opens a store with SQLite's own "unix" VFS as the default for this one connection, and puts the
// desk's back: main() installed WalWriteVfs for every connection, as the desk's main() does.
std::unique_ptr<LocalStore> openStoreWithoutWalVfs(const QString &path)
{
    sqlite3_vfs_register(sqlite3_vfs_find(WalWriteVfs::wrappedName()), 1);
    auto store = openStore(path);
    sqlite3_vfs_register(sqlite3_vfs_find(WalWriteVfs::kName), 1);
    return store;
}
} // namespace

int main(int argc, char *argv[])
{
    LocalTimeZone::pin();
    WalWriteVfs::install(); // as the desk's main() does; ours_novfs and raw opt out per connection
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);

    QTemporaryDir temporary;
    const QString dir = options.dir.isEmpty() ? temporary.path() : options.dir;
    const QString oursPath = dir + QStringLiteral("/ours.db");
    const QString rawPath = dir + QStringLiteral("/raw.db");
    for (const QString &path : {oursPath, rawPath})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);

    // The seeded file, kept for --reuse: named for what it holds.
    const QString seededPath =
        dir +
        QStringLiteral("/seeded-%1-%2-%3.db").arg(options.existing).arg(options.bookings).arg(options.seed);
    double fillSeconds = 0;
    QStringList vaccineIds;
    if (options.reuse && QFile::exists(seededPath)) {
        say(QStringLiteral("seed: reusing %1").arg(seededPath));
        if (!QFile::copy(seededPath, oursPath))
            die(QStringLiteral("cannot copy %1 to %2").arg(seededPath, oursPath));
        for (const Vaccine &vaccine : openStore(oursPath)->stock()->vaccines())
            vaccineIds.append(vaccine.id);
    } else {
        vaccineIds = seed(oursPath, options, &fillSeconds);
        if (!options.dir.isEmpty()) {
            QFile::remove(seededPath);
            if (!QFile::copy(oursPath, seededPath))
                die(QStringLiteral("cannot copy %1 to %2").arg(oursPath, seededPath));
        }
    }
    const double seedPeakMb = BenchFigures::peakRssMb();
    if (!BenchFigures::resetPeakRss())
        say(QStringLiteral("note: cannot reset the peak RSS; peak_rss_mb includes the seeding"));
    const QString rawVfsPath = dir + QStringLiteral("/raw-walvfs.db");
    const QString noVfsPath = dir + QStringLiteral("/ours-novfs.db");
    const std::vector<std::pair<QString, const char *>> copies = {
        {rawPath, "raw"}, {rawVfsPath, "raw_walvfs"}, {noVfsPath, "ours_novfs"}};
    for (const auto &[copy, side] : copies) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(copy + suffix);
        // A side left out by --only gets no copy: the bytes would only be flushed during the rounds.
        if (runs(options, side) && !QFile::copy(oursPath, copy))
            die(QStringLiteral("cannot copy %1 to %2").arg(oursPath, copy));
    }
    // The copies are gigabytes of dirty pages at a million bookings: flushed here, their writeback
    // cannot fall inside the rounds and slow the checkpoints' fsyncs.
    QElapsedTimer flushing;
    flushing.start();
    ::sync();
    say(QStringLiteral("copies flushed to disk in %1 s").arg(seconds(flushing), 0, 'f', 1));

    auto store = openStore(oursPath);
    // ours_novfs: the same code without WalWriteVfs.
    std::unique_ptr<LocalStore> noVfsStore;
    if (runs(options, "ours_novfs"))
        noVfsStore = openStoreWithoutWalVfs(noVfsPath);
    // The desk's policy: commits never checkpoint; a WalCheckpointer per file does it from
    // its own thread. Every side gets the same policy, so the ratio compares like with like.
    std::vector<std::unique_ptr<WalCheckpointer>> checkpointers;
    if (!options.autoCheckpoint) {
        store->database()->setAutoCheckpoint(false);
        if (noVfsStore)
            noVfsStore->database()->setAutoCheckpoint(false);
        for (const auto &[path, side] : {std::pair{oursPath, "ours"}, std::pair{noVfsPath, "ours_novfs"},
                                         std::pair{rawPath, "raw"}, std::pair{rawVfsPath, "raw_walvfs"}})
            if (runs(options, side))
                checkpointers.push_back(std::make_unique<WalCheckpointer>(path, Schema::desk()));
    }
    SystemClock clock;
    const Actor bench = Actor::system(QStringLiteral("bench"));
    DeskCommands commands(store.get(), &clock, bench);
    std::unique_ptr<DeskCommands> noVfsCommands;
    if (noVfsStore)
        noVfsCommands = std::make_unique<DeskCommands>(noVfsStore.get(), &clock, bench);
    const qint64 feedCursor = DeskStore(store->database()).feedCursor();
    // raw: SQLite as it comes. raw_walvfs: the same code through the desk's WalWriteVfs, which
    // shows what the VFS alone is worth.
    std::unique_ptr<RawDesk> raw, rawVfs;
    if (runs(options, "raw"))
        raw = std::make_unique<RawDesk>(rawPath, store->identity(), feedCursor, vaccineIds,
                                        options.autoCheckpoint, WalWriteVfs::wrappedName());
    if (runs(options, "raw_walvfs"))
        rawVfs = std::make_unique<RawDesk>(rawVfsPath, store->identity(), feedCursor, vaccineIds,
                                           options.autoCheckpoint, WalWriteVfs::kName);
    const std::vector<NewBooking> bookings = makeBookings(options.bookings, int(vaccineIds.size()));

    struct Side
    {
        const char *name;
        QString path;
        std::function<void(const NewBooking &, qint64)> book;
        std::vector<double> rates, cpuUs, systemUs, reads, writes;
    };
    const auto desk = [&](DeskCommands *on) {
        return [&, on](const NewBooking &b, qint64 k) {
            const CommandResult result = on->book(vaccineIds.at(b.vaccine), b.customer, b.appointment);
            if (!result.isDone())
                die(QStringLiteral("book %1: %2").arg(k).arg(result.message()));
        };
    };
    std::vector<Side> sides = {
        {"ours", oursPath, desk(&commands), {}, {}, {}, {}, {}},
        {"raw", rawPath, [&](const NewBooking &b, qint64) { raw->book(b); }, {}, {}, {}, {}, {}},
        {"raw_walvfs", rawVfsPath, [&](const NewBooking &b, qint64) { rawVfs->book(b); }, {}, {}, {}, {}, {}},
        {"ours_novfs", noVfsPath, desk(noVfsCommands.get()), {}, {}, {}, {}, {}},
    };

    // Interleaved rounds, each starting with the next side: the machine is shared and noisy.
    const qint64 perRound = options.bookings / options.rounds;
    for (int round = 0; round < options.rounds; ++round) {
        const qint64 first = round * perRound;
        const qint64 last = round + 1 == options.rounds ? options.bookings : first + perRound;
        const double count = double(last - first);
        QString line =
            QStringLiteral("round %1/%2: %3 bookings").arg(round + 1).arg(options.rounds).arg(last - first);
        for (size_t turn = 0; turn < sides.size(); ++turn) {
            Side &side = sides[(size_t(round) + turn) % sides.size()];
            if (!runs(options, side.name)) {
                side.rates.push_back(0);
                side.cpuUs.push_back(0);
                side.systemUs.push_back(0);
                side.reads.push_back(0);
                side.writes.push_back(0);
                continue;
            }
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuSeconds();
            const double systemStart = threadSystemSeconds();
            const SystemCalls callsStart = threadSystemCalls();
            for (qint64 k = first; k < last; ++k)
                side.book(bookings[size_t(k)], k);
            side.rates.push_back(count / seconds(timer));
            side.cpuUs.push_back((threadCpuSeconds() - cpuStart) * 1e6 / count);
            side.systemUs.push_back((threadSystemSeconds() - systemStart) * 1e6 / count);
            const SystemCalls callsEnd = threadSystemCalls();
            side.reads.push_back((callsEnd.reads - callsStart.reads) / count);
            side.writes.push_back((callsEnd.writes - callsStart.writes) / count);
        }
        for (const Side &side : sides) {
            if (!runs(options, side.name))
                continue;
            // The log file's length: it stops growing once checkpoints let SQLite start it over.
            const double logMb =
                double(QFileInfo(side.path + QStringLiteral("-wal")).size()) / (1024.0 * 1024.0);
            line += QStringLiteral(", %1 %2/s (cpu %3 us, system %4; %5 reads, %6 writes; log %7 MB)")
                        .arg(QString::fromLatin1(side.name))
                        .arg(qint64(side.rates.back()))
                        .arg(side.cpuUs.back(), 0, 'f', 1)
                        .arg(side.systemUs.back(), 0, 'f', 1)
                        .arg(side.reads.back(), 0, 'f', 1)
                        .arg(side.writes.back(), 0, 'f', 1)
                        .arg(logMb, 0, 'f', 0);
        }
        say(line);
    }
    if (options.verify)
        verify(store.get(), QStringLiteral("after booking"));

    const double ours = BenchFigures::median(sides[0].rates);
    const double rawRate = BenchFigures::median(sides[1].rates);
    // An A/B: the median over the rounds of B's rate over ours in the same round (the noise of a
    // round hits both sides of it).
    const auto overOurs = [&](const Side &b) {
        std::vector<double> ratios;
        for (size_t r = 0; r < b.rates.size(); ++r)
            ratios.push_back(sides[0].rates[r] > 0 ? b.rates[r] / sides[0].rates[r] : 0);
        return BenchFigures::median(ratios);
    };
    say(QStringLiteral("{\"existing_bookings\":%1,\"bookings\":%2,\"rounds\":%3,\"bookings_per_s\":%4,"
                       "\"raw_bookings_per_s\":%5,\"ratio\":%6,\"peak_rss_mb\":%7,\"demo_fill_s\":%8,"
                       "\"seed_peak_rss_mb\":%9,\"cpu_us_per_booking\":%10,\"raw_cpu_us_per_booking\":%11,"
                       "\"raw_walvfs_bookings_per_s\":%12,\"raw_walvfs_cpu_us_per_booking\":%13,")
            .arg(options.existing)
            .arg(options.bookings)
            .arg(options.rounds)
            .arg(ours, 0, 'f', 0)
            .arg(rawRate, 0, 'f', 0)
            .arg(rawRate / ours, 0, 'f', 2)
            .arg(BenchFigures::peakRssMb(), 0, 'f', 1)
            .arg(fillSeconds, 0, 'f', 1)
            .arg(seedPeakMb, 0, 'f', 1)
            .arg(BenchFigures::median(sides[0].cpuUs), 0, 'f', 1)
            .arg(BenchFigures::median(sides[1].cpuUs), 0, 'f', 1)
            .arg(BenchFigures::median(sides[2].rates), 0, 'f', 0)
            .arg(BenchFigures::median(sides[2].cpuUs), 0, 'f', 1) +
        QStringLiteral("\"novfs_bookings_per_s\":%1,\"novfs_cpu_us_per_booking\":%2,\"novfs_over_ours\":%3}")
            .arg(BenchFigures::median(sides[3].rates), 0, 'f', 0)
            .arg(BenchFigures::median(sides[3].cpuUs), 0, 'f', 1)
            .arg(overOurs(sides[3]), 0, 'f', 3));
    return 0;
}

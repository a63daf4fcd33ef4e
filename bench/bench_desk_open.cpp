// SPEC 5: the desk opens a 1,000,000-booking database to a usable window in under 1.5 s, finds a
// customer by phone (whole or its last four digits) or name in under 50 ms, and stays under 200 MB of memory.
// See bench/README.md.
//
// The parent makes (or reuses) the database, then starts itself again with --child a few times. A
// child opens the store and the window as app/desk does after sign-in (an all-roles system actor
// instead of a person), waits until the window is exposed with the first page of bookings, and says
// when, on CLOCK_MONOTONIC, so the parent measures from just before it started the process. The last
// child then searches through the bookings page's own model (BookingTableModel::setFilter, the
// search box's path) and reports its peak resident memory.

#include "bench/BenchFigures.h"
#include "models/commands/DeskCommands.h"
#include "models/demo/DemoClinic.h"
#include "models/domain/Actor.h"
#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/itemmodels/BookingTableModel.h"
#include "models/sqlite/Database.h"
#include "models/sqlite/WalCheckpointer.h"
#include "models/sqlite/WalWriteVfs.h"
#include "models/store/AuditStore.h"
#include "models/store/LocalStore.h"
#include "models/store/Schema.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

namespace {
constexpr int kWaitMs = 60000;
const QByteArray kChildLine = "CHILD ";

// CLOCK_MONOTONIC in milliseconds: one clock for every process of the machine, so a parent and
// its child can subtract each other's readings.
double monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

struct Query
{
    BookingTableModel::Field field;
    QString text;
};

// Phones and names of real bookings, drawn by rowid with a seeded generator: whole phones as typed
// at the counter, and names whole or by a two-character part (a given name, or family name and
// first syllable).
std::pair<std::vector<Query>, std::vector<Query>> drawQueries(LocalStore *store, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QSqlQuery &maxId = store->database()->prepared(QStringLiteral("SELECT max(id) FROM bookings"));
    Database::exec(maxId);
    const qint64 last = maxId.next() ? maxId.value(0).toLongLong() : 0;
    maxId.finish();
    std::vector<Query> phones;
    std::vector<Query> names;
    QSqlQuery &row =
        store->database()->prepared(QStringLiteral("SELECT name, phone FROM bookings WHERE id = ?"));
    for (int attempts = 0; last > 0 && int(names.size()) < count && attempts < count * 20; ++attempts) {
        row.addBindValue(qint64(random.bounded(quint64(last))) + 1);
        Database::exec(row);
        if (row.next()) {
            const QString name = row.value(0).toString();
            phones.push_back({BookingTableModel::Field::Phone, row.value(1).toString()});
            QString part = name;
            if (name.size() > 2 && random.bounded(3) != 0)
                part = name.mid(random.bounded(int(name.size()) - 1), 2);
            names.push_back({BookingTableModel::Field::Name, part});
        }
        row.finish();
    }
    return {phones, names};
}

std::vector<double> timeSearches(BookingTableModel *model, const std::vector<Query> &queries,
                                 const char *what)
{
    std::vector<double> ms;
    int found = 0;
    for (const Query &query : queries) {
        QElapsedTimer timer;
        timer.start();
        model->setFilter(query.field, query.text);
        found += model->rowCount() > 0;
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    model->clearFilter();
    std::fprintf(stderr, "  %zu %s searches: median %.2f ms, p99 %.2f ms, max %.2f ms, %d found something\n",
                 queries.size(), what, BenchFigures::percentile(ms, 0.5), BenchFigures::percentile(ms, 0.99),
                 BenchFigures::percentile(ms, 1.0), found);
    return ms;
}

// One desk start: prints "CHILD {json}" on stdout and returns the exit code.
int runChild(int argc, char *argv[], double startedMs)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Anticorona"));
    QApplication::setApplicationName(QStringLiteral("bench_desk_open"));
    QStringList phases;
    const auto mark = [&phases, startedMs](const char *phase) {
        phases << QStringLiteral("%1 %2").arg(QLatin1String(phase)).arg(monotonicMs() - startedMs, 0, 'f', 1);
    };
    mark("app");
    Translations::install(&app);
    const QStringList args = app.arguments();
    const QString path = args.value(args.indexOf(QStringLiteral("--child")) + 1);
    const int searches = args.contains(QStringLiteral("--searches"))
                             ? args.value(args.indexOf(QStringLiteral("--searches")) + 1).toInt()
                             : 0;
    const auto seed = quint32(args.value(args.indexOf(QStringLiteral("--seed")) + 1).toUInt());

    // From here as app/desk/main.cpp and DeskSession after a sign-in.
    LocalStore store;
    if (!store.open(path, Database::OpenMode::MustExist)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(store.errorMessage()));
        return 3;
    }
    mark("store");
    SystemClock clock;
    DeskCommands commands(&store, &clock, Actor::system(QStringLiteral("bench")));
    std::unique_ptr<WalCheckpointer> checkpointer;
    if (store.database()->setAutoCheckpoint(false))
        checkpointer = std::make_unique<WalCheckpointer>(path, Schema::desk());
    MainWindow window(&store, &commands, &clock);
    mark("window");
    window.applyRoles();
    window.refresh();
    mark("refresh");
    window.setLocked(false);
    window.resize(1280, 800);
    window.show();
    BookingTableModel *model = window.bookingModel();
    if (!QTest::qWaitForWindowExposed(&window, kWaitMs) ||
        !QTest::qWaitFor([model] { return model->rowCount() > 0; }, kWaitMs)) {
        std::fprintf(stderr, "the window did not show bookings\n");
        return 1;
    }
    QCoreApplication::processEvents(); // the first paint of the rows
    const double readyMs = monotonicMs();
    mark("shown");
    std::fprintf(stderr, "  ms after main: %s\n", qPrintable(phases.join(QStringLiteral(", "))));

    QJsonObject result{{QStringLiteral("ready_at_ms"), readyMs},
                       {QStringLiteral("in_process_ms"), round1(readyMs - startedMs)},
                       {QStringLiteral("rows"), model->rowCount()},
                       {QStringLiteral("open_peak_rss_mb"), round1(BenchFigures::peakRssMb())}};
    if (searches > 0) {
        std::pair<std::vector<Query>, std::vector<Query>> queries;
        try {
            queries = drawQueries(&store, searches, seed);
        } catch (const DatabaseError &error) {
            std::fprintf(stderr, "cannot read the bookings: %s\n", qPrintable(error.message()));
            return 1;
        }
        const auto &[phones, names] = queries;
        const std::vector<double> phoneMs = timeSearches(model, phones, "phone");
        const std::vector<double> nameMs = timeSearches(model, names, "name");
        // The last four digits (뒷자리) of the same phones, as Korean desks look people up.
        std::vector<Query> tails;
        for (const Query &phone : phones)
            tails.push_back({BookingTableModel::Field::Phone, phone.text.right(4)});
        const std::vector<double> tailMs = timeSearches(model, tails, "phone last-four");
        result.insert(QStringLiteral("search_phone_tail_p99_ms"),
                      round1(BenchFigures::percentile(tailMs, 0.99)));
        result.insert(QStringLiteral("search_phone_tail_median_ms"),
                      round1(BenchFigures::percentile(tailMs, 0.5)));
        result.insert(QStringLiteral("search_phone_p99_ms"), round1(BenchFigures::percentile(phoneMs, 0.99)));
        result.insert(QStringLiteral("search_name_p99_ms"), round1(BenchFigures::percentile(nameMs, 0.99)));
        result.insert(QStringLiteral("search_phone_median_ms"),
                      round1(BenchFigures::percentile(phoneMs, 0.5)));
        result.insert(QStringLiteral("search_name_median_ms"), round1(BenchFigures::percentile(nameMs, 0.5)));
    }
    result.insert(QStringLiteral("peak_rss_mb"), round1(BenchFigures::peakRssMb()));
    std::printf("%s%s\n", kChildLine.constData(),
                QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}

// The demo clinic writes events, not the audit rows its commands would have: one per event, made
// before the window is timed, as the administration page reads them when it is made.
bool fillAudit(const QString &path)
{
    LocalStore store;
    if (!store.open(path, Database::OpenMode::MustExist)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(store.errorMessage()));
        return false;
    }
    Database *db = store.database();
    try {
        if (store.audit()->count() > 0)
            return true;
        WriteTransaction transaction(db);
        QSqlQuery &fill = db->prepared(
            QStringLiteral(
                "INSERT INTO audit (at, staff_id, staff_name, action, subject, event_sequence, said) "
                "SELECT o.at, NULL, 'bench', o.type, coalesce(json_extract(o.payload, '$.code'), ''), "
                "o.sequence, %1 FROM outbox o ORDER BY o.sequence")
                .arg(AuditStore::saidExpression(QStringLiteral("o"))));
        Database::exec(fill);
        fill.finish();
        transaction.commit();
    } catch (const DatabaseError &error) {
        std::fprintf(stderr, "cannot make the audit rows: %s\n", qPrintable(error.message()));
        return false;
    }
    return true;
}

// The audit page's text filter, as AdminPage asks it (the last 30 days, a page of 100), on words no
// row says and on customers' names and lot numbers; beside it, the anchor: the same query on the
// subject and the staff name only, as it was before the filter read what the rows say (schema 9).
QJsonObject timeAuditSearches(const QString &path, int count, quint32 seed)
{
    LocalStore store;
    if (!store.open(path, Database::OpenMode::MustExist)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(store.errorMessage()));
        return {};
    }
    Database *db = store.database();
    QRandomGenerator random(seed);
    std::vector<QString> misses;
    std::vector<QString> hits;
    qint64 rows = 0;
    try {
        rows = store.audit()->count();
        for (int i = 0; i < count; ++i)
            misses.push_back(QStringLiteral("zq%1x").arg(random.bounded(100000)));
        std::vector<Query> names = drawQueries(&store, count, seed).second;
        for (const Query &name : names)
            hits.push_back(name.text);
        QSqlQuery &lots = db->prepared(QStringLiteral("SELECT lot_number FROM lots"));
        Database::exec(lots);
        while (lots.next())
            hits.push_back(lots.value(0).toString());
        lots.finish();
    } catch (const DatabaseError &error) {
        std::fprintf(stderr, "cannot read the bookings and lots: %s\n", qPrintable(error.message()));
        return {};
    }
    const QDate today = QDate::currentDate();
    const auto timeFilter = [&](const std::vector<QString> &words, const char *what) {
        std::vector<double> ms;
        int found = 0;
        for (const QString &word : words) {
            QElapsedTimer timer;
            timer.start();
            found += !store.audit()->page({.text = word, .from = today.addDays(-30), .to = today}).isEmpty();
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::fprintf(stderr, "  %zu audit searches, %s: median %.1f ms, max %.1f ms, %d found something\n",
                     words.size(), what, BenchFigures::percentile(ms, 0.5), BenchFigures::percentile(ms, 1.0),
                     found);
        return BenchFigures::percentile(ms, 0.5);
    };
    const double missMs = timeFilter(misses, "words no row says");
    const double hitMs = timeFilter(hits, "names and lots");
    // The anchor: the subject and staff name only, as prepared by hand.
    std::vector<double> anchorMs;
    QSqlQuery &anchor = db->prepared(QStringLiteral(
        "SELECT * FROM audit WHERE (instr(lower(subject), lower(?)) > 0 OR instr(lower(staff_name), "
        "lower(?)) > 0) AND at >= ? AND at < ? ORDER BY id DESC LIMIT 100"));
    for (const QString &word : misses) {
        QElapsedTimer timer;
        timer.start();
        anchor.addBindValue(word);
        anchor.addBindValue(word);
        anchor.addBindValue(today.addDays(-30).startOfDay().toUTC().toString(Qt::ISODateWithMs));
        anchor.addBindValue(today.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs));
        if (!anchor.exec())
            return {};
        while (anchor.next()) {
        }
        anchor.finish();
        anchorMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double anchorMedian = BenchFigures::percentile(anchorMs, 0.5);
    std::fprintf(stderr, "  %zu audit searches, subject and staff only (anchor): median %.1f ms\n",
                 misses.size(), anchorMedian);
    return {{QStringLiteral("audit_rows"), rows},
            {QStringLiteral("audit_text_miss_median_ms"), round1(missMs)},
            {QStringLiteral("audit_text_hit_median_ms"), round1(hitMs)},
            {QStringLiteral("audit_subject_only_miss_median_ms"), round1(anchorMedian)}};
}

QJsonObject startChild(const QString &program, const QStringList &arguments, double *startedMs)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("DISPLAY")) &&
        !environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    *startedMs = monotonicMs();
    child.start(program, arguments);
    if (!child.waitForFinished(10 * kWaitMs) || child.exitCode() != 0)
        return {};
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (line.startsWith(kChildLine))
            return QJsonDocument::fromJson(line.mid(kChildLine.size())).object();
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    // The child's clock starts before anything else it does.
    const double startedMs = monotonicMs();
    WalWriteVfs::install(); // as the desk's main() does
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0)
            return runChild(argc, argv, startedMs);
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Opens the desk on a large database; see bench/README.md."));
    parser.addHelpOption();
    const QCommandLineOption bookingsOption(QStringLiteral("bookings"),
                                            QStringLiteral("Demo bookings to make."), QStringLiteral("N"),
                                            QStringLiteral("1000000"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Where the database goes (kept)."), QStringLiteral("PATH"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Reuse this database instead of making one."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Window starts to time."),
                                        QStringLiteral("R"), QStringLiteral("7"));
    const QCommandLineOption searchesOption(QStringLiteral("searches"),
                                            QStringLiteral("Searches by phone and by name each."),
                                            QStringLiteral("S"), QStringLiteral("200"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the data and queries."),
                                        QStringLiteral("SEED"), QStringLiteral("42"));
    const QCommandLineOption auditSearchesOption(QStringLiteral("audit-searches"),
                                                 QStringLiteral("Audit text searches of each kind."),
                                                 QStringLiteral("A"), QStringLiteral("15"));
    parser.addOptions({bookingsOption, dirOption, databaseOption, runsOption, searchesOption,
                       auditSearchesOption, seedOption});
    parser.process(app);
    const qint64 bookings = parser.value(bookingsOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const auto seed = quint32(parser.value(seedOption).toUInt());

    QString path = parser.value(databaseOption);
    std::unique_ptr<QTemporaryDir> temporary;
    qint64 stored = bookings;
    if (path.isEmpty()) {
        QString dir = parser.value(dirOption);
        if (dir.isEmpty()) {
            temporary = std::make_unique<QTemporaryDir>();
            dir = temporary->path();
        }
        QDir().mkpath(dir);
        path = QDir(dir).filePath(QStringLiteral("desk-open.sqlite"));
        QFile::remove(path);
        std::fprintf(stderr, "making %lld bookings in %s\n", bookings, qPrintable(path));
        QElapsedTimer timer;
        timer.start();
        LocalStore store;
        if (!store.open(path)) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path),
                         qPrintable(store.errorMessage()));
            return 3;
        }
        try {
            DemoClinic(&store, seed).fill(bookings, [](qint64 done, qint64 total) {
                if (done % 200000 == 0 || done == total)
                    std::fprintf(stderr, "  %lld/%lld\n", done, total);
            });
        } catch (const DatabaseError &error) {
            std::fprintf(stderr, "demo clinic failed: %s\n", qPrintable(error.message()));
            return 1;
        }
        std::fprintf(stderr, "  made in %.1f s\n", double(timer.elapsed()) / 1000.0);
    } else {
        LocalStore store;
        if (!store.open(path, Database::OpenMode::MustExist)) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(store.errorMessage()));
            return 3;
        }
        try {
            QSqlQuery &count = store.database()->prepared(QStringLiteral("SELECT count(*) FROM bookings"));
            Database::exec(count);
            stored = count.next() ? count.value(0).toLongLong() : 0;
            count.finish();
        } catch (const DatabaseError &error) {
            std::fprintf(stderr, "cannot count the bookings: %s\n", qPrintable(error.message()));
            return 1;
        }
    }
    std::fprintf(stderr, "database %s: %lld bookings, %.0f MB\n", qPrintable(path), stored,
                 double(QFileInfo(path).size()) / 1e6);

    if (!fillAudit(path))
        return 1;
    const QString program = QCoreApplication::applicationFilePath();
    std::vector<double> readyMs;
    std::vector<double> inProcessMs;
    QJsonObject last;
    for (int run = 1; run <= runs; ++run) {
        QStringList arguments{QStringLiteral("--child"), path, QStringLiteral("--seed"),
                              QString::number(seed)};
        if (run == runs)
            arguments << QStringLiteral("--searches") << parser.value(searchesOption);
        double startedMs = 0;
        last = startChild(program, arguments, &startedMs);
        if (last.isEmpty()) {
            std::fprintf(stderr, "run %d failed\n", run);
            return 1;
        }
        readyMs.push_back(last.value(QStringLiteral("ready_at_ms")).toDouble() - startedMs);
        inProcessMs.push_back(last.value(QStringLiteral("in_process_ms")).toDouble());
        std::fprintf(
            stderr,
            "run %d: window ready %.1f ms after the start (%.1f ms after main), %d rows, peak %.1f MB\n", run,
            readyMs.back(), inProcessMs.back(), last.value(QStringLiteral("rows")).toInt(),
            last.value(QStringLiteral("open_peak_rss_mb")).toDouble());
    }
    const QJsonObject audit = timeAuditSearches(path, parser.value(auditSearchesOption).toInt(), seed);
    if (audit.isEmpty()) {
        std::fprintf(stderr, "the audit searches failed\n");
        return 1;
    }
    // Written by hand, not with QJsonObject, which would sort the keys.
    std::printf("{\"bookings\":%lld,\"window_ready_ms\":%.1f,\"search_phone_p99_ms\":%.1f,"
                "\"search_name_p99_ms\":%.1f,\"search_phone_tail_p99_ms\":%.1f,\"peak_rss_mb\":%.1f,"
                "\"window_ready_in_process_ms\":%.1f,\"audit_rows\":%lld,\"audit_text_miss_median_ms\":%.1f,"
                "\"audit_text_hit_median_ms\":%.1f,\"audit_subject_only_miss_median_ms\":%.1f}\n",
                stored, BenchFigures::percentile(readyMs, 0.5),
                last.value(QStringLiteral("search_phone_p99_ms")).toDouble(),
                last.value(QStringLiteral("search_name_p99_ms")).toDouble(),
                last.value(QStringLiteral("search_phone_tail_p99_ms")).toDouble(),
                last.value(QStringLiteral("peak_rss_mb")).toDouble(),
                BenchFigures::percentile(inProcessMs, 0.5),
                audit.value(QStringLiteral("audit_rows")).toInteger(),
                audit.value(QStringLiteral("audit_text_miss_median_ms")).toDouble(),
                audit.value(QStringLiteral("audit_text_hit_median_ms")).toDouble(),
                audit.value(QStringLiteral("audit_subject_only_miss_median_ms")).toDouble());
    return 0;
}

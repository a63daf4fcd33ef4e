#include "InProcessServer.h"
#include "models/commands/DeskCommands.h"
#include "models/domain/Actor.h"
#include "models/sqlite/Database.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"
#include "sync/SyncWorker.h"
#include "sync/TokenStore.h"
#include "sync/protocol/Enrollment.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <memory>

namespace {
// The token as if the keychain held it.
class MemoryTokenStore final : public TokenStore
{
public:
    explicit MemoryTokenStore(const QString &token)
        : m_token(token)
    {}
    TokenResult read(const QString &) override
    {
        return m_token.isEmpty() ? TokenResult::notFound() : TokenResult::ok(m_token);
    }
    TokenResult write(const QString &, const QString &) override { return TokenResult::ok(); }
    TokenResult remove(const QString &) override { return TokenResult::ok(); }
    TokenResult probe() override { return TokenResult::ok(); }
    QString description() const override { return QStringLiteral("memory"); }

private:
    QString m_token;
};

// The in-process server belongs to the test's thread (its SQLite connection opened there): the
// worker's thread hands each request over and waits for the answer, while the test waits in an
// event loop (QSignalSpy::wait) that runs it.
class HomeThreadTransport final : public SyncTransport
{
public:
    HomeThreadTransport(QObject *home, SyncTransport *server)
        : m_home(home)
        , m_server(server)
    {}
    TransportReply exchange(const TransportRequest &request) override
    {
        TransportReply reply;
        QMetaObject::invokeMethod(
            m_home, [&] { reply = m_server->exchange(request); }, Qt::BlockingQueuedConnection);
        return reply;
    }

private:
    QObject *m_home = nullptr;
    SyncTransport *m_server = nullptr;
};

// A request that never comes back: waits in a local event loop, as HttpTransport does.
class HangingTransport final : public SyncTransport
{
public:
    explicit HangingTransport(std::atomic<bool> *entered)
        : m_entered(entered)
    {}
    TransportReply exchange(const TransportRequest &) override
    {
        *m_entered = true;
        QEventLoop loop;
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        TransportReply reply;
        reply.failure = TransportReply::Failure::Timeout;
        return reply;
    }

private:
    std::atomic<bool> *m_entered;
};

class DownTransport final : public SyncTransport
{
public:
    TransportReply exchange(const TransportRequest &) override
    {
        TransportReply reply;
        reply.failure = TransportReply::Failure::Refused;
        return reply;
    }
};
} // namespace

// SyncWorker on its own thread against the real server code: requests lead to rounds, rounds to
// signals on the GUI thread, and stop() returns promptly even in the middle of a request.
class TestSyncWorker : public QObject
{
    Q_OBJECT

    SyncWorker::Setup setup(SyncWorker::TransportFactory transport)
    {
        SyncWorker::Setup s;
        s.databasePath = m_path;
        s.clock = &m_clock;
        s.transport = std::move(transport);
        const QString token = m_token;
        s.tokens = [token] { return std::make_unique<MemoryTokenStore>(token); };
        s.timing.settleMs = 1000; // long enough that two requests in a row are one burst on a loaded machine
        s.timing.periodMs = 10 * 60 * 1000;
        s.timing.backoffBaseMs = 10 * 60 * 1000; // no retries while a test runs
        s.seed = 1;
        s.watchNetwork = false;
        return s;
    }

    SyncWorker::TransportFactory toServer()
    {
        return [this](const QUrl &) { return std::make_unique<HomeThreadTransport>(this, m_server.get()); };
    }

    bool enroll()
    {
        const QString site = m_server->addSite();
        const QString code = m_server->makeEnrollmentCode(site);
        const TransportReply reply = m_server->exchange(
            {"POST",
             QStringLiteral("/v1/devices/enroll"),
             QJsonDocument(EnrollRequest{code, QStringLiteral("A")}.toJson()).toJson(QJsonDocument::Compact),
             {}});
        QString error;
        const std::optional<EnrollAnswer> answer =
            EnrollAnswer::fromJson(QJsonDocument::fromJson(reply.body).object(), &error);
        if (reply.status != 200 || !answer)
            return false;
        WriteTransaction transaction(m_store->database());
        if (!DeskStore(m_store->database())
                 .adoptIdentity(answer->deviceId, answer->siteId, QStringLiteral("http://in-process")))
            return false;
        transaction.commit();
        m_store->reloadIdentity();
        m_token = answer->token;
        return true;
    }

    bool addStock()
    {
        const CommandResult vaccine =
            m_commands->registerVaccine(QStringLiteral("Comirnaty"), QStringLiteral("Pfizer"));
        return vaccine.isDone() &&
               m_commands
                   ->receiveStock(vaccine.value, QStringLiteral("L1"), m_clock.now().date().addDays(180), 10)
                   .isDone();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    SystemClock m_clock;
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<DeskCommands> m_commands;
    QString m_token;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("desk.sqlite"));
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_path));
        m_commands =
            std::make_unique<DeskCommands>(m_store.get(), &m_clock, Actor::system(QStringLiteral("A")));
        m_server = std::make_unique<InProcessServer>(&m_clock);
        QVERIFY2(m_server->isOpen(), qPrintable(m_server->errorMessage()));
        m_token.clear();
    }
    void cleanup()
    {
        m_commands.reset();
        m_store.reset();
        m_server.reset();
        m_dir.reset();
    }

    void requestSyncLeadsToARoundAndNothingWaiting()
    {
        QVERIFY(enroll());
        QVERIFY(addStock());
        SyncWorker worker(setup(toServer()));
        QSignalSpy rounds(&worker, &SyncWorker::roundFinished);
        QSignalSpy statuses(&worker, &SyncWorker::statusChanged);
        QSignalSpy offline(&worker, &SyncWorker::offlineSinceChanged);
        worker.start();
        // The round at start pushes what was there.
        QVERIFY(rounds.wait(10000));
        SyncRound first = rounds.takeFirst().at(0).value<SyncRound>();
        QVERIFY2(first.done(), qPrintable(first.message));
        QCOMPARE(first.pushed, 2);
        // The status at start (2 waiting) comes first; the one after the round follows it.
        const auto lastWaiting = [&statuses] {
            return statuses.isEmpty() ? -1 : statuses.last().at(0).value<SyncStatus>().waiting;
        };
        QTRY_COMPARE(lastWaiting(), 0);
        QVERIFY(!statuses.last().at(0).value<SyncStatus>().lastSync.isEmpty());
        QTRY_VERIFY(!offline.isEmpty());
        QVERIFY(offline.last().at(0).toDateTime().isNull());

        // A command, then requestSync: shortly a round that pushes it.
        QVERIFY(m_commands
                    ->receiveStock(m_store->stock()->levels().first().vaccineId, QStringLiteral("L2"),
                                   m_clock.now().date().addDays(200), 5)
                    .isDone());
        QCOMPARE(m_store->outbox()->pendingCount(), 1);
        statuses.clear();
        worker.requestSync();
        worker.requestSync(); // a burst makes one round
        QVERIFY(rounds.wait(10000));
        const SyncRound second = rounds.takeFirst().at(0).value<SyncRound>();
        QVERIFY2(second.done(), qPrintable(second.message));
        QCOMPARE(second.pushed, 1);
        QTRY_COMPARE(lastWaiting(), 0);
        QCOMPARE(m_store->outbox()->pendingCount(), 0);
        QTest::qWait(100);
        QCOMPARE(rounds.size(), 0);

        worker.stop();
        QVERIFY(!worker.isRunning());
    }

    void aLongRoundReportsEachBatchAndPage()
    {
        QVERIFY(enroll());
        QVERIFY(addStock()); // 2 events
        const QString vaccine = m_store->stock()->levels().first().vaccineId;
        for (int n = 0; n < 1198; ++n)
            QVERIFY(m_commands
                        ->receiveStock(vaccine, QStringLiteral("M%1").arg(n),
                                       m_clock.now().date().addDays(200), 1)
                        .isDone());
        SyncWorker worker(setup(toServer()));
        QSignalSpy rounds(&worker, &SyncWorker::roundFinished);
        QSignalSpy pushed(&worker, &SyncWorker::progress);
        QSignalSpy received(&worker, &SyncWorker::received);
        worker.start();
        QVERIFY(rounds.wait(60000));
        QVERIFY(rounds.first().at(0).value<SyncRound>().done());
        QStringList steps;
        for (const QList<QVariant> &signal : pushed)
            steps << QStringLiteral("%1/%2").arg(signal.at(0).toInt()).arg(signal.at(1).toInt());
        QCOMPARE(steps.join(QLatin1Char(' ')), QStringLiteral("500/1200 1000/1200 1200/1200"));
        steps.clear();
        // The desk reads its own 1,200 events back, page by page.
        for (const QList<QVariant> &signal : received)
            steps << QString::number(signal.at(0).toInt());
        QCOMPARE(steps.join(QLatin1Char(' ')), QStringLiteral("500 1000 1200"));
        worker.stop();
    }

    void theWorkerKeepsTheWaterMarksItIsGiven()
    {
        QVERIFY(enroll());
        QVERIFY(addStock()); // this desk received 10: it holds 10 rights
        const QString vaccine = m_store->stock()->levels().first().vaccineId;
        SyncWorker::Setup s = setup(toServer());
        s.rights.setMarks(vaccine, 2, 4); // above 4 it returns the surplus
        SyncWorker worker(s);
        QSignalSpy rounds(&worker, &SyncWorker::roundFinished);
        QSignalSpy statuses(&worker, &SyncWorker::statusChanged);
        worker.start();
        QVERIFY(rounds.wait(10000));
        QVERIFY(rounds.takeFirst().at(0).value<SyncRound>().done());
        QTRY_COMPARE(statuses.last().at(0).value<SyncStatus>().rights.value(vaccine), 4);

        // New marks from the Settings reach the running worker: below 5 it refills up to 7.
        RightsSettings changed;
        changed.setMarks(vaccine, 5, 7);
        worker.setRightsSettings(changed);
        statuses.clear();
        worker.syncNow();
        QVERIFY(rounds.wait(10000));
        QVERIFY(rounds.takeFirst().at(0).value<SyncRound>().done());
        QTRY_VERIFY(!statuses.isEmpty());
        QTRY_COMPARE(statuses.last().at(0).value<SyncStatus>().rights.value(vaccine), 7);
        worker.stop();
    }

    void stopAbandonsAHungRequestPromptly()
    {
        QVERIFY(enroll());
        QVERIFY(addStock());
        std::atomic<bool> entered = false;
        SyncWorker worker(
            setup([&entered](const QUrl &) { return std::make_unique<HangingTransport>(&entered); }));
        QSignalSpy rounds(&worker, &SyncWorker::roundFinished);
        worker.start();
        QTRY_VERIFY(entered.load());
        QElapsedTimer timer;
        timer.start();
        worker.stop();
        // The hung request would hold it for the transport's minute: well under that means abandoned
        // (a generous bound: CI machines are shared).
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QCoreApplication::processEvents();
        QCOMPARE(rounds.size(), 0); // nothing signalled once stopping
    }

    void aServerThatIsDownMakesTheDeskOffline()
    {
        QVERIFY(enroll());
        QVERIFY(addStock());
        SyncWorker worker(setup([](const QUrl &) { return std::make_unique<DownTransport>(); }));
        QSignalSpy rounds(&worker, &SyncWorker::roundFinished);
        QSignalSpy offline(&worker, &SyncWorker::offlineSinceChanged);
        QSignalSpy statuses(&worker, &SyncWorker::statusChanged);
        const QDateTime before = m_clock.now();
        worker.start();
        QVERIFY(rounds.wait(10000));
        QCOMPARE(rounds.first().at(0).value<SyncRound>().outcome, SyncRound::Outcome::Unreachable);
        QTRY_VERIFY(!offline.isEmpty());
        QVERIFY(offline.last().at(0).toDateTime() >= before);
        QTRY_VERIFY(statuses.size() >= 2); // at start, and after the round
        QCOMPARE(statuses.last().at(0).value<SyncStatus>().waiting, 2);
        worker.requestSync(); // the breaker holds it back
        QTest::qWait(200);
        QCOMPARE(rounds.size(), 1);
    }

    void aStandaloneDeskNeverSyncsAndSaysSo()
    {
        QVERIFY(addStock());
        bool made = false;
        SyncWorker worker(setup([&made](const QUrl &) {
            made = true;
            return std::make_unique<DownTransport>();
        }));
        QSignalSpy rounds(&worker, &SyncWorker::roundFinished);
        QSignalSpy statuses(&worker, &SyncWorker::statusChanged);
        worker.start();
        QVERIFY(statuses.wait(10000));
        const SyncStatus status = statuses.last().at(0).value<SyncStatus>();
        QVERIFY(status.standalone());
        QCOMPARE(status.waiting, 2);
        worker.syncNow();
        QTest::qWait(100);
        QCOMPARE(rounds.size(), 0);
        worker.stop();
        QVERIFY(!made);
    }
};

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "test_sync_worker.moc"

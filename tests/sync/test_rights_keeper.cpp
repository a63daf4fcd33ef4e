#include "FaultyTransport.h"
#include "InProcessServer.h"
#include "SyncDesk.h"
#include "common/FixedClock.h"
#include "models/commands/DeskCommands.h"
#include "models/domain/Actor.h"
#include "models/sqlite/Database.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"
#include "models/store/RightsRequestStore.h"
#include "models/store/Verifier.h"
#include "server/store/ServerVerifier.h"
#include "server/store/SqliteServerStore.h"
#include "sync/SyncEngine.h"
#include "sync/protocol/Enrollment.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The rights step of a round (RightsKeeper through SyncEngine) against the real server code
// without a socket: refills from the site's pool and returns to it by the water marks, each
// request stored before it is sent and resent unchanged until answered, across lost answers,
// `409 not_yet` and a restart. Every scenario ends with verify on each desk and the server's
// escrow audit (rights at desks + pool + sureties = available + debt).
class TestRightsKeeper : public QObject
{
    Q_OBJECT

    using Desk = SyncDesk;

    bool open(Desk *desk) { return desk->reopen(); }

    std::unique_ptr<Desk> enroll(const QString &name, SyncTransport *transport)
    {
        return SyncDesk::enroll(m_server.get(), m_site, m_dir->filePath(name + QStringLiteral(".sqlite")),
                                name, transport, &m_clock);
    }

    EscrowAudit serverAudit(const QString &vaccineId)
    {
        return ::serverAudit(m_server.get(), m_site, vaccineId);
    }
    // How many requests with this id the server recorded (applied ones only).
    int serverRequests(const QString &requestId)
    {
        QSqlQuery &query = m_server->store()->database()->prepared(
            QStringLiteral("SELECT count(*) FROM rights_requests WHERE request_id = ?"));
        query.addBindValue(requestId);
        Database::exec(query);
        const int count = query.next() ? query.value(0).toInt() : -1;
        query.finish();
        return count;
    }

    // The rights the server counts at this desk.
    qint64 serverRights(Desk *desk, const QString &vaccineId)
    {
        QSqlQuery &query = m_server->store()->database()->prepared(
            QStringLiteral("SELECT coalesce(sum(rights), 0) FROM device_rights WHERE device_id = ? AND "
                           "vaccine_id = ?"));
        query.addBindValue(desk->store->identity().deviceId);
        query.addBindValue(vaccineId);
        Database::exec(query);
        const qint64 rights = query.next() ? query.value(0).toLongLong() : -1;
        query.finish();
        return rights;
    }

    static Customer customer(int n) { return testCustomer(n); }
    QDateTime tomorrow() const { return m_clock.now().addDays(1); }

    QString registerAndReceive(Desk *desk, int doses)
    {
        const CommandResult vaccine =
            desk->commands->registerVaccine(QStringLiteral("Comirnaty"), QStringLiteral("Pfizer"));
        if (!vaccine.isDone() ||
            !desk->commands->receiveStock(vaccine.value, QStringLiteral("L1"), QDate(2026, 6, 30), doses)
                 .isDone())
            return {};
        return vaccine.value;
    }

    // A receives 10 doses and syncs: it keeps the default high mark of an idle desk (6) and
    // returns 4 to the pool. B then reads the feed and knows the vaccine, with no rights.
    QString stockedSite(Desk *a, Desk *b)
    {
        const QString vaccine = registerAndReceive(a, 10);
        if (vaccine.isEmpty())
            return {};
        const SyncRound round = a->engine->syncOnce();
        if (!round.done() || round.returned != 4 || a->level(vaccine).rights != 6)
            return {};
        const SyncRound read = b->engine->syncOnce();
        if (!read.done() || b->level(vaccine).onHand != 10 || b->level(vaccine).rights != 0)
            return {};
        return vaccine;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        m_server = std::make_unique<InProcessServer>(&m_clock);
        QVERIFY2(m_server->isOpen(), qPrintable(m_server->errorMessage()));
        m_site = m_server->addSite();
        QVERIFY(!m_site.isEmpty());
    }
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void theWaterMarksFollowTheBookingsOrTheSettings()
    {
        RightsSettings settings;
        QCOMPARE(settings.marksFor(QStringLiteral("v"), 0).low, 2);
        QCOMPARE(settings.marksFor(QStringLiteral("v"), 0).high, 6);
        QCOMPARE(settings.marksFor(QStringLiteral("v"), 5).low, 3);
        QCOMPARE(settings.marksFor(QStringLiteral("v"), 20).high, 30);
        settings.setMarks(QStringLiteral("v"), 4, 1); // a high below the low is the low
        QCOMPARE(settings.marksFor(QStringLiteral("v"), 100).low, 4);
        QCOMPARE(settings.marksFor(QStringLiteral("v"), 100).high, 4);
    }

    // Two desks of one site: A returns its surplus above the high mark, B below its low mark
    // refills from the pool and can then book, offline.
    void aDeskBelowItsLowMarkRefillsAndBooks()
    {
        auto a = enroll(QStringLiteral("A"), m_server.get());
        auto b = enroll(QStringLiteral("B"), m_server.get());
        QVERIFY(a && b);
        const QString vaccine = stockedSite(a.get(), b.get());
        QVERIFY(!vaccine.isEmpty());
        EscrowAudit server = serverAudit(vaccine);
        QCOMPARE(server.pool, 4);
        QCOMPARE(server.rightsAtDesks, 6);
        QVERIFY(server.holds());
        QVERIFY(!b->commands->book(vaccine, customer(1), tomorrow()).isDone()); // no rights yet

        const SyncRound refill = b->engine->syncOnce();
        QVERIFY2(refill.done(), qPrintable(refill.message));
        QCOMPARE(refill.granted, 4); // asked for 6, the pool had 4
        QCOMPARE(b->level(vaccine).rights, 4);
        QVERIFY(RightsRequestStore(b->store.get()).unanswered().isEmpty());
        server = serverAudit(vaccine);
        QCOMPARE(server.pool, 0);
        QCOMPARE(server.rightsAtDesks, 10);
        QVERIFY(server.holds());

        // Offline now: B books with the rights it holds.
        for (int n = 0; n < 4; ++n)
            QVERIFY(b->commands->book(vaccine, customer(n), tomorrow()).isDone());
        QCOMPARE(b->level(vaccine).rights, 0);
        QCOMPARE(b->level(vaccine).booked, 4);

        const SyncRound back = b->engine->syncOnce();
        QVERIFY2(back.done(), qPrintable(back.message));
        QCOMPARE(back.accepted, 4);
        QCOMPARE(back.granted, 0); // the pool is empty; A holds the rest
        QVERIFY(a->engine->syncOnce().done());
        server = serverAudit(vaccine);
        QCOMPARE(server.booked, 4);
        QCOMPARE(server.pool, 0);
        QCOMPARE(server.rightsAtDesks, 6);
        QVERIFY(server.holds());
        QCOMPARE(a->level(vaccine).booked, 4);
        QVERIFY(a->verified());
        QVERIFY(b->verified());
    }

    // SPEC 3: a desk offline books with the rights it holds and, once they are spent, refuses
    // with the reason; nothing it did is lost when the server comes back.
    void aDeskOutOfRightsRefusesABookingWithAReason()
    {
        FaultyTransport faulty(m_server.get());
        auto a = enroll(QStringLiteral("A"), m_server.get());
        auto b = enroll(QStringLiteral("B"), &faulty);
        QVERIFY(a && b);
        const QString vaccine = stockedSite(a.get(), b.get());
        QVERIFY(!vaccine.isEmpty());
        QCOMPARE(b->engine->syncOnce().granted, 4);

        faulty.script({{Fault::DropRequest, 0}, {Fault::DropRequest, 0}}); // the server is gone
        QStringList booked;
        for (int n = 0; n < 4; ++n) {
            const CommandResult booking = b->commands->book(vaccine, customer(n), tomorrow());
            QVERIFY2(booking.isDone(), qPrintable(booking.message()));
            booked.append(booking.value);
        }
        const SyncRound offline = b->engine->syncOnce();
        QCOMPARE(offline.outcome, SyncRound::Outcome::Unreachable);
        const CommandResult refused = b->commands->book(vaccine, customer(5), tomorrow());
        QCOMPARE(refused.status, CommandResult::Status::Refused);
        QCOMPARE(refused.refusal.code, RefusalCode::NoRights);
        QVERIFY(!refused.message().isEmpty());
        // The available doses the desk shows are more than its rights: A holds them.
        QCOMPARE(b->level(vaccine).available(), 6);
        QCOMPARE(b->level(vaccine).rights, 0);
        QCOMPARE(b->engine->syncOnce().outcome, SyncRound::Outcome::Unreachable);

        const SyncRound back = b->engine->syncOnce(); // the server is back
        QVERIFY2(back.done(), qPrintable(back.message));
        QCOMPARE(back.accepted, 4);
        QCOMPARE(serverAudit(vaccine).booked, 4);
        QVERIFY(serverAudit(vaccine).holds());
        QVERIFY(b->verified());
    }

    // A refill whose answer is lost: the next round sends the same request (same id, same body)
    // and the rights arrive once.
    void aLostRefillAnswerIsResentAndGrantedOnce()
    {
        FaultyTransport faulty(m_server.get());
        auto a = enroll(QStringLiteral("A"), m_server.get());
        auto b = enroll(QStringLiteral("B"), &faulty);
        QVERIFY(a && b);
        const QString vaccine = stockedSite(a.get(), b.get());
        QVERIFY(!vaccine.isEmpty());

        faulty.script(Fault::DropAnswer); // B has nothing to push: its first request is the refill
        const SyncRound lost = b->engine->syncOnce();
        QCOMPARE(lost.outcome, SyncRound::Outcome::Unreachable);
        QCOMPARE(faulty.log().constLast().path, QStringLiteral("/v1/rights"));
        QCOMPARE(b->level(vaccine).rights, 0);
        const QList<RightsRequestStore::Row> stored = RightsRequestStore(b->store.get()).unanswered();
        QCOMPARE(stored.size(), 1);
        const RightsRequestStore::Row request = stored.constFirst();
        QCOMPARE(request.action, RightsRequestStore::Action::Refill);
        QCOMPARE(request.count, 6);
        QCOMPARE(serverRequests(request.requestId), 1); // applied on the server, the answer lost
        QCOMPARE(serverAudit(vaccine).pool, 0);

        const SyncRound again = b->engine->syncOnce();
        QVERIFY2(again.done(), qPrintable(again.message));
        QCOMPARE(again.granted, 4);
        QCOMPARE(b->level(vaccine).rights, 4);
        QVERIFY(RightsRequestStore(b->store.get()).unanswered().isEmpty());
        const std::optional<RightsRequestStore::Row> answered =
            RightsRequestStore(b->store.get()).byId(request.requestId);
        QVERIFY(answered && answered->answered);
        QVERIFY(answered->answer.contains(QStringLiteral("\"granted\":4")));
        QCOMPARE(answered->count, request.count);
        QCOMPARE(answered->feedCursor, request.feedCursor);
        QCOMPARE(answered->eventsMade, request.eventsMade);
        QCOMPARE(serverRequests(request.requestId), 1);
        const EscrowAudit server = serverAudit(vaccine);
        QCOMPARE(server.rightsAtDesks, 10); // 6 at A, 4 at B: counted once
        QCOMPARE(server.pool, 0);
        QVERIFY(server.holds());
        QVERIFY(b->engine->syncOnce().done());
        QCOMPARE(b->level(vaccine).rights, 4);
        QVERIFY(a->verified());
        QVERIFY(b->verified());
    }

    // A return sent before the events it follows are on the server: `409 not_yet` is no failure,
    // the request stays stored, and the next round (after its push) sends it again.
    void aReturnAheadOfItsEventsWaitsForThem()
    {
        auto a = enroll(QStringLiteral("A"), m_server.get());
        QVERIFY(a);
        const QString vaccine = registerAndReceive(a.get(), 10);
        QVERIFY(!vaccine.isEmpty());

        const SyncRound early = a->engine->keepRights(); // without the push
        QVERIFY2(early.done(), qPrintable(early.message));
        QCOMPARE(early.returned, 0);
        QCOMPARE(a->level(vaccine).rights, 6); // deducted when it was recorded
        const QList<RightsRequestStore::Row> stored = RightsRequestStore(a->store.get()).unanswered();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().action, RightsRequestStore::Action::Return);
        QCOMPARE(stored.constFirst().count, 4);
        QCOMPARE(stored.constFirst().eventsMade, 2);
        QCOMPARE(serverRequests(stored.constFirst().requestId), 0);
        // Another try still without the push: the same request, not a second one.
        QVERIFY(a->engine->keepRights().done());
        QCOMPARE(RightsRequestStore(a->store.get()).unanswered().size(), 1);
        QCOMPARE(RightsRequestStore(a->store.get()).unanswered().constFirst().requestId,
                 stored.constFirst().requestId);

        const SyncRound round = a->engine->syncOnce();
        QVERIFY2(round.done(), qPrintable(round.message));
        QCOMPARE(round.pushed, 2);
        QCOMPARE(round.returned, 4);
        QVERIFY(RightsRequestStore(a->store.get()).unanswered().isEmpty());
        QCOMPARE(serverRequests(stored.constFirst().requestId), 1);
        QCOMPARE(a->level(vaccine).rights, 6);
        const EscrowAudit server = serverAudit(vaccine);
        QCOMPARE(server.pool, 4);
        QCOMPARE(server.rightsAtDesks, 6);
        QVERIFY(server.holds());
        QVERIFY(a->verified());
    }

    // A crash after the request was stored and before it was sent: the desk opened again sends
    // that very request, and decides no second one for the vaccine.
    void aRequestStoredBeforeACrashIsSentAfterTheRestart()
    {
        auto a = enroll(QStringLiteral("A"), m_server.get());
        auto b = enroll(QStringLiteral("B"), m_server.get());
        QVERIFY(a && b);
        const QString vaccine = stockedSite(a.get(), b.get());
        QVERIFY(!vaccine.isEmpty());
        QString requestId;
        {
            // What the keeper does first, then the desk dies.
            WriteTransaction transaction(b->store->database());
            requestId = RightsRequestStore(b->store.get())
                            .record(vaccine, RightsRequestStore::Action::Refill, 3, QStringLiteral("t"))
                            .requestId;
            transaction.commit();
        }
        QVERIFY(open(b.get()));
        QCOMPARE(RightsRequestStore(b->store.get()).unanswered().size(), 1);

        const SyncRound round = b->engine->syncOnce();
        QVERIFY2(round.done(), qPrintable(round.message));
        QCOMPARE(round.granted, 3);
        QCOMPARE(b->level(vaccine).rights, 3); // at the low mark and above: nothing more asked
        QVERIFY(RightsRequestStore(b->store.get()).unanswered().isEmpty());
        QVERIFY(RightsRequestStore(b->store.get()).byId(requestId)->answered);
        QCOMPARE(serverRequests(requestId), 1);
        const EscrowAudit server = serverAudit(vaccine);
        QCOMPARE(server.pool, 1);
        QCOMPARE(server.rightsAtDesks, 9);
        QVERIFY(server.holds());
        QVERIFY(a->verified());
        QVERIFY(b->verified());
    }

    // A return stored before a crash is deducted at once, so the restarted desk cannot spend
    // the rights it is giving back.
    void aReturnStoredBeforeACrashStaysDeducted()
    {
        auto a = enroll(QStringLiteral("A"), m_server.get());
        QVERIFY(a);
        RightsSettings settings;
        settings.enabled = false;
        a->engine->setRightsSettings(settings);
        const QString vaccine = registerAndReceive(a.get(), 10);
        QVERIFY(a->engine->syncOnce().done());
        QCOMPARE(a->level(vaccine).rights, 10);
        {
            WriteTransaction transaction(a->store->database());
            RightsRequestStore(a->store.get())
                .record(vaccine, RightsRequestStore::Action::Return, 7, QStringLiteral("t"));
            transaction.commit();
        }
        QVERIFY(open(a.get()));
        QCOMPARE(a->level(vaccine).rights, 3);
        a->engine->setRightsSettings(settings); // resent even with the marks off
        const SyncRound round = a->engine->syncOnce();
        QVERIFY2(round.done(), qPrintable(round.message));
        QCOMPARE(round.returned, 7);
        QCOMPARE(a->level(vaccine).rights, 3);
        QCOMPARE(serverAudit(vaccine).pool, 7);
        QVERIFY(serverAudit(vaccine).holds());
        QVERIFY(a->verified());
    }

    // A request the server refuses for good (here an id it answered for another request): it is
    // closed with nothing moved, a return's rights come back to the desk, the round reads the
    // feed all the same and ends Refused, with the reason.
    void aRefusedRequestMovesNothingAndIsReported()
    {
        auto a = enroll(QStringLiteral("A"), m_server.get());
        auto b = enroll(QStringLiteral("B"), m_server.get());
        QVERIFY(a && b);
        const QString vaccine = stockedSite(a.get(), b.get());
        QVERIFY(!vaccine.isEmpty());
        RightsSettings settings;
        settings.enabled = false;
        a->engine->setRightsSettings(settings);
        QString reused;
        {
            QSqlQuery &query = a->store->database()->prepared(
                QStringLiteral("SELECT request_id FROM rights_requests WHERE state = 1"));
            Database::exec(query);
            QVERIFY(query.next());
            reused = query.value(0).toString();
            query.finish();
        }
        {
            WriteTransaction transaction(a->store->database());
            const QString fresh =
                RightsRequestStore(a->store.get())
                    .record(vaccine, RightsRequestStore::Action::Return, 2, QStringLiteral("t"))
                    .requestId;
            QSqlQuery &rename = a->store->database()->prepared(
                QStringLiteral("UPDATE rights_requests SET request_id = ? WHERE request_id = ?"));
            rename.addBindValue(reused.toUpper()); // another spelling, the same UUID
            rename.addBindValue(fresh);
            Database::exec(rename);
            transaction.commit();
        }
        QCOMPARE(a->level(vaccine).rights, 4);
        QVERIFY(b->commands->receiveStock(vaccine, QStringLiteral("L2"), QDate(2026, 7, 31), 2).isDone());
        QVERIFY(b->engine->syncOnce().done());

        const SyncRound round = a->engine->syncOnce();
        QCOMPARE(round.outcome, SyncRound::Outcome::Refused);
        QVERIFY(round.message.contains(QStringLiteral("request_id_reused")));
        QCOMPARE(round.pulled, 1); // B's receipt: the feed was read all the same
        QCOMPARE(a->level(vaccine).rights, 6);
        QVERIFY(RightsRequestStore(a->store.get()).unanswered().isEmpty());
        const EscrowAudit server = serverAudit(vaccine);
        QCOMPARE(server.pool, 4);
        QVERIFY(server.holds());
        QVERIFY(a->verified());
    }

    // A refill whose feed is longer than one answer holds (1000 entries): the desk pages on to the
    // grant before it writes anything, and the whole feed commits with the rights.
    void aRefillPagesItsFeedOnToTheGrant()
    {
        FaultyTransport faulty(m_server.get());
        auto a = enroll(QStringLiteral("A"), m_server.get());
        auto b = enroll(QStringLiteral("B"), &faulty);
        QVERIFY(a && b);
        const QString vaccine = stockedSite(a.get(), b.get());
        QVERIFY(!vaccine.isEmpty());
        for (int n = 0; n < 600; ++n) {
            const CommandResult booking = a->commands->book(vaccine, customer(n), tomorrow());
            QVERIFY2(booking.isDone(), qPrintable(booking.message()));
            QVERIFY(a->commands->cancel(booking.value).isDone());
        }
        QVERIFY(a->engine->syncOnce().done());

        const SyncRound refill = b->engine->keepRights(); // the rights step alone: no pull after it
        QVERIFY2(refill.done(), qPrintable(refill.message));
        QCOMPARE(refill.granted, 4);
        QCOMPARE(refill.pulled, 1200);
        QCOMPARE(b->store->bookings()->count(), 600);
        QCOMPARE(b->level(vaccine).rights, 4);
        QCOMPARE(b->level(vaccine).booked, 0);
        QStringList paths;
        for (const FaultRecord &record : faulty.log())
            paths.append(record.path);
        QVERIFY2(paths.constLast().startsWith(QStringLiteral("/v1/events?after=")),
                 qPrintable(paths.join(' ')));
        QCOMPARE(paths.at(paths.size() - 2), QStringLiteral("/v1/rights"));
        const SyncRound round = b->engine->syncOnce();
        QVERIFY2(round.done(), qPrintable(round.message));
        QCOMPARE(round.pulled, 0);
        QVERIFY(serverAudit(vaccine).holds());
        QVERIFY(a->verified());
        QVERIFY(b->verified());
    }

    // A round that stops in the rights step still counts what the step pulled: a resent refill
    // applied its feed (another vaccine's registration and receipt) before the next request hung.
    void aRoundStoppedInTheRightsStepCountsWhatItPulled()
    {
        FaultyTransport faulty(m_server.get());
        auto a = enroll(QStringLiteral("A"), m_server.get());
        auto b = enroll(QStringLiteral("B"), &faulty);
        QVERIFY(a && b);
        const QString first = stockedSite(a.get(), b.get());
        QVERIFY(!first.isEmpty());
        const CommandResult second =
            a->commands->registerVaccine(QStringLiteral("Spikevax"), QStringLiteral("Moderna"));
        QVERIFY(second.isDone());
        QVERIFY(
            a->commands->receiveStock(second.value, QStringLiteral("M1"), QDate(2026, 6, 30), 10).isDone());
        QVERIFY(a->engine->syncOnce().done()); // pushes both, returns 4 of the second

        faulty.script({{Fault::DropAnswer}, {Fault::None}, {Fault::Hang}});
        const SyncRound lost = b->engine->syncOnce(); // the first vaccine's refill: answer lost
        QCOMPARE(lost.outcome, SyncRound::Outcome::Unreachable);
        QCOMPARE(lost.pulled, 0);

        const SyncRound round = b->engine->syncOnce();
        QCOMPARE(round.outcome, SyncRound::Outcome::Unreachable); // the second vaccine's refill hung
        QCOMPARE(round.granted, 4);
        QCOMPARE(b->level(second.value).onHand, 10); // the resent refill's feed was applied
        QCOMPARE(round.pulled, 2);
        QVERIFY(b->verified());
    }

    // Rounds of two desks that book, cancel and move rights through transports that drop,
    // duplicate and delay requests and answers; then the faults heal: no right is created or lost
    // (each desk holds what the server counts at it) and the escrow audit holds.
    void seededFaultsNeitherCreateNorLoseRights_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {11u, 12u, 13u, 14u, 15u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void seededFaultsNeitherCreateNorLoseRights()
    {
        QFETCH(quint32, seed);
        FaultyTransport faultyA(m_server.get());
        FaultyTransport faultyB(m_server.get());
        auto a = enroll(QStringLiteral("A"), &faultyA);
        auto b = enroll(QStringLiteral("B"), &faultyB);
        QVERIFY(a && b);
        const QString vaccine = registerAndReceive(a.get(), 20);
        QVERIFY(!vaccine.isEmpty());
        const FaultRates rates{0.15, 0.15, 0.15, 0.15, 0.1, 0.05, 3, 1};
        faultyA.seed(seed, rates);
        faultyB.seed(seed + 1000, rates);
        QStringList codes;
        int customers = 0;
        for (int step = 0; step < 40; ++step) {
            Desk *desk = step % 2 ? b.get() : a.get();
            if (step % 3 != 2) {
                const CommandResult booking =
                    desk->commands->book(vaccine, customer(customers++), tomorrow());
                if (booking.isDone())
                    codes.append(booking.value);
            } else if (!codes.isEmpty()) {
                desk->commands->cancel(codes.takeFirst()); // another desk's booking it may not know yet
            }
            a->engine->syncOnce();
            b->engine->syncOnce();
        }
        faultyA.releaseHeld();
        faultyB.releaseHeld();
        faultyA.seed(seed, FaultRates());
        faultyB.seed(seed, FaultRates());
        for (int quiet = 0; quiet < 3; ++quiet) {
            const SyncRound roundA = a->engine->syncOnce();
            QVERIFY2(roundA.done(), qPrintable(roundA.message));
            const SyncRound roundB = b->engine->syncOnce();
            QVERIFY2(roundB.done(), qPrintable(roundB.message));
        }
        const EscrowAudit server = serverAudit(vaccine);
        QVERIFY(server.holds());
        QCOMPARE(server.sureties, 0);
        for (Desk *desk : {a.get(), b.get()}) {
            QVERIFY(RightsRequestStore(desk->store.get()).unanswered().isEmpty());
            QCOMPARE(qint64(desk->level(vaccine).rights), serverRights(desk, vaccine));
            QCOMPARE(desk->level(vaccine).onHand, int(server.stock));
            QCOMPARE(desk->level(vaccine).booked, int(server.booked));
            QVERIFY(desk->verified());
        }
        QCOMPARE(a->level(vaccine).rights + b->level(vaccine).rights + server.pool, server.available);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock;
    std::unique_ptr<InProcessServer> m_server;
    QString m_site;
};

QTEST_GUILESS_MAIN(TestRightsKeeper)
#include "test_rights_keeper.moc"

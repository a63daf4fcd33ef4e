#include "common/FixedClock.h"
#include "models/commands/DeskCommands.h"
#include "models/domain/DatabaseError.h"
#include "models/store/ConflictStore.h"
#include "models/store/DeskStore.h"
#include "models/store/FeedStore.h"
#include "models/store/LocalStore.h"
#include "models/store/Schema.h"
#include "models/store/Verifier.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

// The desk's side of the server's answers (FeedStore, ConflictStore): feed entries applied as the
// server applies them, merged with this desk's unacknowledged work, own events refused by the
// server undone into conflicts. Two real desks make the events with DeskCommands; a list plays the
// server's feed (each event gets its server sequence once, in the order the desks publish).
class TestFeed final : public QObject
{
    Q_OBJECT

private:
    struct Desk
    {
        std::unique_ptr<LocalStore> store;
        std::unique_ptr<DeskCommands> commands;
    };

    QTemporaryDir m_dir;
    FixedClock m_clock;
    Desk m_a; // this desk
    Desk m_b; // another desk of the site
    QList<std::pair<qint64, Event>> m_feed;
    qint64 m_sequence = 100;
    QString m_vaccine;

    static QString now() { return QStringLiteral("2026-03-02T00:00:00.000Z"); }

    Desk open(const QString &name)
    {
        Desk desk;
        desk.store = std::make_unique<LocalStore>();
        const QString path =
            m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QTest::currentTestFunction(), name));
        if (!desk.store->open(path))
            qFatal("cannot open %s", qPrintable(desk.store->errorMessage()));
        desk.commands =
            std::make_unique<DeskCommands>(desk.store.get(), &m_clock, Actor::system(QStringLiteral("test")));
        return desk;
    }

    // The server accepts the desk's pending events: they join the feed and are acknowledged.
    void publish(Desk &desk)
    {
        const QList<Event> events = desk.store->outbox()->pending(1000);
        for (Event event : events) {
            event.deviceId = desk.store->identity().deviceId;
            m_feed.append({++m_sequence, event});
        }
        if (!events.isEmpty()) {
            WriteTransaction transaction(desk.store->database());
            desk.store->outbox()->acknowledgeThrough(events.last().sequence);
            transaction.commit();
        }
    }

    // Applies every feed entry after the desk's cursor in one transaction, as one page.
    void pull(Desk &desk)
    {
        WriteTransaction transaction(desk.store->database());
        FeedStore feed(desk.store.get());
        const qint64 cursor = DeskStore(desk.store->database()).feedCursor();
        qint64 last = cursor;
        for (const auto &[sequence, event] : m_feed) {
            if (sequence <= cursor)
                continue;
            feed.apply(sequence, event, now());
            last = sequence;
        }
        feed.moveCursor(last);
        transaction.commit();
    }

    // A page the desk's store refuses (a CHECK, say) rolls back: false, and the cursor stays.
    bool tryPull(Desk &desk)
    {
        try {
            pull(desk);
            return true;
        } catch (const DatabaseError &error) {
            qWarning() << "the page was refused:" << error.message();
            return false;
        }
    }

    void grantRights(Desk &desk, int count)
    {
        WriteTransaction transaction(desk.store->database());
        desk.store->stock()->changeRights(m_vaccine, count);
        transaction.commit();
    }

    StockLevel level(Desk &desk) { return *desk.store->stock()->level(m_vaccine); }
    BookingState state(Desk &desk, const QString &code)
    {
        return desk.store->bookings()->byCode(code)->state;
    }
    static Customer customer(int n)
    {
        return Customer{QStringLiteral("Kim %1").arg(n), QDate(1980, 1, 1).addDays(n),
                        QStringLiteral("0101234%1").arg(5000 + n)};
    }
    QString book(Desk &desk, int n)
    {
        const CommandResult result = desk.commands->book(m_vaccine, customer(n), m_clock.now().addDays(1));
        if (!result.isDone())
            qWarning() << result.refusal.message << result.error;
        return result.value;
    }
    void verify(Desk &desk) { QCOMPARE(Verifier(desk.store->database()).run(), QStringList()); }
    void sameCounts(Desk &x, Desk &y)
    {
        QCOMPARE(level(x).onHand, level(y).onHand);
        QCOMPARE(level(x).booked, level(y).booked);
        QCOMPARE(level(x).overrides, level(y).overrides);
    }
    qint64 reject(Desk &desk, const QString &eventId, const QString &reason)
    {
        WriteTransaction transaction(desk.store->database());
        const qint64 id =
            FeedStore(desk.store.get()).rejectOwn(eventId, reason, QStringLiteral("refused"), now());
        transaction.commit();
        return id;
    }
    Event lastEvent(Desk &desk)
    {
        const QList<Event> events = desk.store->outbox()->pending(1000);
        return events.isEmpty() ? Event() : events.last();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Desk B registers the vaccine and receives 10 doses; desk A reads them from the feed.
    void init()
    {
        m_feed.clear();
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        m_a = open(QStringLiteral("a"));
        m_b = open(QStringLiteral("b"));
        const CommandResult vaccine =
            m_b.commands->registerVaccine(QStringLiteral("Comirnaty"), QStringLiteral("Pfizer"));
        QVERIFY(vaccine.isDone());
        m_vaccine = vaccine.value;
        QVERIFY(m_b.commands->receiveStock(m_vaccine, QStringLiteral("L1"), QDate(2026, 6, 30), 10).isDone());
        publish(m_b);
        pull(m_a);
        pull(m_b);
    }

    void cleanup()
    {
        if (m_a.store)
            verify(m_a);
        if (m_b.store)
            verify(m_b);
        m_a = {};
        m_b = {};
    }

    void catalogueAndStockArriveThroughTheFeed()
    {
        QVERIFY(m_a.store->stock()->vaccine(m_vaccine));
        QCOMPARE(level(m_a).onHand, 10);
        QCOMPARE(level(m_a).rights, 0); // B was credited, not A
        QCOMPARE(m_a.store->stock()->lot(m_vaccine, QStringLiteral("L1"))->remaining, 10);
        sameCounts(m_a, m_b);
    }

    void eachBookingEventIsAppliedAsTheServerDoes()
    {
        const QString kept = book(m_b, 1);
        const QString cancelled = book(m_b, 2);
        const QString injected = book(m_b, 3);
        QVERIFY(m_b.commands->cancel(cancelled).isDone());
        QVERIFY(m_b.commands->inject(injected, QString()).isDone());
        publish(m_b);
        pull(m_a);
        QCOMPARE(state(m_a, kept), BookingState::Booked);
        QCOMPARE(m_a.store->bookings()->byCode(kept)->holder, m_b.store->identity().deviceId);
        QCOMPARE(state(m_a, cancelled), BookingState::Cancelled);
        QCOMPARE(state(m_a, injected), BookingState::Injected);
        QCOMPARE(level(m_a).onHand, 9);
        QCOMPARE(level(m_a).booked, 1);
        QCOMPARE(level(m_a).rights, 0); // B's booking, B's credit
        sameCounts(m_a, m_b);
        verify(m_a);

        // B undoes its injection: the dose comes back and the booking is BOOKED again here too.
        QVERIFY(m_b.commands->undoInjection(injected).isDone());
        QVERIFY(m_b.commands->writeOff(m_vaccine, 2, QStringLiteral("broken")).isDone());
        publish(m_b);
        pull(m_a);
        QCOMPARE(state(m_a, injected), BookingState::Booked);
        QCOMPARE(level(m_a).onHand, 8);
        QCOMPARE(level(m_a).booked, 2);
        QCOMPARE(m_a.store->stock()->lot(m_vaccine, QStringLiteral("L1"))->remaining, 8);
        sameCounts(m_a, m_b);
        // A remote injection is not this desk's to undo.
        QVERIFY(m_b.commands->inject(kept, QString()).isDone());
        publish(m_b);
        pull(m_a);
        QVERIFY(!m_a.commands->undoInjection(kept).isDone());
    }

    void ownEventsAreSkippedAndEntriesApplyOnce()
    {
        grantRights(m_a, 2);
        const QString code = book(m_a, 1);
        QVERIFY(!code.isEmpty());
        publish(m_a);
        const Event own = m_feed.last().second;
        pull(m_a);
        QCOMPARE(level(m_a).booked, 1);
        QCOMPARE(m_a.store->bookings()->count(), 1);

        WriteTransaction transaction(m_a.store->database());
        FeedStore feed(m_a.store.get());
        // The same id at a new place in a page: still this desk's own event.
        QCOMPARE(feed.apply(m_sequence + 5, own, now()), FeedStore::Outcome::Own);
        // A page applied again after a crash: every entry is at or below the cursor.
        for (const auto &[sequence, event] : m_feed)
            QCOMPARE(feed.apply(sequence, event, now()), FeedStore::Outcome::Seen);
        transaction.commit();
        QCOMPARE(level(m_a).onHand, 10);
        QCOMPARE(level(m_a).booked, 1);
        pull(m_b);
        QCOMPARE(m_b.store->bookings()->byCode(code)->holder, m_a.store->identity().deviceId);
        sameCounts(m_a, m_b);
    }

    void aCancelOfABookingThisDeskHoldsCreditsItOnce()
    {
        grantRights(m_a, 2);
        const QString first = book(m_a, 1);
        const QString second = book(m_a, 2);
        publish(m_a);
        pull(m_b);
        QCOMPARE(level(m_a).rights, 0);
        // B cancels the first: A's view goes BOOKED -> CANCELLED when it reads that, one right back.
        QVERIFY(m_b.commands->cancel(first).isDone());
        publish(m_b);
        pull(m_a);
        QCOMPARE(state(m_a, first), BookingState::Cancelled);
        QCOMPARE(level(m_a).rights, 1);
        // A cancels the second itself (credited at once); B's cancel of it arrives later: nothing more.
        QVERIFY(m_a.commands->cancel(second).isDone());
        QCOMPARE(level(m_a).rights, 2);
        QVERIFY(m_b.commands->cancel(second).isDone());
        publish(m_b);
        pull(m_a);
        QCOMPARE(level(m_a).rights, 2);
        publish(m_a);
        pull(m_a);
        pull(m_b);
        sameCounts(m_a, m_b);
        QCOMPARE(level(m_a).booked, 0);
    }

    // SPEC 3.1's hardest pair: the holder cancels offline while another desk injects.
    void localCancelThenRemoteInjection()
    {
        grantRights(m_a, 1);
        const QString code = book(m_a, 1);
        publish(m_a);
        pull(m_b);
        QVERIFY(m_a.commands->cancel(code).isDone()); // offline, not acknowledged
        QCOMPARE(level(m_a).rights, 1);
        QVERIFY(m_b.commands->inject(code, QString()).isDone()); // B pays a surety
        publish(m_b);
        pull(m_a);
        // Injected is the top of the merge order: the server applies A's cancel after it as a
        // no-op (spending B's surety to pay A's credit), so A shows what the server will have.
        QCOMPARE(state(m_a, code), BookingState::Injected);
        QCOMPARE(level(m_a).onHand, 9);
        QCOMPARE(level(m_a).booked, 0);
        QCOMPARE(level(m_a).rights, 1); // its own cancel's credit stays: the server pays it from the surety
        QCOMPARE(m_a.store->outbox()->pendingCount(), 1); // the cancel is not lost
        verify(m_a);
        publish(m_a);
        pull(m_a);
        pull(m_b);
        QCOMPARE(state(m_b, code), BookingState::Injected);
        sameCounts(m_a, m_b);
    }

    void remoteInjectionThenLocalCancel()
    {
        grantRights(m_a, 1);
        const QString code = book(m_a, 1);
        publish(m_a);
        pull(m_b);
        QVERIFY(m_b.commands->inject(code, QString()).isDone());
        publish(m_b);
        pull(m_a);
        QCOMPARE(state(m_a, code), BookingState::Injected);
        QVERIFY(!m_a.commands->cancel(code).isDone()); // it has seen the injection
        QCOMPARE(level(m_a).rights, 0);
        sameCounts(m_a, m_b);
    }

    void localInjectionThenRemoteCancel()
    {
        grantRights(m_a, 1);
        const QString code = book(m_a, 1);
        publish(m_a);
        pull(m_b);
        QVERIFY(m_a.commands->inject(code, QString()).isDone()); // free at the holder, offline
        QVERIFY(m_b.commands->cancel(code).isDone());
        publish(m_b);
        pull(m_a);
        // A's view never went BOOKED -> CANCELLED: no credit (the server credits A for B's cancel
        // and takes it back when A's injection of a cancelled booking arrives).
        QCOMPARE(state(m_a, code), BookingState::Injected);
        QCOMPARE(level(m_a).rights, 0);
        QCOMPARE(level(m_a).onHand, 9);
        QCOMPARE(level(m_a).booked, 0);
        verify(m_a);
        publish(m_a);
        pull(m_b);
        QCOMPARE(state(m_b, code), BookingState::Injected);
        sameCounts(m_a, m_b);
    }

    // The holder's own (free) injection is refused while another desk's cancel came through the
    // feed: the server applied that cancel to a BOOKED booking and credited the holder, which this
    // desk skipped then (its view was INJECTED). Undoing the injection into CANCELLED credits it.
    void aRejectedInjectionUnderARemoteCancelCreditsTheHolder()
    {
        grantRights(m_a, 1);
        const QString code = book(m_a, 1);
        publish(m_a);
        pull(m_b);
        QVERIFY(m_a.commands->inject(code, QString()).isDone()); // free at the holder, offline
        const Event injected = lastEvent(m_a);
        QVERIFY(m_b.commands->cancel(code).isDone());
        publish(m_b);
        pull(m_a);
        QCOMPARE(level(m_a).rights, 0);
        reject(m_a, injected.id, QStringLiteral("lot_expired"));
        QCOMPARE(state(m_a, code), BookingState::Cancelled);
        QCOMPARE(level(m_a).onHand, 10);
        QCOMPARE(level(m_a).booked, 0);
        QCOMPARE(level(m_a).rights, 1); // as the server counts A: granted 1, booked -1, credited +1
        QCOMPARE(reject(m_a, injected.id, QStringLiteral("lot_expired")), 0);
        QCOMPARE(level(m_a).rights, 1);
        sameCounts(m_a, m_b);
        verify(m_a);
    }

    // Another desk's injection of a booking this desk holds, rejected here for this desk's own
    // injection... is not the case above: a surety injection of another desk's booking gives the
    // surety back and credits nobody else here.
    void aRejectedSuretyInjectionUnderARemoteCancelCreditsOnlyTheSurety()
    {
        const QString code = book(m_b, 1);
        publish(m_b);
        pull(m_a);
        grantRights(m_a, 1);
        QVERIFY(m_a.commands->inject(code, QString()).isDone()); // pays a surety
        const Event injected = lastEvent(m_a);
        QVERIFY(m_b.commands->cancel(code).isDone());
        publish(m_b);
        pull(m_a);
        reject(m_a, injected.id, QStringLiteral("lot_expired"));
        QCOMPARE(state(m_a, code), BookingState::Cancelled);
        QCOMPARE(level(m_a).rights, 1); // the surety back, nothing for B's booking
        sameCounts(m_a, m_b);
    }

    void remoteCancelThenLocalInjection()
    {
        grantRights(m_a, 1);
        const QString code = book(m_a, 1);
        publish(m_a);
        pull(m_b);
        QVERIFY(m_b.commands->cancel(code).isDone());
        publish(m_b);
        pull(m_a);
        QCOMPARE(state(m_a, code), BookingState::Cancelled);
        QCOMPARE(level(m_a).rights, 1);
        QVERIFY(!m_a.commands->inject(code, QString()).isDone());
        sameCounts(m_a, m_b);
    }

    // Another desk injects and undoes while this desk has cancelled offline: CANCELLED stays.
    void aRemoteUndoKeepsThisDesksPendingCancel()
    {
        const QString code = book(m_b, 1);
        publish(m_b);
        pull(m_a);
        QVERIFY(m_a.commands->cancel(code).isDone()); // offline
        QVERIFY(m_b.commands->inject(code, QString()).isDone());
        QVERIFY(m_b.commands->undoInjection(code).isDone());
        publish(m_b);
        pull(m_a);
        QCOMPARE(state(m_a, code), BookingState::Cancelled);
        QCOMPARE(level(m_a).onHand, 10);
        QCOMPARE(level(m_a).booked, 0);
        publish(m_a);
        pull(m_b);
        QCOMPARE(state(m_b, code), BookingState::Cancelled);
        sameCounts(m_a, m_b);
    }

    void aSuretyComesBackOnlyToItsInjector()
    {
        const auto release = [this](const QString &injector, bool credited) {
            Event event;
            event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            event.type = EventType::SuretyReleased;
            event.deviceId = QStringLiteral("server");
            event.sequence = 1;
            event.at = m_clock.now().toUTC();
            event.payload = {{QStringLiteral("bookingId"), QStringLiteral("b")},
                             {QStringLiteral("vaccineId"), m_vaccine},
                             {QStringLiteral("injector"), injector},
                             {QStringLiteral("holder"), m_b.store->identity().deviceId},
                             {QStringLiteral("injectionEventId"), QStringLiteral("i")},
                             {QStringLiteral("credited"), credited}};
            m_feed.append({++m_sequence, event});
        };
        release(m_a.store->identity().deviceId, true);
        release(m_a.store->identity().deviceId, false);
        release(m_b.store->identity().deviceId, true);
        pull(m_a);
        QCOMPARE(level(m_a).rights, 1);
    }

    void aRejectedBookingStaysVisibleAndPaysBack()
    {
        grantRights(m_a, 1);
        const QString code = book(m_a, 1);
        const Event booked = lastEvent(m_a);
        QCOMPARE(level(m_a).rights, 0);
        const qint64 conflict = reject(m_a, booked.id, QStringLiteral("not_available"));
        QVERIFY(conflict > 0);
        QCOMPARE(state(m_a, code), BookingState::Rejected);
        QCOMPARE(level(m_a).booked, 0);
        QCOMPARE(level(m_a).rights, 1);
        QCOMPARE(reject(m_a, booked.id, QStringLiteral("not_available")), 0); // once
        QCOMPARE(level(m_a).rights, 1);
        const QList<ConflictStore::Row> open = ConflictStore(m_a.store->database()).open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().reason, QStringLiteral("not_available"));
        QCOMPARE(open.first().bookingId,
                 booked.payload.isEmpty() ? open.first().bookingId : open.first().bookingId);
        QCOMPARE(bookingStateName(BookingState::Rejected), QStringLiteral("REJECTED"));
        QVERIFY(!bookingStateText(BookingState::Rejected).isEmpty());
        verify(m_a);
    }

    void aRejectedBookingWithItsCancelNetsNoRight()
    {
        grantRights(m_a, 1);
        const QString code = book(m_a, 1);
        const QList<Event> before = m_a.store->outbox()->pending(10);
        QVERIFY(m_a.commands->cancel(code).isDone());
        const QList<Event> events = m_a.store->outbox()->pending(10);
        reject(m_a, events.at(events.size() - 2).id, QStringLiteral("not_available"));
        reject(m_a, events.last().id, QStringLiteral("unknown_booking"));
        QCOMPARE(state(m_a, code), BookingState::Rejected);
        QCOMPARE(level(m_a).rights, 1);
        QCOMPARE(level(m_a).booked, 0);
        QCOMPARE(ConflictStore(m_a.store->database()).openCount(), 2);
        Q_UNUSED(before);
    }

    void aRejectedInjectionGivesTheDoseAndTheSuretyBack()
    {
        const QString code = book(m_b, 1);
        publish(m_b);
        pull(m_a);
        grantRights(m_a, 1);
        QVERIFY(m_a.commands->inject(code, QString()).isDone()); // surety
        QCOMPARE(level(m_a).rights, 0);
        reject(m_a, lastEvent(m_a).id, QStringLiteral("lot_empty"));
        QCOMPARE(state(m_a, code), BookingState::Booked);
        QCOMPARE(level(m_a).onHand, 10);
        QCOMPARE(level(m_a).booked, 1);
        QCOMPARE(level(m_a).rights, 1);
        QCOMPARE(m_a.store->injections()->activeCount(m_a.store->bookings()->byCode(code)->id), 0);
    }

    void aRejectedUndoInjectsAgain()
    {
        grantRights(m_a, 1);
        const QString code = book(m_a, 1);
        QVERIFY(m_a.commands->inject(code, QString()).isDone());
        QVERIFY(m_a.commands->undoInjection(code).isDone());
        QCOMPARE(state(m_a, code), BookingState::Booked);
        reject(m_a, lastEvent(m_a).id, QStringLiteral("undo_too_late"));
        QCOMPARE(state(m_a, code), BookingState::Injected);
        QCOMPARE(level(m_a).onHand, 9);
        QCOMPARE(level(m_a).booked, 0);
        QCOMPARE(level(m_a).rights, 0);
    }

    // The server keeps an injection whose undo it refused, although the dose the undo put back has
    // been used here since (another desk's injection from the feed took one, this desk's second
    // injection of the booking the other): the booking stays INJECTED as on the server, not BOOKED
    // to be injected twice, no dose is taken that no lot holds, and the conflict says so.
    void aRejectedUndoWithNoDoseLeftStillInjects()
    {
        QVERIFY(m_b.commands->writeOff(m_vaccine, 8, QStringLiteral("broken")).isDone());
        publish(m_b);
        pull(m_a);
        QCOMPARE(level(m_a).onHand, 2);
        grantRights(m_a, 1);
        const QString code = book(m_a, 1);
        QVERIFY(m_a.commands->inject(code, QString()).isDone());
        publish(m_a); // the server has the injection
        pull(m_b);
        QVERIFY(m_a.commands->undoInjection(code).isDone());
        const Event undone = lastEvent(m_a);
        const QString other = book(m_b, 2);
        QVERIFY(!other.isEmpty());
        QVERIFY(m_b.commands->inject(other, QString()).isDone());
        publish(m_b);
        pull(m_a); // B's injection takes the dose A's undo put back... one of them
        QVERIFY(m_a.commands->inject(code, QString()).isDone()); // ...and A's second injection the other
        const Event again = lastEvent(m_a);
        QCOMPARE(level(m_a).onHand, 0);

        QVERIFY(reject(m_a, undone.id, QStringLiteral("undo_too_late")) > 0);
        QVERIFY(reject(m_a, again.id, QStringLiteral("lot_empty")) > 0);
        QCOMPARE(state(m_a, code), BookingState::Injected);
        QCOMPARE(m_a.store->injections()->activeCount(m_a.store->bookings()->byCode(code)->id), 1);
        QCOMPARE(level(m_a).booked, 0);
        const QList<ConflictStore::Row> open = ConflictStore(m_a.store->database()).open();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.first().reason, QStringLiteral("undo_too_late"));
        QVERIFY2(open.first().message.contains(QStringLiteral("no lot")), qPrintable(open.first().message));
        verify(m_a);
    }

    // A Booked entry for a booking this desk has already changes nothing, and leaves no feed row
    // that verify would count as a second Booked event of one booking.
    void aBookedEntryForAKnownBookingLeavesNoRow()
    {
        const QString code = book(m_b, 1);
        const Event booked = lastEvent(m_b);
        publish(m_b);
        pull(m_a);
        Event again = booked;
        again.id = QUuid::createUuid().toString(QUuid::WithoutBraces); // another event, the same booking
        m_feed.append({++m_sequence, again});
        pull(m_a);
        QCOMPARE(m_a.store->bookings()->count(), 1);
        QCOMPARE(level(m_a).booked, 1);
        QSqlQuery rows(m_a.store->database()->connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT count(*) FROM feed_entries WHERE type = 'Booked'")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);
        QCOMPARE(DeskStore(m_a.store->database()).feedCursor(), m_sequence);
        verify(m_a);
        Q_UNUSED(code);
    }

    void rejectedStockEventsAreTakenBack()
    {
        QVERIFY(m_a.commands->receiveStock(m_vaccine, QStringLiteral("L2"), QDate(2026, 7, 31), 5).isDone());
        QCOMPARE(level(m_a).rights, 5);
        reject(m_a, lastEvent(m_a).id, QStringLiteral("expiry_in_past"));
        QCOMPARE(level(m_a).onHand, 10);
        QCOMPARE(level(m_a).rights, 0);
        grantRights(m_a, 3);
        QVERIFY(m_a.commands->writeOff(m_vaccine, 2, QStringLiteral("broken")).isDone());
        QCOMPARE(level(m_a).onHand, 8);
        QCOMPARE(level(m_a).rights, 1);
        reject(m_a, lastEvent(m_a).id, QStringLiteral("write_off_exceeds_available"));
        QCOMPARE(level(m_a).onHand, 10);
        QCOMPARE(level(m_a).rights, 3);
        QCOMPARE(m_a.store->stock()->lot(m_vaccine, QStringLiteral("L1"))->remaining, 10);
        // A refused vaccine is a conflict only: its lots and bookings would go with it.
        const CommandResult other =
            m_a.commands->registerVaccine(QStringLiteral("Other"), QStringLiteral("X"));
        QVERIFY(reject(m_a, lastEvent(m_a).id, QStringLiteral("duplicate_vaccine")) > 0);
        QVERIFY(m_a.store->stock()->vaccine(other.value));
        QCOMPARE(ConflictStore(m_a.store->database()).openCount(), 3);
    }

    void aConflictIsResolvedOnce()
    {
        grantRights(m_a, 1);
        book(m_a, 1);
        const qint64 id = reject(m_a, lastEvent(m_a).id, QStringLiteral("already_booked"));
        ConflictStore conflicts(m_a.store->database());
        WriteTransaction transaction(m_a.store->database());
        QVERIFY(conflicts.resolve(id, ConflictStore::Resolution::TakeTheirs, QStringLiteral("booked at B"),
                                  now()));
        QVERIFY(!conflicts.resolve(id, ConflictStore::Resolution::KeepOurs, QString(), now()));
        QVERIFY(!conflicts.resolve(id + 100, ConflictStore::Resolution::KeepOurs, QString(), now()));
        transaction.commit();
        QCOMPARE(conflicts.openCount(), 0);
        QCOMPARE(conflicts.byId(id)->resolution, QStringLiteral("theirs"));
        QCOMPARE(conflicts.byId(id)->resolutionReason, QStringLiteral("booked at B"));
    }

    void resolvingAConflictWritesItsAuditLine()
    {
        grantRights(m_a, 1);
        book(m_a, 1);
        const qint64 id = reject(m_a, lastEvent(m_a).id, QStringLiteral("already_booked"));
        const qint64 before = m_a.store->audit()->count();
        const CommandResult done = m_a.commands->resolveConflict(id, ConflictStore::Resolution::KeepOurs,
                                                                 QStringLiteral("customer came here"));
        QVERIFY2(done.isDone(), qPrintable(done.message()));
        QCOMPARE(done.value, QStringLiteral("ours"));
        QCOMPARE(ConflictStore(m_a.store->database()).byId(id)->resolution, QStringLiteral("ours"));
        QCOMPARE(m_a.store->audit()->count(), before + 1);
        const AuditEntry entry = m_a.store->audit()->page({}, 0, 1).first();
        QCOMPARE(entry.action, QStringLiteral("conflict-resolved"));
        QCOMPARE(entry.staffName, QStringLiteral("test"));
        QVERIFY2(entry.subject.contains(QString::number(id)), qPrintable(entry.subject));
        QVERIFY2(entry.subject.contains(QStringLiteral("Booked")), qPrintable(entry.subject));
        QVERIFY2(entry.subject.contains(QStringLiteral("already_booked")), qPrintable(entry.subject));
        QVERIFY2(entry.subject.contains(QStringLiteral("ours")), qPrintable(entry.subject));
        QVERIFY2(entry.subject.contains(QStringLiteral("customer came here")), qPrintable(entry.subject));

        // Resolved already, or no such conflict: refused, and nothing audited.
        const CommandResult again =
            m_a.commands->resolveConflict(id, ConflictStore::Resolution::TakeTheirs, QString());
        QCOMPARE(again.status, CommandResult::Status::Refused);
        QCOMPARE(again.refusal.code, RefusalCode::UnknownConflict);
        QCOMPARE(
            m_a.commands->resolveConflict(id + 100, ConflictStore::Resolution::KeepOurs, QString()).status,
            CommandResult::Status::Refused);
        QCOMPARE(m_a.store->audit()->count(), before + 1);
        QCOMPARE(ConflictStore(m_a.store->database()).byId(id)->resolution, QStringLiteral("ours"));
    }

    // SPEC 3.1: an override is a dose used with no right to pay for it, so the server's check reads
    // booked <= stock + overrides. B injects its booking X; C, offline and with no right, injects
    // X too (an override, an extra dose on the server: stock -1, booked unchanged). A has stock 1
    // and booked 1 (Y) when C's injection arrives: it must apply, or every retry of the page fails.
    void aRemoteOverrideOfAnExtraDoseIsApplied()
    {
        QVERIFY(m_b.commands->writeOff(m_vaccine, 8, QStringLiteral("broken")).isDone());
        const QString x = book(m_b, 1);
        const QString y = book(m_b, 2);
        QVERIFY(!y.isEmpty());
        publish(m_b);
        Desk c = open(QStringLiteral("c"));
        pull(c);
        QVERIFY(m_b.commands->inject(x, QString()).isDone());
        publish(m_b);
        QVERIFY(c.commands->inject(x, QString()).isDone()); // C has no right: an override
        QCOMPARE(c.store->injections()->latestActive(c.store->bookings()->byCode(x)->id)->override, true);
        QCOMPARE(level(c).overrides, 1);
        publish(c);

        QVERIFY(tryPull(m_a));
        QVERIFY(tryPull(m_a)); // and the next page, from the cursor it moved
        QCOMPARE(state(m_a, x), BookingState::Injected);
        QCOMPARE(level(m_a).onHand, 0);
        QCOMPARE(level(m_a).booked, 1);
        QCOMPARE(level(m_a).overrides, 1);
        QCOMPARE(level(m_a).available(), -1); // an override never makes room for a booking
        QVERIFY(m_a.commands->checkBooking(m_vaccine, customer(3), m_clock.now().addDays(1)).isRefused());
        verify(m_a);
        QVERIFY(tryPull(m_b));
        QVERIFY(tryPull(c));
        sameCounts(m_a, m_b);
        sameCounts(m_a, c);
        verify(c);
    }

    // The desk's own override, then the holder's injection of the same booking from the feed: the
    // override this desk counted is what keeps its check true.
    void anOwnOverrideThenTheHoldersInjection()
    {
        QVERIFY(m_b.commands->writeOff(m_vaccine, 8, QStringLiteral("broken")).isDone());
        const QString x = book(m_b, 1);
        book(m_b, 2);
        publish(m_b);
        pull(m_a);
        QCOMPARE(level(m_a).onHand, 2);
        QCOMPARE(level(m_a).booked, 2);
        QVERIFY(m_b.commands->inject(x, QString()).isDone());
        publish(m_b);
        QVERIFY(m_a.commands->inject(x, QString()).isDone()); // no right: an override
        QCOMPARE(level(m_a).onHand, 1);
        QCOMPARE(level(m_a).booked, 1);
        QCOMPARE(level(m_a).overrides, 1);
        verify(m_a);
        QVERIFY(tryPull(m_a));
        QCOMPARE(level(m_a).onHand, 0);
        QCOMPARE(level(m_a).booked, 1);
        QCOMPARE(level(m_a).overrides, 1);
        publish(m_a);
        QVERIFY(tryPull(m_b));
        QCOMPARE(level(m_b).overrides, 1);
        sameCounts(m_a, m_b);
    }

    // A refused override is taken back whole: the dose, the booking's state and the override.
    void aRejectedOverrideIsNoLongerCounted()
    {
        const QString code = book(m_b, 1);
        publish(m_b);
        pull(m_a);
        QVERIFY(m_a.commands->inject(code, QString()).isDone()); // no right: an override
        QCOMPARE(level(m_a).overrides, 1);
        QCOMPARE(level(m_a).onHand, 9);
        QCOMPARE(level(m_a).booked, 0);
        {
            // verify recounts the overrides from the injections.
            QSqlQuery query(m_a.store->database()->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE stock_levels SET overrides = 2")));
            const QStringList problems = Verifier(m_a.store->database()).run();
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(QLatin1String("2 counted, 1 override injections")),
                     qPrintable(problems.first()));
            // The detail is a sentence of the person's language, made from the values.
            Translations::install(QCoreApplication::instance(), QLocale(QLocale::Korean));
            const QStringList korean = Verifier(m_a.store->database()).run();
            Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
            QCOMPARE(korean.size(), 1);
            QVERIFY2(!korean.first().contains(QLatin1String("counted")) &&
                         !korean.first().contains(QLatin1String("override injections")) &&
                         korean.first().contains(QLatin1String("2")) &&
                         korean.first().contains(QLatin1String("1")),
                     qPrintable(korean.first()));
            QVERIFY(query.exec(QStringLiteral("UPDATE stock_levels SET overrides = 1")));
        }
        reject(m_a, lastEvent(m_a).id, QStringLiteral("lot_empty"));
        QCOMPARE(state(m_a, code), BookingState::Booked);
        QCOMPARE(level(m_a).overrides, 0);
        QCOMPARE(level(m_a).onHand, 10);
        QCOMPARE(level(m_a).booked, 1);
        QCOMPARE(level(m_a).rights, 0);
    }

    // A write-off that names its lot is taken from that lot at every desk, not from the earliest
    // expiry; refused, its doses go back to that lot.
    void aLotWriteOffIsTakenFromItsLotEverywhere()
    {
        QVERIFY(m_b.commands->receiveStock(m_vaccine, QStringLiteral("L2"), QDate(2026, 9, 30), 5).isDone());
        publish(m_b);
        pull(m_a);
        QVERIFY(m_b.commands->writeOff(m_vaccine, 3, QStringLiteral("broken vial"), QStringLiteral("L2"))
                    .isDone());
        publish(m_b);
        pull(m_a);
        for (Desk *desk : {&m_a, &m_b}) {
            QCOMPARE(desk->store->stock()->lot(m_vaccine, QStringLiteral("L1"))->remaining, 10);
            QCOMPARE(desk->store->stock()->lot(m_vaccine, QStringLiteral("L2"))->remaining, 2);
            QCOMPARE(level(*desk).onHand, 12);
        }

        QVERIFY(
            m_b.commands->writeOff(m_vaccine, 2, QStringLiteral("expired"), QStringLiteral("L2")).isDone());
        QCOMPARE(m_b.store->stock()->lot(m_vaccine, QStringLiteral("L2"))->remaining, 0);
        reject(m_b, lastEvent(m_b).id, QStringLiteral("write_off_exceeds_available"));
        QCOMPARE(m_b.store->stock()->lot(m_vaccine, QStringLiteral("L2"))->remaining, 2);
        QCOMPARE(m_b.store->stock()->lot(m_vaccine, QStringLiteral("L1"))->remaining, 10);
    }

    // Another desk writes off doses this desk has written off already, offline: nothing is left
    // here to take, which is a conflict to show, never a page the store refuses for ever.
    void aRemoteWriteOffOfDosesThisDeskNoLongerHolds()
    {
        grantRights(m_a, 10);
        QVERIFY(m_a.commands->writeOff(m_vaccine, 10, QStringLiteral("freezer failed")).isDone());
        QVERIFY(m_b.commands->writeOff(m_vaccine, 2, QStringLiteral("broken")).isDone());
        publish(m_b);
        QVERIFY(tryPull(m_a));
        QCOMPARE(level(m_a).onHand, 0);
        QCOMPARE(ConflictStore(m_a.store->database()).openCount(), 1);
        verify(m_a);
    }

    // Another desk's injection read when no lot here holds a dose (this desk's own pending cancel
    // and write-off used them) is owed: this desk's next receipt gives that dose, once, and the
    // feed entry then counts it, so the stock and the events agree (anticorona-sim seed 949).
    void aDoseOwedToTheFeedIsPaidByTheNextOwnReceipt()
    {
        const QString code = book(m_b, 1);
        publish(m_b);
        pull(m_a);
        QVERIFY(m_a.commands->cancel(code).isDone()); // offline, not acknowledged
        grantRights(m_a, 10);
        QVERIFY(m_a.commands->writeOff(m_vaccine, 10, QStringLiteral("fridge failed")).isDone());
        QVERIFY(m_b.commands->inject(code, QString()).isDone());
        publish(m_b);
        pull(m_a);
        QCOMPARE(level(m_a).onHand, 0);
        QCOMPARE(state(m_a, code), BookingState::Injected);
        verify(m_a);

        QVERIFY(m_a.commands->receiveStock(m_vaccine, QStringLiteral("L2"), QDate(2026, 7, 31), 2).isDone());
        QCOMPARE(level(m_a).onHand, 1);
        QCOMPARE(level(m_a).rights, 2); // the receipt's credit is whole: the dose was paid for at B
        verify(m_a);
        QVERIFY(m_a.commands->receiveStock(m_vaccine, QStringLiteral("L3"), QDate(2026, 7, 31), 1).isDone());
        QCOMPARE(level(m_a).onHand, 2);
        verify(m_a);
    }

    void theCursorOnlyMovesForward()
    {
        WriteTransaction transaction(m_a.store->database());
        QVERIFY_THROWS_EXCEPTION(DatabaseError, FeedStore(m_a.store.get()).moveCursor(1));
    }

    void aVersion4FileIsMigratedInPlace()
    {
        grantRights(m_a, 1);
        const QString code = book(m_a, 1);
        const QString path = m_a.store->database()->connection().databaseName();
        m_a = {};
        {
            // Back to what version 4 had.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *sql :
                 {"ALTER TABLE audit DROP COLUMN said",       // version 9
                  "DROP INDEX bookings_phone_tail",           // version 8
                  "DROP INDEX outbox_cancel_server_sequence", // version 7
                  "ALTER TABLE outbox DROP COLUMN server_sequence", "DROP TABLE conflicts",
                  "DROP TABLE feed_entries", "DROP TABLE rights_requests",
                  "ALTER TABLE injections DROP COLUMN device_id", "ALTER TABLE desk DROP COLUMN last_sync_at",
                  "ALTER TABLE desk DROP COLUMN token_file", "PRAGMA writable_schema=ON",
                  "UPDATE sqlite_schema SET sql = replace(sql, ' OR state = 3)', ')') WHERE name = "
                  "'bookings'",
                  "UPDATE sqlite_schema SET sql = replace(sql, 'booked <= on_hand + overrides)', "
                  "'booked <= on_hand)') WHERE name = 'stock_levels'",
                  "PRAGMA writable_schema=OFF", "ALTER TABLE stock_levels DROP COLUMN overrides",
                  "PRAGMA user_version=4"})
                QVERIFY2(query.exec(QString::fromUtf8(sql)), sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        m_a.store = std::make_unique<LocalStore>();
        QVERIFY(m_a.store->open(path));
        QSqlQuery query(m_a.store->database()->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), Schema::latestVersion());
        QVERIFY(Schema::latestVersion() >= 5);
        QCOMPARE(state(m_a, code), BookingState::Booked);
        QCOMPARE(level(m_a).booked, 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("UPDATE bookings SET state = 4 WHERE code = '%1'").arg(code)) ==
                false);
        QVERIFY(query.exec(QStringLiteral("UPDATE bookings SET state = -1 WHERE code = '%1'").arg(code)) ==
                false);
        for (int s : {3, 2, 1, 0})
            QVERIFY(query.exec(
                QStringLiteral("UPDATE bookings SET state = %1 WHERE code = '%2'").arg(s).arg(code)));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM conflicts")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QCOMPARE(DeskStore(m_a.store->database()).lastSyncAt(), QString());

        // The stock check admits overrides, and nothing more; the table reads as a new file's.
        const auto tableSql = [](const QSqlDatabase &db) {
            QSqlQuery sql(db);
            if (!sql.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'stock_levels'")) ||
                !sql.next())
                return QString();
            return sql.value(0).toString();
        };
        QVERIFY(tableSql(m_a.store->database()->connection())
                    .contains(QLatin1String("CHECK (booked >= 0 AND booked <= on_hand + overrides)")));
        QCOMPARE(tableSql(m_a.store->database()->connection()),
                 tableSql(m_b.store->database()->connection()));
        QCOMPARE(level(m_a).overrides, 0);
        QVERIFY(!query.exec(QStringLiteral("UPDATE stock_levels SET booked = on_hand + 1")));
        QVERIFY(query.exec(QStringLiteral("UPDATE stock_levels SET overrides = 2, booked = on_hand + 2")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE stock_levels SET booked = on_hand + 3")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE stock_levels SET overrides = -1")));
        QVERIFY(query.exec(QStringLiteral("UPDATE stock_levels SET overrides = 0, booked = 1")));
    }
};

QTEST_GUILESS_MAIN(TestFeed)
#include "test_feed.moc"

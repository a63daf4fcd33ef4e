#pragma once

#include "models/domain/Event.h"
#include "models/store/ConflictStore.h"

#include <QCoreApplication>

#include <initializer_list>
#include <optional>

class LocalStore;
class QSqlQuery;

// What the server's answers do to the desk's store (SPEC 3, 3.1): entries of the change feed
// applied the way server/store/EventApplier applies events, and own events the server refused
// undone into conflicts. The `feed_entries` rows are this class's: every applied entry with what
// it did to the counters, so `verify` can add the feed up like the outbox. Every method runs
// inside the caller's write transaction (a page and its cursor commit together) and throws
// DatabaseError.
//
// Merging with local work the server has not acknowledged: the booking states form the merge
// order INJECTED > CANCELLED > BOOKED, so a cancel or an injection from the feed moves a booking
// to the higher of the two states whatever this desk did first, and the server, applying this
// desk's pending events after the entry, ends in the same state. `booked` follows the state (one
// per BOOKED booking), `on_hand` the doses (every injection takes one, every undo gives one back),
// so the counters agree with the server's once both have the same events, in either order.
class FeedStore final
{
    Q_DECLARE_TR_FUNCTIONS(FeedStore)

public:
    enum class Outcome { Applied, Own, Seen };

    explicit FeedStore(LocalStore *store)
        : m_store(store)
    {}

    // One entry of a page. Own events (by id: they are in the outbox) and entries at or below the
    // cursor, or applied already, change nothing.
    Outcome apply(qint64 serverSequence, const Event &event, const QString &at);
    // After a page: the cursor moves to the page's `next`, never back.
    void moveCursor(qint64 next);
    // An own event (by id) the push answered `rejected`: its local effect undone, the right it paid
    // credited back, and a conflict with the server's reason. Answers come in outbox order, and
    // they are to be applied in that order. A second call for the same event changes nothing.
    // Returns the conflict's id, 0 when the event is not in the outbox or was handled already.
    qint64 rejectOwn(const QString &eventId, const QString &reason, const QString &message,
                     const QString &at);

    // Doses this desk owes: injections read from the feed when no lot here held a dose (their
    // no_dose conflicts) take one each now, then write-offs read when the lots here held fewer
    // doses than they took (write_off_short) take what they lacked, from the lots holding doses
    // again, at most `most` (the doses just back, so the stock never ends below where it was).
    // Each is then counted on its feed entry, so the stock ends where the server's is and the
    // entries still add up to it. Returns how many were taken. In the caller's transaction.
    int payOwedDoses(const QString &vaccineId, int most);

private:
    struct Delta
    {
        int onHand = 0;
        int booked = 0;
        int overrides = 0;
        bool unchanged = false; // the entry found nothing to do: no feed row either
    };

    Delta applyEntry(const Event &event, const QString &at);
    Delta cancel(const Event &event, const QString &at);
    Delta inject(const Event &event, const QString &at);
    Delta undoInjection(const Event &event, const QString &at);
    Delta receive(const Event &event, const QString &at);
    Delta writeOff(const Event &event, const QString &at);
    Delta book(const Event &event);
    // The state a booking returns to when its injection goes: a remaining injection keeps it
    // INJECTED, a cancel this desk made or read keeps it CANCELLED, else BOOKED.
    int restoredState(const QString &bookingId, bool countFeedCancels) const;
    // An own cancel of the booking the server applies after the entry being applied: one still
    // waiting to be sent, or one accepted at a later server sequence.
    bool ownLaterCancel(const QString &bookingId) const;
    // Binds `values` in order, runs `query` and answers whether it gave a row.
    static bool hasRow(QSqlQuery &query, std::initializer_list<QVariant> values);
    // An own undo of the booking the server applies after the entry at `entrySequence`
    // (unanswered, or at a later server sequence), of an own injection it accepted.
    bool undoneAfterInjectedBefore(const QString &bookingId, qint64 entrySequence) const;
    // A cancel from the feed that cancelled the booking at the server too (not one it found
    // INJECTED before an own undo).
    bool feedCancel(const QString &bookingId) const;
    // The server held an injection of the booking, read from the feed, at `entrySequence`.
    bool feedInjectedBefore(const QString &bookingId, qint64 entrySequence) const;
    // A cancel from the feed that moved the booking BOOKED -> CANCELLED here (and so credited its
    // holder then).
    bool feedCancelCounted(const QString &bookingId) const;
    // One dose out of the named lot, or the earliest with one left: 0 when no lot holds one.
    int takeDose(const QString &vaccineId, qint64 lotId);
    // `owed`: the doses a write-off read short still takes (negative), paid by payOwedWriteOffs().
    void localConflict(const Event &event, const QString &bookingId, const QString &reason,
                       const QString &message, const QString &at, int owed = 0);
    int payOwedWriteOffs(const QString &vaccineId, int most);
    void setLevel(const QString &vaccineId, const Delta &delta);

    LocalStore *m_store = nullptr;
    // The feed cursor, read at the first entry: a FeedStore lives inside one write transaction,
    // where only moveCursor() moves it.
    std::optional<qint64> m_cursor;
    qint64 m_entrySequence = 0; // the server sequence of the entry apply() is applying
};

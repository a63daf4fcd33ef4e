#pragma once

#include "models/commands/CommandResult.h"
#include "models/domain/Actor.h"
#include "models/domain/Customer.h"
#include "models/store/ConflictStore.h"

#include <QDate>
#include <QDateTime>
#include <QString>

struct Booking;
class Clock;
class LocalStore;
class OutboxStore;

// The desk's commands. Each is one write transaction: check the rules against
// the current state, change the state, append the event to the outbox; any
// refusal or failure rolls all of it back. Each first checks that the actor holds the
// role the command needs (NotPermitted otherwise, before anything is read or written) and
// writes one audit line naming the actor in the same transaction as the event.
// Used from the thread that opened the store.
class DeskCommands final
{
public:
    // `actor` is who runs the commands until setActor() names someone else: there is no default,
    // so every audit line names a person or a program that said who it is. `outbox` defaults to
    // the store's own (looked up per command, so the store may be opened after this is made);
    // tests pass one that fails on purpose.
    DeskCommands(LocalStore *store, const Clock *clock, const Actor &actor, OutboxStore *outbox = nullptr);

    // The clock the rules read "now" from; forms check against the same one as they are typed.
    const Clock *clock() const { return m_clock; }

    CommandResult registerVaccine(const QString &name, const QString &manufacturer);
    CommandResult receiveStock(const QString &vaccineId, const QString &lotNumber, const QDate &expiry,
                               int quantity);
    // Takes the doses from `lotNumber` (refused UnknownLot, or WriteOffExceedsLot when it holds
    // fewer); an empty lot number takes them from the earliest expiry first. Done carries the
    // quantity.
    CommandResult writeOff(const QString &vaccineId, int quantity, const QString &reason,
                           const QString &lotNumber = QString());
    // What book() would answer now, without writing anything: the booking form asks it as
    // staff type. Reads the store; throws DatabaseError when it cannot.
    Refusal checkBooking(const QString &vaccineId, const Customer &customer,
                         const QDateTime &appointment) const;
    // Done carries the booking code.
    CommandResult book(const QString &vaccineId, const Customer &customer, const QDateTime &appointment);
    // Refused UndoPending, as inject(), while an undo of the booking's injection waits for the
    // server's answer (an enrolled desk only).
    CommandResult cancel(const QString &code);
    // An empty lot number picks the default lot (rule 3). Done carries the lot number used.
    CommandResult inject(const QString &code, const QString &lotNumber = QString());
    // Takes back today's latest injection of a booking made at this desk (Rules::checkUndoInjection):
    // the dose goes back to its lot and the booking is BOOKED again. Done carries the lot number.
    CommandResult undoInjection(const QString &code);

    // Closes an open sync conflict, keeping this desk's version or taking the server's, and writes
    // the audit line naming the conflict, the choice and the reason, in one transaction. No event:
    // the resolution is this desk's record (a correction is a command of its own). Any signed-in
    // person may resolve, as anyone may open the Sync page. Done carries "ours" or "theirs";
    // refused UnknownConflict when there is no such open conflict.
    CommandResult resolveConflict(qint64 conflictId, ConflictStore::Resolution resolution,
                                  const QString &reason);

    // The desk's sign-in and sign-out switch who runs the commands.
    void setActor(const Actor &actor) { m_actor = actor; }
    const Actor &actor() const { return m_actor; }

private:
    template<typename Body> CommandResult run(Role needed, Body body);
    QString nowText() const;
    // The customer as booked: trimmed name, normalised phone (or the typed one, for the refusal's
    // message, when it does not normalise).
    static Customer bookedCustomer(const Customer &typed);
    // Refuses (UndoPending) a change to a booking whose undone injection the server has not answered.
    void requireUndoAnswered(const Booking &booking) const;
    Refusal bookingRefusal(const QString &vaccineId, const Customer &customer,
                           const QDateTime &appointment) const;

    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
    OutboxStore *m_outbox = nullptr;
    Actor m_actor;
};

#pragma once

#include "server/store/EscrowRules.h"

#include <QCoreApplication>
#include <QString>

class EscrowLedger;
struct Booking;
class SiteLedger;
struct Event;

// What the server decided about one event. An empty reason means it was applied.
struct Verdict
{
    QString reason;  // stable code: a Refusal::codeName() or one of the server's own
    QString message; // for people

    bool isAccepted() const { return reason.isEmpty(); }
};

// SPEC section 2, run again on the server: checks one event against the site's state as it
// was when the desk made the event (its `at`, so a desk that was offline for days is judged by
// the day it acted), and applies it when allowed. A rejected event writes nothing.
// Merge order INJECTED > CANCELLED > BOOKED: a cancel of a booking that is not BOOKED is
// accepted and changes nothing; every injection uses one dose, whatever the booking's state.
// Escrow (SPEC 3.1): an applied event also moves the server's escrow accounts (who pays, who
// is credited, which surety is held or spent), keeping rights at desks + pool + sureties =
// available + debt. The rules still check `available`, not the desk's rights: the desk paid
// before it made the event, and an overdraft is counted as debt (EscrowRules).
class EventApplier final
{
    Q_DECLARE_TR_FUNCTIONS(EventApplier)

public:
    EventApplier(SiteLedger *ledger, EscrowLedger *escrow, const QString &siteId)
        : m_ledger(ledger)
        , m_escrow(escrow)
        , m_siteId(siteId)
    {}

    Verdict apply(const Event &event);
    // After the server recorded `event` (accepted or rejected), with every earlier event of its
    // device: the event is its desk's report of its feed cursor, which releases sureties.
    void recorded(const Event &event);

private:
    Verdict registerVaccine(const Event &event);
    Verdict receive(const Event &event);
    Verdict writeOff(const Event &event);
    Verdict book(const Event &event);
    Verdict cancel(const Event &event);
    Verdict inject(const Event &event);
    Verdict undoInjection(const Event &event);
    void payForInjection(const Event &event, const Booking &booking, bool override);

    SiteLedger *m_ledger = nullptr;
    EscrowRules m_escrow;
    QString m_siteId;
};

#pragma once

#include <QCoreApplication>
#include <QString>

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
// Escrow rights are not checked here yet: the rights slice adds them (SPEC 3.1).
class EventApplier final
{
    Q_DECLARE_TR_FUNCTIONS(EventApplier)

public:
    explicit EventApplier(SiteLedger *ledger, const QString &siteId)
        : m_ledger(ledger)
        , m_siteId(siteId)
    {}

    Verdict apply(const Event &event);

private:
    Verdict registerVaccine(const Event &event);
    Verdict receive(const Event &event);
    Verdict writeOff(const Event &event);
    Verdict book(const Event &event);
    Verdict cancel(const Event &event);
    Verdict inject(const Event &event);

    SiteLedger *m_ledger = nullptr;
    QString m_siteId;
};

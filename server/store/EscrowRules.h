#pragma once

#include <QDateTime>
#include <QString>

class EscrowLedger;
struct Surety;

// The moves of SPEC 3.1 on the server's escrow accounts, each keeping the audit equation
// (EscrowLedger). Runs inside the caller's write transaction; no method checks or refuses:
// the desk already decided, and the server only keeps the accounts. A payment beyond the
// payer's rights (an override, or a desk that spent what the server never granted) is
// counted as debt rather than refused, because an injection is a fact.
class EscrowRules final
{
public:
    explicit EscrowRules(EscrowLedger *ledger)
        : m_ledger(ledger)
    {}

    void credit(const QString &deviceId, const QString &vaccineId, qint64 count);
    // Takes `count` from the device's rights, the shortfall as debt; answers what the rights paid.
    // An override pays all of it with debt: the desk spent no right, and any the server counts
    // for it (a grant or a release it has not applied yet) are still the desk's to spend.
    qint64 pay(const QString &deviceId, const QString &vaccineId, qint64 count, bool override = false);
    // An injection at a desk that is not the booking's holder, of a booking the server has BOOKED.
    void holdSurety(const QString &bookingId, const QString &vaccineId, const QString &injector,
                    const QString &holder, const QString &injectionEventId, bool override = false);
    // The holder of the booking's held surety was revoked: none of its events can conflict with
    // the injection any more, so the surety goes back at once. False when there is none to release.
    bool releaseIfHolderRevoked(const QString &bookingId, const QDateTime &at);
    // Spends the booking's held surety for an extra dose or the holder's conflicting change;
    // false when none is held.
    bool spendSurety(const QString &bookingId, const QDateTime &at);
    // The holder reported, from one durable snapshot, `feedCursor` and a count of events the
    // server has applied in full: every surety of its bookings whose injection it has seen goes
    // back to the injecting desk (or pays back debt when the injector had paid with debt, or
    // goes to the pool when the injecting desk was revoked).
    int holderReported(const QString &holder, qint64 feedCursor, const QDateTime &at);

    // An injection recorded without a right (the desk's own word, its payload's "override").
    void countOverride(const QString &vaccineId);

    // Refill: up to `count` from the pool to the device. Return: up to `count` from the device
    // to the pool. Each answers how many moved.
    qint64 grant(const QString &deviceId, const QString &vaccineId, qint64 count);
    qint64 takeBack(const QString &deviceId, const QString &vaccineId, qint64 count);

private:
    void release(const Surety &surety, qint64 feedCursor, const QDateTime &at);

    EscrowLedger *m_ledger = nullptr;
};

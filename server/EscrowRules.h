#pragma once

#include <QDateTime>
#include <QString>

class EscrowLedger;

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
    qint64 pay(const QString &deviceId, const QString &vaccineId, qint64 count);
    // An injection at a desk that is not the booking's holder, of a booking the server has BOOKED.
    void holdSurety(const QString &bookingId, const QString &vaccineId, const QString &injector,
                    const QString &holder, const QString &injectionEventId);
    // Spends the booking's held surety for an extra dose or the holder's conflicting change;
    // false when none is held.
    bool spendSurety(const QString &bookingId, const QDateTime &at);
    // The holder reported, from one durable snapshot, `feedCursor` and a count of events the
    // server has applied in full: every surety of its bookings whose injection it has seen goes
    // back to the injecting desk (or pays back debt when the injector had paid with debt, or
    // goes to the pool when the injecting desk was revoked).
    int holderReported(const QString &holder, qint64 feedCursor, const QDateTime &at);

    // Refill: up to `count` from the pool to the device. Return: up to `count` from the device
    // to the pool. Each answers how many moved.
    qint64 grant(const QString &deviceId, const QString &vaccineId, qint64 count);
    qint64 takeBack(const QString &deviceId, const QString &vaccineId, qint64 count);

private:
    EscrowLedger *m_ledger = nullptr;
};

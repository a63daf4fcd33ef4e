#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// A surety (SPEC 3.1): the right a desk paid to inject another desk's BOOKED booking, held by
// the server until the holder has provably seen that injection, then given back to the
// injecting desk; or spent if the holder's conflicting change arrives first.
struct Surety
{
    QString bookingId;
    QString vaccineId;
    QString injector;         // the desk that paid it
    QString holder;           // the booking's holder, whose report releases it
    QString injectionEventId; // its server sequence is the injection's place in the feed
    bool paid = true;         // false: the injector had no right (an override) and debt paid it
};

// A surety given back, as the feed tells it (docs/protocol.md, "SuretyReleased").
struct SuretyRelease
{
    Surety surety;
    bool credited = false; // the injecting desk gets its right back (false: debt or the pool took it)
    qint64 feedCursor = 0; // the holder's report that released it
    QDateTime at;
};

enum class SuretyOutcome { Held = 0, Returned = 1, Spent = 2 };

// The server's escrow accounts of one site (SPEC 3.1): rights held per device and vaccine as
// the server knows them, the pool and the debt per vaccine, and the sureties. A storage
// backend implements it; EscrowRules decides what moves. Every call runs inside the caller's
// write transaction and throws DatabaseError. The audit equation, per site and vaccine:
// rights at desks + pool + sureties held = available + debt.
class EscrowLedger
{
public:
    virtual ~EscrowLedger() = default;

    virtual qint64 rights(const QString &deviceId, const QString &vaccineId) = 0;
    virtual void changeRights(const QString &deviceId, const QString &vaccineId, qint64 delta) = 0;
    virtual qint64 pool(const QString &vaccineId) = 0;
    virtual void changePool(const QString &vaccineId, qint64 delta) = 0;
    virtual void changeDebt(const QString &vaccineId, qint64 delta) = 0;
    // One more injection recorded as an override (SPEC 3.1): the bound the debt must stay under.
    virtual void countOverride(const QString &vaccineId) = 0;
    virtual bool isRevoked(const QString &deviceId) = 0;

    virtual std::optional<Surety> heldSurety(const QString &bookingId) = 0;
    virtual void holdSurety(const Surety &surety) = 0;
    virtual void settleSurety(const QString &bookingId, SuretyOutcome outcome, const QDateTime &at) = 0;
    // Held sureties of bookings `holder` holds whose injection has a server sequence <= feedCursor.
    virtual QList<Surety> suretiesSeenBy(const QString &holder, qint64 feedCursor) = 0;
    // Puts the release in the site's feed, after every entry already there: a desk's rights
    // move only through its feed, so this is how the injecting desk learns its right is back.
    virtual void announceRelease(const SuretyRelease &release) = 0;
};

#include "server/store/EscrowRules.h"

#include "server/store/EscrowLedger.h"

#include <algorithm>

void EscrowRules::credit(const QString &deviceId, const QString &vaccineId, qint64 count)
{
    if (count > 0)
        m_ledger->changeRights(deviceId, vaccineId, count);
}

qint64 EscrowRules::pay(const QString &deviceId, const QString &vaccineId, qint64 count, bool override)
{
    const qint64 paid = override ? 0 : std::clamp<qint64>(m_ledger->rights(deviceId, vaccineId), 0, count);
    if (paid > 0)
        m_ledger->changeRights(deviceId, vaccineId, -paid);
    if (count > paid)
        m_ledger->changeDebt(vaccineId, count - paid);
    return paid;
}

void EscrowRules::holdSurety(const QString &bookingId, const QString &vaccineId, const QString &injector,
                             const QString &holder, const QString &injectionEventId, bool override)
{
    // Held even when the holder is revoked: the injecting desk paid it on its own screen, and
    // only a release in the feed gives it back (releaseIfHolderRevoked, once the injection is
    // in the feed).
    const bool paid = pay(injector, vaccineId, 1, override) == 1;
    m_ledger->holdSurety({bookingId, vaccineId, injector, holder, injectionEventId, paid});
}

bool EscrowRules::spendSurety(const QString &bookingId, const QDateTime &at)
{
    if (!m_ledger->heldSurety(bookingId))
        return false;
    m_ledger->settleSurety(bookingId, SuretyOutcome::Spent, at);
    return true;
}

void EscrowRules::release(const Surety &surety, qint64 feedCursor, const QDateTime &at)
{
    m_ledger->settleSurety(surety.bookingId, SuretyOutcome::Returned, at);
    bool credited = false;
    if (!surety.paid) {
        m_ledger->changeDebt(surety.vaccineId, -1);
    } else if (m_ledger->isRevoked(surety.injector)) {
        m_ledger->changePool(surety.vaccineId, 1); // its token can never spend it again
    } else {
        m_ledger->changeRights(surety.injector, surety.vaccineId, 1);
        credited = true;
    }
    m_ledger->announceRelease({surety, credited, feedCursor, at});
}

int EscrowRules::holderReported(const QString &holder, qint64 feedCursor, const QDateTime &at)
{
    const QList<Surety> seen = m_ledger->suretiesSeenBy(holder, feedCursor);
    for (const Surety &surety : seen)
        release(surety, feedCursor, at);
    return int(seen.size());
}

bool EscrowRules::releaseIfHolderRevoked(const QString &bookingId, const QDateTime &at)
{
    const std::optional<Surety> held = m_ledger->heldSurety(bookingId);
    if (!held || !m_ledger->isRevoked(held->holder))
        return false;
    release(*held, 0, at);
    return true;
}

void EscrowRules::countOverride(const QString &vaccineId)
{
    m_ledger->countOverride(vaccineId);
}

qint64 EscrowRules::grant(const QString &deviceId, const QString &vaccineId, qint64 count)
{
    const qint64 granted = std::clamp<qint64>(m_ledger->pool(vaccineId), 0, count);
    if (granted > 0) {
        m_ledger->changePool(vaccineId, -granted);
        m_ledger->changeRights(deviceId, vaccineId, granted);
    }
    return granted;
}

qint64 EscrowRules::takeBack(const QString &deviceId, const QString &vaccineId, qint64 count)
{
    const qint64 returned = std::clamp<qint64>(m_ledger->rights(deviceId, vaccineId), 0, count);
    if (returned > 0) {
        m_ledger->changeRights(deviceId, vaccineId, -returned);
        m_ledger->changePool(vaccineId, returned);
    }
    return returned;
}

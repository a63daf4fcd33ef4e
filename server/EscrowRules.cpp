#include "server/EscrowRules.h"

#include "server/EscrowLedger.h"

#include <algorithm>

void EscrowRules::credit(const QString &deviceId, const QString &vaccineId, qint64 count)
{
    if (count > 0)
        m_ledger->changeRights(deviceId, vaccineId, count);
}

qint64 EscrowRules::pay(const QString &deviceId, const QString &vaccineId, qint64 count)
{
    const qint64 paid = std::clamp<qint64>(m_ledger->rights(deviceId, vaccineId), 0, count);
    if (paid > 0)
        m_ledger->changeRights(deviceId, vaccineId, -paid);
    if (count > paid)
        m_ledger->changeDebt(vaccineId, count - paid);
    return paid;
}

void EscrowRules::holdSurety(const QString &bookingId, const QString &vaccineId, const QString &injector,
                             const QString &holder, const QString &injectionEventId)
{
    // A revoked holder can push no conflicting change any more: the surety would be returned
    // at once, so the injection is free.
    if (m_ledger->isRevoked(holder))
        return;
    const bool paid = pay(injector, vaccineId, 1) == 1;
    m_ledger->holdSurety({bookingId, vaccineId, injector, holder, injectionEventId, paid});
}

bool EscrowRules::spendSurety(const QString &bookingId, const QDateTime &at)
{
    if (!m_ledger->heldSurety(bookingId))
        return false;
    m_ledger->settleSurety(bookingId, SuretyOutcome::Spent, at);
    return true;
}

int EscrowRules::holderReported(const QString &holder, qint64 feedCursor, const QDateTime &at)
{
    const QList<Surety> seen = m_ledger->suretiesSeenBy(holder, feedCursor);
    for (const Surety &surety : seen) {
        m_ledger->settleSurety(surety.bookingId, SuretyOutcome::Returned, at);
        if (!surety.paid)
            m_ledger->changeDebt(surety.vaccineId, -1);
        else if (m_ledger->isRevoked(surety.injector))
            m_ledger->changePool(surety.vaccineId, 1); // its token can never spend it again
        else
            m_ledger->changeRights(surety.injector, surety.vaccineId, 1);
    }
    return int(seen.size());
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

#pragma once

#include "server/store/EscrowLedger.h"

class Database;

// EscrowLedger on the server's SQLite schema (versions 2 and 5), for one site: device_rights,
// the pool, debt and overrides columns of stock_levels, sureties, and the SuretyReleased
// entries it adds to `events`. Runs inside the caller's write
// transaction (a pushed batch, a rights request, a revoke); every method throws DatabaseError.
class SqliteEscrowLedger final : public EscrowLedger
{
public:
    SqliteEscrowLedger(Database *db, const QString &siteId)
        : m_db(db)
        , m_siteId(siteId)
    {}

    qint64 rights(const QString &deviceId, const QString &vaccineId) override;
    void changeRights(const QString &deviceId, const QString &vaccineId, qint64 delta) override;
    qint64 pool(const QString &vaccineId) override;
    void changePool(const QString &vaccineId, qint64 delta) override;
    void changeDebt(const QString &vaccineId, qint64 delta) override;
    void countOverride(const QString &vaccineId) override;
    bool isRevoked(const QString &deviceId) override;
    std::optional<Surety> heldSurety(const QString &bookingId) override;
    void holdSurety(const Surety &surety) override;
    void settleSurety(const QString &bookingId, SuretyOutcome outcome, const QDateTime &at) override;
    QList<Surety> suretiesSeenBy(const QString &holder, qint64 feedCursor) override;
    // A row of `events`, whose AUTOINCREMENT key is its place in the feed (SqliteEventLog).
    void announceRelease(const SuretyRelease &release) override;

private:
    void changeLevelColumn(const QString &column, const QString &vaccineId, qint64 delta);

    Database *m_db = nullptr;
    QString m_siteId;
};

#pragma once

#include "server/EscrowLedger.h"

class Database;

// EscrowLedger on the server's SQLite schema (version 2), for one site: device_rights, the
// pool and debt columns of stock_levels, and sureties. Runs inside the caller's write
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
    bool isRevoked(const QString &deviceId) override;
    std::optional<Surety> heldSurety(const QString &bookingId) override;
    void holdSurety(const Surety &surety) override;
    void settleSurety(const QString &bookingId, SuretyOutcome outcome, const QDateTime &at) override;
    QList<Surety> suretiesSeenBy(const QString &holder, qint64 feedCursor) override;

private:
    void changeLevelColumn(const QString &column, const QString &vaccineId, qint64 delta);

    Database *m_db = nullptr;
    QString m_siteId;
};

#pragma once

#include "server/store/EscrowAudit.h"
#include "server/store/VerifyReport.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The checks of `anticorona-server verify`, over the whole file: SQLite's integrity and
// foreign key checks, then the escrow checks docs/protocol.md states, for every site and
// vaccine that has a stock row, a right at a desk or a held surety. Reads only; throws
// DatabaseError when a query cannot run. Threading: the thread that opened `db`.
class ServerVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(ServerVerifier)

public:
    explicit ServerVerifier(Database *db)
        : m_db(db)
    {}

    VerifyReport run();
    // Every site and vaccine the escrow checks cover, ordered by site then vaccine.
    QList<EscrowAudit> audits();
    // One pair's counts; all zero when the file knows nothing of it.
    EscrowAudit audit(const QString &siteId, const QString &vaccineId);

private:
    QList<EscrowAudit> read(const QString &siteId, const QString &vaccineId);
    // False when the file is damaged: the other checks would read damaged pages.
    bool checkIntegrity(VerifyReport *report);
    void checkForeignKeys(VerifyReport *report);
    void checkEscrow(const EscrowAudit &audit, VerifyReport *report);

    Database *m_db = nullptr;
};

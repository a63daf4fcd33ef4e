#pragma once

#include "models/commands/DeskCommands.h"
#include "models/domain/Customer.h"
#include "models/domain/StockLevel.h"
#include "models/store/LocalStore.h"
#include "server/store/EscrowAudit.h"
#include "sync/RightsSettings.h"
#include "sync/SyncEngine.h"

#include <QString>

#include <memory>

class Clock;
class InProcessServer;
class SyncTransport;

// One desk of the sync tests: a real SQLite file, its commands and its engine, enrolled to a
// site of an InProcessServer through POST /v1/devices/enroll.
struct SyncDesk
{
    QString path;
    QString name;
    QString token;
    SyncTransport *transport = nullptr; // what the engine talks through; not owned
    const Clock *clock = nullptr;
    RightsSettings rights;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<DeskCommands> commands;
    std::unique_ptr<SyncEngine> engine;

    StockLevel level(const QString &vaccineId) const;
    // Verifier on the desk's file; its problems go to the test's log.
    bool verified() const;
    // Opens the file again with new commands and a new engine, as a desk restarted after a crash.
    bool reopen();

    // A new desk at `path`, enrolled to `siteId` (false or null on any failure).
    static std::unique_ptr<SyncDesk> enroll(InProcessServer *server, const QString &siteId,
                                            const QString &path, const QString &name,
                                            SyncTransport *transport, const Clock *clock,
                                            const RightsSettings &rights = RightsSettings());
};

// The server's escrow figures for one vaccine of a site.
EscrowAudit serverAudit(InProcessServer *server, const QString &siteId, const QString &vaccineId);
// The n-th customer of a test: distinct names, birth dates and phones.
Customer testCustomer(int n);

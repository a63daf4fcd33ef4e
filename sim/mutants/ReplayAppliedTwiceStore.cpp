#include "ReplayAppliedTwiceStore.h"

#include "models/sqlite/NativeStatement.h"
#include "server/store/EventApplier.h"
#include "server/store/PayloadSchema.h"
#include "server/store/SqliteEscrowLedger.h"
#include "server/store/SqliteServerStore.h"
#include "server/store/SqliteSiteLedger.h"

namespace {
bool appliedBefore(Database *db, const QString &eventId)
{
    NativeStatement &query = db->native("SELECT 1 FROM events WHERE event_id = ?");
    query.bind(1, eventId);
    const bool found = query.next();
    query.reset();
    return found;
}
} // namespace

QList<EventResult> ReplayAppliedTwiceStore::pushEvents(const DeviceRecord &device, const QList<Event> &events,
                                                       const QDateTime &receivedAt)
{
    Database *db = inner()->database();
    QList<Event> replayed;
    for (const Event &event : events) {
        if (appliedBefore(db, event.id))
            replayed.append(event);
    }
    const QList<EventResult> results = inner()->pushEvents(device, events, receivedAt);
    if (replayed.isEmpty())
        return results;
    // The server's own rules, run again on what it had applied already.
    WriteTransaction transaction(db);
    SqliteSiteLedger ledger(db, device.siteId);
    SqliteEscrowLedger escrow(db, device.siteId);
    EventApplier applier(&ledger, &escrow, device.siteId);
    for (Event event : std::as_const(replayed)) {
        if (PayloadSchema::trim(event.type, &event.payload).isEmpty())
            applier.apply(event);
    }
    transaction.commit();
    return results;
}

#include "sync/SyncStatus.h"

#include "models/domain/StockLevel.h"
#include "models/store/ConflictStore.h"
#include "models/store/DeskStore.h"
#include "models/store/InjectionStore.h"
#include "models/store/LocalStore.h"
#include "models/store/OutboxStore.h"
#include "models/store/StockStore.h"

#include <QJsonValue>

int SyncStatus::suretiesTotal() const
{
    int total = 0;
    for (int held : sureties)
        total += held;
    return total;
}

QJsonObject SyncStatus::toJson() const
{
    QJsonObject byVaccine;
    for (auto it = rights.cbegin(); it != rights.cend(); ++it)
        byVaccine.insert(it.key(), it.value());
    QJsonObject suretiesByVaccine;
    for (auto it = sureties.cbegin(); it != sureties.cend(); ++it)
        suretiesByVaccine.insert(it.key(), it.value());
    return {{QStringLiteral("waiting"), waiting},
            {QStringLiteral("rights"), byVaccine},
            {QStringLiteral("sureties"), suretiesTotal()},
            {QStringLiteral("suretiesByVaccine"), suretiesByVaccine},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("lastSync"), lastSync.isEmpty() ? QJsonValue() : QJsonValue(lastSync)},
            {QStringLiteral("server"), server.isEmpty() ? QJsonValue() : QJsonValue(server)},
            {QStringLiteral("standalone"), standalone()},
            {QStringLiteral("deviceId"), deviceId},
            {QStringLiteral("siteId"), siteId}};
}

SyncStatus SyncStatus::read(LocalStore *store)
{
    SyncStatus status;
    Database *db = store->database();
    const DeskStore desk(db);
    const DeskIdentity identity = desk.identity();
    status.deviceId = identity.deviceId;
    status.siteId = identity.siteId;
    status.server = desk.serverUrl();
    status.lastSync = desk.lastSyncAt();
    status.waiting = store->outbox()->pendingCount();
    status.conflicts = ConflictStore(db).openCount();
    for (const StockLevel &level : store->stock()->levels())
        status.rights.insert(level.vaccineId, level.rights);
    status.sureties = store->injections()->heldSureties();
    return status;
}

#pragma once

#include "server/store/DeviceRecord.h"
#include "server/store/RightsOutcome.h"
#include "sync/protocol/RightsRequest.h"

#include <QMap>

class Database;
class SqliteEventLog;

// POST /v1/rights on the SQLite store: refills and returns against the site's pool, each in
// one write transaction together with the row of rights_requests that makes its answer final.
// A stored request is answered again from that row (and the immutable event log, for a
// refill's feed), so a lost answer, a retry or a restart never moves a right twice.
// Threading: the thread that opened the database.
class SqliteRightsStore final
{
public:
    SqliteRightsStore(Database *db, SqliteEventLog *events)
        : m_db(db)
        , m_events(events)
    {}

    RightsOutcome request(const DeviceRecord &device, const RightsRequest &request, const QDateTime &now);
    QMap<QString, qint64> deviceRights(const QString &deviceId);
    // Inside the caller's transaction, after the device was marked revoked: its rights go back
    // to its site's pools, and the sureties it held as a booking's holder are released (none
    // of its events can arrive any more, so none can conflict with those injections).
    void returnAllRights(const QString &deviceId, const QDateTime &now);

private:
    struct Stored
    {
        QString deviceId;
        RightsRequest request;
        qint64 moved = 0;
        qint64 grantSequence = 0;
    };

    std::optional<Stored> stored(const QString &requestId);
    void store(const QString &deviceId, const Stored &stored, const QDateTime &now);
    RightsAnswer answerFor(const QString &siteId, const Stored &stored, QJsonObject *feedJson);
    qint64 eventsApplied(const QString &deviceId);
    qint64 lastServerSequence();

    Database *m_db = nullptr;
    SqliteEventLog *m_events = nullptr;
};

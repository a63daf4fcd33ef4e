#pragma once

#include "models/domain/Event.h"
#include "server/store/DeviceRecord.h"
#include "sync/protocol/EventResult.h"
#include "sync/protocol/FeedPage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <limits>

class Database;

// The event log of the SQLite store: de-duplication, per-device order, the rules, and the
// server sequence that orders the feed. Owns the tables events and rejected_events.
//
// Why a feed reader never misses an event: the sequence is the AUTOINCREMENT key of `events`,
// assigned by the INSERT inside the batch's BEGIN IMMEDIATE transaction. SQLite admits one
// writer at a time, so every number a transaction takes is greater than every number of the
// transactions committed before it, and a reader's snapshot always holds a gap-free prefix of
// the sequence (docs/protocol.md, "The feed's order").
class SqliteEventLog final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteEventLog)

public:
    // How far past the device's last recorded sequence an event may be: one, but for the events
    // a desk gave up on because the server refused to read them (413 alone).
    static constexpr qint64 kMaxSequenceStep = 1000;

    explicit SqliteEventLog(Database *db)
        : m_db(db)
    {}

    // One write transaction for the whole batch; throws DatabaseError (and then nothing of it is kept).
    QList<EventResult> push(const DeviceRecord &device, const QList<Event> &events,
                            const QDateTime &receivedAt);
    // The highest server sequence taken so far, 0 for none.
    qint64 lastSequence();
    // Entries up to `upTo` only (a refill's feed stops at its grant). The desks' events only,
    // decoded; `next` still moves past the server's own entries.
    FeedPage feed(const QString &siteId, qint64 after, int limit,
                  qint64 upTo = std::numeric_limits<qint64>::max());
    // The same page as sent on the wire (FeedPage's JSON shape), with every entry as stored,
    // the server's own SuretyReleased entries included.
    QJsonObject feedJson(const QString &siteId, qint64 after, int limit,
                         qint64 upTo = std::numeric_limits<qint64>::max());
    // feedJson's page as ProtocolJson::serialize writes it, byte for byte. The stored bodies are
    // spliced in as they are: each is already that serialisation of its event (push stores
    // nothing else), and decoding them only to encode them again was most of a page's cost
    // (bench/README.md, bench_sync_drain).
    QByteArray feedBody(const QString &siteId, qint64 after, int limit);
    // feedRows()'s statement (:site, :after, :upTo, :limit), for tests of its query plan.
    static const char *feedQuery();

private:
    struct FeedRow
    {
        qint64 sequence = 0;
        QByteArray body;
    };

    QList<FeedRow> feedRows(const QString &siteId, qint64 after, int limit, qint64 upTo, bool *more);
    // The answer for an id seen before, if it was.
    std::optional<EventResult> previousOutcome(const Event &event, const QByteArray &body);
    qint64 storeAccepted(const Event &event, const QByteArray &body, const QString &receivedAt);
    void storeRejected(const Event &event, const QByteArray &body, const EventResult &result,
                       const QString &receivedAt);

    Database *m_db = nullptr;
};

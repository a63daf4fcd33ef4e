#pragma once

#include "models/domain/Event.h"

#include <QList>

#include <optional>

class Database;

// The desk's own events, in the order it made them. append() runs inside the
// command's transaction, so a state change and its event commit or vanish together.
// Virtual so tests can inject a fault between the state write and the append.
class OutboxStore
{
public:
    explicit OutboxStore(Database *db)
        : m_db(db)
    {}
    virtual ~OutboxStore() = default;

    // Stores the event, filling in its sequence and feed cursor. Throws DatabaseError.
    virtual void append(Event &event);
    qint64 count() const;
    qint64 pendingCount() const; // not yet acknowledged by a server
    // The server has answered every event up to `sequence` (accepted, duplicate or rejected).
    // Answers come in order, so what is acknowledged is always a prefix. In the caller's transaction.
    void acknowledgeThrough(qint64 sequence);
    // The server accepted own cancel `sequence` at `serverSequence` (FeedStore reads it when an undo
    // arrives). In the caller's transaction.
    void setServerSequence(qint64 sequence, qint64 serverSequence);
    // The same for own event `eventId` read back from the feed (its push answer may have been
    // lost), unless known already. In the caller's transaction.
    void noteServerSequence(const QString &eventId, qint64 serverSequence);
    QList<Event> pending(int limit) const;
    // Whether this desk undid an injection of the booking and the server has not answered that undo
    // yet. Always false on a desk without a server: there is no one to refuse its undo.
    bool undoAwaitsServer(const QString &bookingId) const;
    // Enrollment of a desk with standalone history: its events become the server's device's of the
    // server's site before the first push. The device id is the desk row's (read with each event);
    // the site id is each event's own, and a payload names ids as JSON strings ("holder"), rewritten
    // where they equal an old id exactly. Sequences stay as they are: gap-free from 1 already (the
    // rowid, never deleted; Verifier checks it). In the caller's transaction.
    void adoptIdentity(const QString &oldDeviceId, const QString &newDeviceId, const QString &oldSiteId,
                       const QString &newSiteId);
    // An own event by its id (the feed carries the desk's own events too), through the unique index.
    std::optional<Event> byEventId(const QString &eventId) const;
    // pending()'s statement (one parameter: the limit), for tests of its query plan.
    static const char *pendingQuery();
    // Whether the event is this desk's own: asked for every entry of the feed.
    bool contains(const QString &eventId) const;

protected:
    Database *m_db = nullptr;
};

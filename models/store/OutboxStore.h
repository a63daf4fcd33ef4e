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
    QList<Event> pending(int limit) const;
    // An own event by its id (the feed carries the desk's own events too), through the unique index.
    std::optional<Event> byEventId(const QString &eventId) const;

protected:
    Database *m_db = nullptr;
};

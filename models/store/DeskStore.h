#pragma once

#include "models/domain/DeskIdentity.h"

#include <QString>

class Database;

// The single `desk` row: identity, feed cursor, how far the server has acknowledged the outbox.
// The only writer of the row after the migration that makes it. Every method throws DatabaseError;
// writers expect an open write transaction.
class DeskStore final
{
public:
    explicit DeskStore(Database *db)
        : m_db(db)
    {}
    DeskIdentity identity() const;
    qint64 feedCursor() const;
    qint64 acknowledgedThrough() const;
    // The feed is read as pages that start at the cursor: the cursor moves only forward, in the
    // transaction that applies the page. Throws DatabaseError when asked to move it back.
    void setFeedCursor(qint64 cursor);
    QString lastSyncAt() const; // ISO UTC, empty before the first successful round
    void setLastSyncAt(const QString &at);
    void setSiteName(const QString &siteName);
    // Enrollment: a desk that has made nothing yet becomes the server's device of the server's
    // site. False, with nothing changed, when it has made events or holds stock: adopting a
    // standalone history (outbox renumbered, holders and sites rewritten) is not built yet.
    bool adoptIdentity(const QString &deviceId, const QString &siteId, const QString &serverUrl);
    QString serverUrl() const;
    // Never moves back: a late answer to an older push leaves it where it is.
    void acknowledgeThrough(qint64 sequence);

private:
    Database *m_db = nullptr;
};

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
    // The feed is read as pages that start at the cursor: the cursor moves only forward, in the
    // transaction that applies the page. Throws DatabaseError when asked to move it back.
    void setFeedCursor(qint64 cursor);
    QString lastSyncAt() const; // ISO UTC, empty before the first successful round
    void setLastSyncAt(const QString &at);
    void setSiteName(const QString &siteName);
    // Enrollment: the desk becomes the server's device `deviceId` of the server's site, and so does
    // everything it made standalone (issue 12): every site id (lots, counters, rights, bookings,
    // write-offs, outbox), the bookings it holds and the ids inside its events' payloads, all in the
    // caller's transaction, before its first push, so the server's accounts end equal to the
    // desk's. The outbox keeps its sequences, gap-free from 1. False, with nothing changed, when
    // the desk is enrolled already (it has a server). The caller then calls
    // LocalStore::reloadIdentity().
    bool adoptIdentity(const QString &deviceId, const QString &siteId, const QString &serverUrl);
    QString serverUrl() const;
    // The token file the person chose at enrollment (FileTokenStore); empty: the system keychain.
    // A path, not a secret.
    QString tokenFile() const;
    void setTokenFile(const QString &path);
    // Never moves back: a late answer to an older push leaves it where it is.
    void acknowledgeThrough(qint64 sequence);

private:
    Database *m_db = nullptr;
};

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
    void setSiteName(const QString &siteName);
    // Never moves back: a late answer to an older push leaves it where it is.
    void acknowledgeThrough(qint64 sequence);

private:
    Database *m_db = nullptr;
};

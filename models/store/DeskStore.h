#pragma once

#include "models/domain/DeskIdentity.h"

class Database;

// The single `desk` row: identity, feed cursor, server address.
class DeskStore final
{
public:
    explicit DeskStore(Database *db)
        : m_db(db)
    {}
    DeskIdentity identity() const; // throws DatabaseError
    qint64 feedCursor() const;

private:
    Database *m_db = nullptr;
};

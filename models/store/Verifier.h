#pragma once

#include <QStringList>

class Database;

// The checks of `anticorona-cli verify`: SQLite's integrity check, the invariant
// booked <= on hand per site and vaccine, counters that match the rows they count,
// and an outbox whose events add up to the state. Read-only.
class Verifier final
{
public:
    explicit Verifier(Database *db)
        : m_db(db)
    {}
    // Empty when everything holds; otherwise one line per problem.
    QStringList run();

private:
    Database *m_db = nullptr;
};

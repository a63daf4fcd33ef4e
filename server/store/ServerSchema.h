#pragma once

#include "models/sqlite/SchemaSpec.h"

class Database;

// The server's SQLite schema, versioned with PRAGMA user_version and migrated forward
// one step at a time inside one write transaction. Its own application_id keeps a desk's
// file and a server's file apart.
class ServerSchema final
{
public:
    static constexpr int kApplicationId = 0x41435356; // "ACSV"
    static int latestVersion();
    static SchemaSpec spec();
    // Throws DatabaseError; a failed migration leaves the file as it was.
    static void migrate(Database *db, int fromVersion);
};

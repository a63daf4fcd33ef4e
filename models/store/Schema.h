#pragma once

#include "models/sqlite/SchemaSpec.h"

class Database;

// The local store's schema, versioned with PRAGMA user_version and migrated
// forward one step at a time inside one write transaction.
class Schema final
{
public:
    static constexpr int kApplicationId = 0x41435631; // "ACV1" in PRAGMA application_id
    static int latestVersion();
    static SchemaSpec desk();
    // Applies every migration after `fromVersion`; throws DatabaseError and leaves the file untouched on
    // failure.
    static void migrate(Database *db, int fromVersion);
};

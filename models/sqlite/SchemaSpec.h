#pragma once

#include <QString>

class Database;

// What Database::open needs to know about a file's schema: the application id that
// marks the file as ours, the latest version, and how to migrate forward to it.
// The desk (Schema::desk()) and the server (ServerSchema::spec()) each have one.
struct SchemaSpec
{
    int applicationId = 0;
    int latestVersion = 0;
    void (*migrate)(Database *db, int fromVersion) = nullptr;
    QString productName; // for messages: "Anticorona", "anticorona-server"
};

#pragma once

#include "models/sqlite/SchemaSpec.h"

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

// Copies the write-ahead log back into the database file from its own thread and
// connection, so a command's commit never pays for a checkpoint: the committing
// connection runs with wal_autocheckpoint=0 (Database::setAutoCheckpoint(false)).
// PASSIVE checkpoints never block writers or readers; the WAL is reused once a
// checkpoint has caught up. Destroying it stops the thread after one last checkpoint.
class WalCheckpointer final
{
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    WalCheckpointer(const QString &path, const SchemaSpec &schema, int intervalMs = 500);
    ~WalCheckpointer();

private:
    void run();

    QString m_path;
    SchemaSpec m_schema;
    int m_intervalMs = 500;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

#pragma once

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
    explicit WalCheckpointer(const QString &path, int intervalMs = 500);
    ~WalCheckpointer();

    // Checkpoints run so far (for tests and benchmarks).
    int runs() const;

private:
    void run();

    QString m_path;
    int m_intervalMs = 500;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_runs = 0;
    std::thread m_thread;
};

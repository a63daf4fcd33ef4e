#include "models/WalCheckpointer.h"

#include "models/Database.h"
#include "models/DatabaseError.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheckpoint, "anticorona.checkpoint")

WalCheckpointer::WalCheckpointer(const QString &path, int intervalMs)
    : m_path(path)
    , m_intervalMs(intervalMs)
    , m_thread([this] { run(); })
{}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

int WalCheckpointer::runs() const
{
    std::lock_guard lock(m_mutex);
    return m_runs;
}

void WalCheckpointer::run()
{
    Database db; // this thread's own connection
    if (!db.open(m_path, Database::OpenMode::MustExist)) {
        qCWarning(lcCheckpoint) << "no background checkpoints:" << db.errorMessage();
        return;
    }
    bool stopping = false;
    while (!stopping) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop; });
            stopping = m_stop;
        }
        try {
            db.execDirect(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        } catch (const DatabaseError &error) {
            qCWarning(lcCheckpoint) << "checkpoint failed:" << error.message();
        }
        std::lock_guard lock(m_mutex);
        ++m_runs;
    }
}

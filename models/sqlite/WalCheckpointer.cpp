#include "models/sqlite/WalCheckpointer.h"

#include "models/domain/DatabaseError.h"
#include "models/sqlite/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheckpoint, "anticorona.checkpoint")

WalCheckpointer::WalCheckpointer(const QString &path, const SchemaSpec &schema, int intervalMs)
    : m_path(path)
    , m_schema(schema)
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

void WalCheckpointer::run()
{
    Database db; // this thread's own connection
    if (!db.open(m_path, Database::OpenMode::MustExist, m_schema)) {
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
    }
}

#include "models/sqlite/Database.h"

#include "models/domain/DatabaseError.h"
#include "models/sqlite/NativeStatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "anticorona.database")

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("anticorona-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_requestedPath(qgetenv("ANTICORONA_SQLITE_PATH") == "qt" ? StatementPath::Qt : StatementPath::Native)
    , m_linkedSourceId(sqlite3_sourceid())
{}

Database::~Database()
{
    close();
}

void Database::close()
{
    // Before the connection: QSQLITE closes with sqlite3_close, which refuses (and leaks the
    // connection) while a statement of ours is still prepared on it.
    m_natives.clear();
    m_handle = nullptr;
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Database::busyTimeoutMs()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("ANTICORONA_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnvironment >= 0 ? fromEnvironment : kDefaultBusyTimeoutMs;
}

Database::OpenError Database::classify(const QString &sqliteMessage)
{
    const QString text = sqliteMessage.toLower();
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return OpenError::Locked;
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return OpenError::ReadOnly;
    if (text.contains(QLatin1String("not a database")))
        return OpenError::NotADatabase;
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("corrupt")))
        return OpenError::Corrupt;
    return OpenError::Other;
}

bool Database::fail(OpenError error, const QString &message)
{
    m_openError = error;
    m_errorMessage = message;
    qCWarning(lcDatabase) << "cannot open" << m_path << ":" << message;
    close();
    return false;
}

QString Database::readOnlyMessage() const
{
    return tr("The database %1 is read-only: %2 needs to write to the file and its folder.")
        .arg(m_path, m_schema.productName);
}

bool Database::checkFile(OpenMode mode)
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        if (mode == OpenMode::MustExist)
            return fail(OpenError::Missing, tr("The database %1 does not exist.").arg(m_path));
        if (!QFileInfo(info.absolutePath()).isDir())
            return fail(OpenError::Missing, tr("The folder %1 does not exist.").arg(info.absolutePath()));
        return true;
    }
    if (!info.isFile())
        return fail(OpenError::NotADatabase, tr("%1 is not a file.").arg(m_path));
    return true;
}

// Looks at the file before SQLite writes anything to it: not ours, damaged,
// truncated or from a newer version means we refuse and leave it as it is.
bool Database::checkHeader()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        const QString error = query.lastError().text();
        const OpenError kind = classify(error);
        if (kind == OpenError::Locked)
            return fail(
                kind, tr("The database %1 is locked by another program; try again in a moment.").arg(m_path));
        if (kind == OpenError::ReadOnly)
            return fail(kind, readOnlyMessage());
        return fail(
            kind == OpenError::Other ? OpenError::NotADatabase : kind,
            tr("%1 is not an %2 database, or it is damaged (%3).").arg(m_path, m_schema.productName, error));
    }
    const int version = query.value(0).toInt();
    if (version > m_schema.latestVersion)
        return fail(OpenError::NewerSchema,
                    tr("The database %1 was written by a newer version of %4 (schema %2; this version "
                       "knows up to %3). Update %4; the file was not changed.")
                        .arg(m_path)
                        .arg(version)
                        .arg(m_schema.latestVersion)
                        .arg(m_schema.productName));

    query.exec(QStringLiteral("PRAGMA application_id"));
    const int applicationId = query.next() ? query.value(0).toInt() : -1;
    query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    const int objects = query.next() ? query.value(0).toInt() : -1;
    if (objects < 0)
        return fail(OpenError::Corrupt,
                    tr("The database %1 is damaged: %2").arg(m_path, query.lastError().text()));
    if ((version > 0 && applicationId != m_schema.applicationId) || (version == 0 && objects > 0))
        return fail(
            OpenError::NotADatabase,
            tr("%1 is not an %2 database: it belongs to another program.").arg(m_path, m_schema.productName));

    // A file cut short still opens; its header says how many pages it should have.
    // Only meaningful without a write-ahead log, where the file alone holds every page.
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0) {
        query.exec(QStringLiteral("PRAGMA page_count"));
        const qint64 pages = query.next() ? query.value(0).toLongLong() : 0;
        query.exec(QStringLiteral("PRAGMA page_size"));
        const qint64 pageSize = query.next() ? query.value(0).toLongLong() : 0;
        if (QFileInfo(m_path).size() < pages * pageSize)
            return fail(OpenError::Corrupt,
                        tr("The database %1 is truncated: it is shorter than its header says.").arg(m_path));
    }
    return true;
}

bool Database::open(const QString &path, OpenMode mode, const SchemaSpec &schema)
{
    close();
    m_schema = schema;
    m_path = path;
    m_openError = OpenError::None;
    m_errorMessage.clear();
    if (!checkFile(mode))
        return false;

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
    if (!m_db.open())
        return fail(classify(m_db.lastError().text()),
                    tr("Cannot open the database %1: %2").arg(path, m_db.lastError().text()));
    if (!checkHeader())
        return false;
    chooseStatementPath();

    try {
        // A new file gets small pages; an existing one keeps its own (changing it means
        // rewriting the whole file). Must come before WAL mode, which fixes the page size.
        QSqlQuery pages(m_db);
        const bool empty = pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next() &&
                           pages.value(0).toLongLong() == 0;
        pages.finish(); // SQLite keeps the page size while a statement reads
        if (empty)
            execDirect(QStringLiteral("PRAGMA page_size=%1").arg(kPageSize));
        // WAL lets the desk read while the CLI writes. synchronous=NORMAL: in WAL mode a
        // power cut can lose the last commits but never corrupts or half-applies one,
        // and the outbox keeps state and event together (docs/architecture.md).
        execDirect(QStringLiteral("PRAGMA journal_mode=WAL"));
        execDirect(QStringLiteral("PRAGMA synchronous=NORMAL"));
        execDirect(QStringLiteral("PRAGMA foreign_keys=ON"));
        execDirect(QStringLiteral("PRAGMA temp_store=MEMORY"));
        QSqlQuery version(m_db);
        version.exec(QStringLiteral("PRAGMA user_version"));
        const int from = version.next() ? version.value(0).toInt() : 0;
        version.finish();
        m_schema.migrate(this, from);
    } catch (const DatabaseError &error) {
        const OpenError kind = classify(error.message());
        if (kind == OpenError::ReadOnly)
            return fail(kind, readOnlyMessage());
        return fail(kind == OpenError::Other ? OpenError::Corrupt : kind,
                    tr("Cannot prepare the database %1: %2").arg(path, error.message()));
    }
    return true;
}

QString Database::whyNotNative(const QString &driverSourceId, const QByteArray &linkedSourceId,
                               const char *handleTypeName)
{
    if (qstrcmp(handleTypeName, "sqlite3*") != 0)
        return QStringLiteral("the driver's handle is a %1, not a sqlite3*")
            .arg(handleTypeName ? QString::fromLatin1(handleTypeName) : QStringLiteral("nothing"));
    if (driverSourceId.isEmpty())
        return QStringLiteral("the driver did not say which SQLite it uses");
    if (linkedSourceId.isEmpty())
        return QStringLiteral("this program's SQLite did not say which it is");
    if (driverSourceId != QString::fromUtf8(linkedSourceId))
        return QStringLiteral("the driver uses SQLite %1, this program links %2")
            .arg(driverSourceId, QString::fromUtf8(linkedSourceId));
    return {};
}

// Debian's QSQLITE plugin links the system libsqlite3, the one anticorona_sqlite links, and the
// booking path then uses the driver's handle with the C API directly (docs/architecture.md). A Qt
// built with its bundled SQLite brings a second copy: the handle is then only good for the
// driver, and native() goes through QSqlQuery instead.
void Database::chooseStatementPath()
{
    m_handle = nullptr;
    if (m_requestedPath == StatementPath::Qt)
        return;
    QSqlQuery query(m_db);
    const QString driverSourceId = query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next()
                                       ? query.value(0).toString()
                                       : QString();
    const QVariant handle = m_db.driver()->handle();
    const QString reason =
        whyNotNative(driverSourceId, m_linkedSourceId, handle.isValid() ? handle.typeName() : nullptr);
    if (!reason.isEmpty()) {
        // Once per process: every connection of a program sees the same two libraries.
        static std::atomic_bool warned = false;
        if (!warned.exchange(true))
            qCWarning(lcDatabase).noquote()
                << "the booking path uses QSqlQuery, not SQLite's C API (first seen on" << m_path
                << "):" << reason;
        return;
    }
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true); // the driver would otherwise keep every fetched row
        if (!query.prepare(sql))
            throw DatabaseError(query.lastError().text());
        it = m_statements.insert(sql, query);
    }
    return it.value();
}

NativeStatement &Database::native(const char *sql)
{
    const QByteArray key = QByteArray::fromRawData(sql, qsizetype(qstrlen(sql)));
    auto it = m_natives.find(key);
    if (it == m_natives.end()) {
        if (!isOpen())
            throw DatabaseError(tr("The database %1 is not open.").arg(m_path));
        const QByteArray owned(sql); // the key must outlive the caller's text
        auto statement = m_handle ? std::make_unique<NativeStatement>(m_handle, owned)
                                  : std::make_unique<NativeStatement>(m_db, owned);
        it = m_natives.emplace(owned, std::move(statement)).first;
    }
    return *it->second;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw DatabaseError(query.lastError().text());
}

void Database::execDirect(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw DatabaseError(query.lastError().text());
}

namespace {
// SQLite calls it after each commit of the connection, with the log's length in frames.
// The WalCheckpointer copies the log back from its own thread, but SQLite starts the log
// over only once a checkpoint has caught up with the last commit, which never happens while
// this connection commits without a pause (a long CSV import): the log would grow for as
// long as the run lasts. Past the limit this connection catches up itself, between two
// commits, and its next transaction starts the log over. It costs the writer a pause (the
// copy and two fsyncs): done every 64 MB it cost more than the longer log saved
// (bench/README.md), so the limit bounds disk use rather than buying speed. When the
// background checkpointer holds the checkpoint lock it returns at once; the next commit
// tries again.
int catchUpCheckpoint(void *limit, sqlite3 *db, const char *schema, int frames)
{
    if (frames >= int(reinterpret_cast<quintptr>(limit)))
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}
} // namespace

bool Database::setAutoCheckpoint(bool on, int catchUpFrames)
{
    QSqlQuery query(m_db);
    if (!query.exec(on ? QStringLiteral("PRAGMA wal_autocheckpoint=1000")
                       : QStringLiteral("PRAGMA wal_autocheckpoint=0")))
        return false;
    // The hook is our SQLite's: on the Qt path there is no handle we may give it.
    if (!on && m_handle)
        sqlite3_wal_hook(m_handle, catchUpCheckpoint, reinterpret_cast<void *>(quintptr(catchUpFrames)));
    return true;
}

void Database::execScript(const char *script)
{
    const QStringList statements = QString::fromUtf8(script).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (!statement.trimmed().isEmpty())
            execDirect(statement);
    }
}

// Both run once per command: through the C API, like the booking path's statements.
void Database::beginWrite()
{
    native("BEGIN IMMEDIATE").exec();
}

void Database::commit()
{
    native("COMMIT").exec();
}

void Database::rollback()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcDatabase) << "rollback failed:" << query.lastError().text();
}

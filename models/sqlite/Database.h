#pragma once

#include "models/sqlite/SchemaSpec.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

class NativeStatement;
struct sqlite3;

// One SQLite connection with the desk's pragmas (WAL, synchronous=NORMAL,
// foreign keys, busy timeout) and a cache of prepared statements.
// Threading: a Database belongs to the thread that opened it (one connection per thread).
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenMode { CreateIfMissing, MustExist };
    enum class OpenError { None, Missing, NotADatabase, Corrupt, NewerSchema, Locked, ReadOnly, Other };

    static constexpr int kDefaultBusyTimeoutMs = 5000;
    // Page size of new files. A booking changes about 17 pages (its row, the indexes, the
    // counters, the outbox and audit rows), each written whole to the log: 1 KB pages write
    // a quarter of the bytes of SQLite's default 4 KB, and search reads fewer bytes per match
    // (docs/architecture.md, bench/README.md).
    static constexpr int kPageSize = 1024;

    // What native() runs on. Native: SQLite's C API on the driver's own sqlite3*, when open()
    // finds that the driver uses the SQLite we link (otherwise it warns and takes the Qt path).
    // Qt: QSqlQuery on the same connection, same behaviour, slower. ANTICORONA_SQLITE_PATH=qt
    // makes Qt the default of every Database in the process (the store tests' second run).
    enum class StatementPath { Native, Qt };

    Database();
    ~Database(); // out of line: NativeStatement is incomplete here

    // Before open(): the path to take when the libraries match.
    void setStatementPath(StatementPath path) { m_requestedPath = path; }
    // Before open(): the SQLite we link, as sqlite3_sourceid() names it (the default). A test
    // passes another to stand for a program linked against a second SQLite.
    void setLinkedSourceId(const QByteArray &sourceId) { m_linkedSourceId = sourceId; }
    // The path open() took.
    StatementPath statementPath() const { return m_handle ? StatementPath::Native : StatementPath::Qt; }
    // Why the driver's sqlite3* must not be used with our SQLite's C API, or empty when it may:
    // the handle must be a sqlite3* and both libraries must be the same build (their source ids,
    // the driver's from `SELECT sqlite_source_id()`, ours from sqlite3_sourceid()). Two copies of
    // SQLite in one process each have their own idea of a connection's layout and locks: mixing
    // them corrupts memory without a word.
    static QString whyNotNative(const QString &driverSourceId, const QByteArray &linkedSourceId,
                                const char *handleTypeName);

    // Opens, checks and migrates to `schema` (the desk's is Schema::desk(), the server's
    // ServerSchema::spec()). A file that is not ours, damaged or from a newer version is refused
    // without being written to.
    bool open(const QString &path, OpenMode mode, const SchemaSpec &schema);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    OpenError openError() const { return m_openError; }
    QString errorMessage() const { return m_errorMessage; }
    QString path() const { return m_path; }

    QSqlDatabase &connection() { return m_db; }

    // A statement prepared once per connection and reused: the hot paths run the same few.
    QSqlQuery &prepared(const QString &sql);
    // The same, prepared with SQLite's C API on this connection, for the booking path
    // (NativeStatement). `sql` is UTF-8; throws DatabaseError when it does not prepare.
    NativeStatement &native(const char *sql);
    // Runs a prepared statement, throws DatabaseError on failure.
    static void exec(QSqlQuery &query);
    // Runs one unprepared statement (pragmas, DDL), throws DatabaseError on failure.
    void execDirect(const QString &sql);
    // Runs a migration script: statements separated by ";\n". Throws DatabaseError.
    void execScript(const char *script);

    // Write transactions take the lock up front (BEGIN IMMEDIATE), so two writers
    // wait for each other with the busy timeout instead of failing on upgrade.
    void beginWrite();
    void commit();
    void rollback();

    // Off when a WalCheckpointer copies the log back from its own thread: this connection then
    // checkpoints only when the log holds catchUpFrames, so that it can start over
    // (Database.cpp). False if SQLite refused.
    static constexpr int kCatchUpFrames = 262144; // about 270 MB of 1 KB pages
    bool setAutoCheckpoint(bool on, int catchUpFrames = kCatchUpFrames);

    // Milliseconds a writer waits for another; ANTICORONA_BUSY_TIMEOUT_MS overrides it.
    static int busyTimeoutMs();
    static OpenError classify(const QString &sqliteMessage);

private:
    bool fail(OpenError error, const QString &message);
    bool checkFile(OpenMode mode);
    bool checkHeader();
    void chooseStatementPath();
    QString readOnlyMessage() const;

    QString m_connectionName;
    QString m_path;
    SchemaSpec m_schema;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    sqlite3 *m_handle = nullptr; // the QSQLITE driver's, set while m_db is open on the native path
    StatementPath m_requestedPath = StatementPath::Native;
    QByteArray m_linkedSourceId;
    std::unordered_map<QByteArray, std::unique_ptr<NativeStatement>> m_natives;
    OpenError m_openError = OpenError::None;
    QString m_errorMessage;
};

// Rolls back unless committed: a command that returns or throws early leaves nothing behind.
class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    explicit WriteTransaction(Database *db)
        : m_db(db)
    {
        m_db->beginWrite();
    }
    ~WriteTransaction()
    {
        if (!m_done)
            m_db->rollback();
    }
    void commit()
    {
        m_db->commit();
        m_done = true;
    }

private:
    Database *m_db = nullptr;
    bool m_done = false;
};

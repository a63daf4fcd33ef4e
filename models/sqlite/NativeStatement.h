#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QSqlDatabase;
class QtStatement;
struct sqlite3;
struct sqlite3_stmt;

// One statement prepared with SQLite's C API on the connection Qt's QSQLITE driver opened
// (Database::native). The booking path runs a dozen statements per booking; through QSqlQuery each
// costs tens of thousands of instructions in QVariant binding and UTF-16 conversion, more than
// SQLite spends on it (docs/architecture.md). Text is bound as UTF-8, converted once; a null
// QString binds NULL as the QSQLITE driver does. Failures throw DatabaseError with SQLite's message.
// Owned by the Database that made it and finalised before the connection closes.
// When the driver's SQLite is not the one we link, Database makes it over QSqlQuery on the same
// connection instead (QtStatement), with the same behaviour; each call then takes one
// well-predicted branch more, which the native path does not notice (bench/README.md).
class NativeStatement final
{
    Q_DISABLE_COPY_MOVE(NativeStatement)

public:
    // Throws DatabaseError when SQLite cannot prepare `sql`.
    NativeStatement(sqlite3 *db, const QByteArray &sql);
    // The same statement through QSqlQuery on `db` (QtStatement).
    NativeStatement(const QSqlDatabase &db, const QByteArray &sql);
    ~NativeStatement();

    // 1-based position of a named parameter (":uid"); throws DatabaseError when the SQL has none.
    int index(const char *name) const;

    void bind(int index, const QString &text);
    // The bytes are kept until the next bind of the same parameter: SQLite reads them at step().
    void bind(int index, const QByteArray &utf8);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bindNull(int index);
    template<typename Value> void bind(const char *name, const Value &value) { bind(index(name), value); }

    // Steps once: true with a row to read, false when done. On failure resets and throws DatabaseError.
    bool next();
    // Runs to the end and resets; throws DatabaseError on failure.
    void exec();
    // Ends a read early (or after the last row) so the statement holds no lock or pending write.
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    QString text(int column) const;
    // The column's bytes as stored (UTF-8 for text), without a trip through UTF-16.
    QByteArray bytes(int column) const;

    // The statement's text, as prepared.
    const char *sql() const;

    // The rowid of the last row this connection inserted.
    qint64 lastInsertRowId() const;
    // The rows the last INSERT, UPDATE or DELETE of this connection changed.
    qint64 changes() const;

private:
    [[noreturn]] void fail(int code);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_texts;   // one per parameter: what SQLite points at
    std::unique_ptr<QtStatement> m_qt; // set on the Qt path, where m_db and m_statement are null
};

#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

// NativeStatement's fallback: the same statement and the same conventions through QSqlQuery on
// the same connection, for a QSQLITE driver whose sqlite3* belongs to another SQLite than the one
// we link (Database::open decides). Parameters are numbered as SQLite numbers them (a repeated
// name keeps its first number) and bound by name; text is bound as QString (SQLite stores UTF-8),
// a null QString as NULL, UTF-8 bytes as text; failures throw DatabaseError with SQLite's own
// message, as the driver reports it (QSqlError::databaseText). Parameters are ":name" or "?", not
// both in one statement.
// Slower than the C API by the QVariant and UTF-16 work NativeStatement exists to avoid.
class QtStatement final
{
    Q_DISABLE_COPY_MOVE(QtStatement)

public:
    // Throws DatabaseError when the driver cannot prepare `sql`.
    QtStatement(const QSqlDatabase &db, const QByteArray &sql);

    int index(const char *name) const;
    void bind(int index, const QString &text);
    void bind(int index, const QByteArray &utf8);
    void bind(int index, qint64 value);
    void bindNull(int index);
    bool next();
    void exec();
    void reset();
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    const char *sql() const { return m_sql.constData(); }
    qint64 lastInsertRowId() const;
    qint64 changes() const;

    // The names of `sql`'s parameters by SQLite's numbering: element i is parameter i + 1.
    // A "?" has an empty name. Throws DatabaseError on "?NNN", "@name" and "$name".
    static std::vector<QByteArray> parameterNames(const QByteArray &sql);

private:
    [[noreturn]] void fail();
    qint64 connectionValue(const char *sql) const;
    void bindAt(int index, const QVariant &value);

    QSqlDatabase m_db;
    QByteArray m_sql;
    QSqlQuery m_query;
    std::vector<QString> m_names;
    bool m_started = false; // exec()uted since the last reset: next() reads on
};

#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <vector>

class Database;

// Rows of one table sent kBatchRows to a statement, so Qt and SQLite pay their cost
// per statement once per batch. Placeholders are named: for a positional bind Qt
// formats a key string each time, which costs about as much as SQLite's insert.
// `constants` are SQL expressions every row shares. Rows keep the order they were added in.
class BulkInsert final
{
public:
    static constexpr int kBatchRows = 32;

    // `constants` (may be empty) fill `constantColumns` in every row.
    BulkInsert(Database *db, const QString &table, const QStringList &columns,
               const QStringList &constants = {}, const QStringList &constantColumns = {});
    void add(std::initializer_list<QVariant> row)
    {
        m_pending.insert(m_pending.end(), row.begin(), row.end());
        if (++m_rows == kBatchRows)
            flush();
    }
    void flush(); // throws DatabaseError
    int pendingRows() const { return m_rows; }
    void finish(); // releases the statements' cursors

private:
    QSqlQuery &statement(int rows);

    Database *m_db = nullptr;
    int m_columns = 0;
    QString m_head;
    QString m_constants;
    QStringList m_names;
    QHash<int, QSqlQuery> m_statements; // by number of rows: a full batch, and the rest when flushed early
    std::vector<QVariant> m_pending;
    int m_rows = 0;
};

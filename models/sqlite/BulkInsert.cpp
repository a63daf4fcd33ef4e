#include "models/sqlite/BulkInsert.h"

#include "models/domain/DatabaseError.h"
#include "models/sqlite/Database.h"

#include <QSqlError>

BulkInsert::BulkInsert(Database *db, const QString &table, const QStringList &columns,
                       const QStringList &constants, const QStringList &constantColumns)
    : m_db(db)
    , m_columns(int(columns.size()))
    , m_head(
          QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, (columns + constantColumns).join(u", ")))
    , m_constants(constants.join(u", "))
{
    for (int i = 0; i < kBatchRows * m_columns; ++i)
        m_names.append(QStringLiteral(":v%1").arg(i));
}

void BulkInsert::flush()
{
    if (m_rows == 0)
        return;
    QSqlQuery &insert = statement(m_rows);
    for (size_t i = 0; i < m_pending.size(); ++i)
        insert.bindValue(m_names.at(qsizetype(i)), m_pending[i]);
    Database::exec(insert);
    m_pending.clear();
    m_rows = 0;
}

void BulkInsert::finish()
{
    for (QSqlQuery &query : m_statements)
        query.finish();
}

QSqlQuery &BulkInsert::statement(int rows)
{
    auto it = m_statements.find(rows);
    if (it != m_statements.end())
        return it.value();
    QStringList tuples;
    for (int row = 0; row < rows; ++row) {
        QStringList values = m_names.mid(row * m_columns, m_columns);
        if (!m_constants.isEmpty())
            values.append(m_constants);
        tuples.append(QStringLiteral("(%1)").arg(values.join(u", ")));
    }
    QSqlQuery query(m_db->connection());
    if (!query.prepare(m_head + tuples.join(u", ")))
        throw DatabaseError(query.lastError().text());
    return m_statements.insert(rows, query).value();
}

#include "SimSql.h"

#include "models/sqlite/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace SimSql {
QList<QVariantList> rows(Database *db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db->connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw Error{query.lastError().text() + QStringLiteral(" in ") + sql};
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        throw Error{query.lastError().text() + QStringLiteral(" in ") + sql};
    QList<QVariantList> result;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(query.value(column));
        result.append(row);
    }
    return result;
}

qint64 number(Database *db, const QString &sql, const QVariantList &binds)
{
    const QList<QVariantList> result = rows(db, sql, binds);
    return result.isEmpty() || result.constFirst().isEmpty() ? 0
                                                             : result.constFirst().constFirst().toLongLong();
}
} // namespace SimSql

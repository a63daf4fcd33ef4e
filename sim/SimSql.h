#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class Database;

// Reads for the checker and the operations, straight from a desk's or the server's file: what
// a desk "sees" is what its tables hold. A query that cannot run throws SimSqlError.
namespace SimSql {
struct Error
{
    QString message;
};

QList<QVariantList> rows(Database *db, const QString &sql, const QVariantList &binds = {});
qint64 number(Database *db, const QString &sql, const QVariantList &binds = {});
} // namespace SimSql

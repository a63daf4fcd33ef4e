#include "models/sqlite/NativeStatement.h"

#include "models/domain/DatabaseError.h"
#include "models/sqlite/QtStatement.h"

#include <sqlite3.h>

NativeStatement::NativeStatement(sqlite3 *db, const QByteArray &sql)
    : m_db(db)
{
    const int code = sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                        &m_statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        throw DatabaseError(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    m_texts.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
}

NativeStatement::NativeStatement(const QSqlDatabase &db, const QByteArray &sql)
    : m_qt(std::make_unique<QtStatement>(db, sql))
{}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement); // a no-op on the Qt path
}

int NativeStatement::index(const char *name) const
{
    if (m_qt) [[unlikely]]
        return m_qt->index(name);
    const int found = sqlite3_bind_parameter_index(m_statement, name);
    if (found == 0)
        throw DatabaseError(QStringLiteral("no parameter %1 in %2")
                                .arg(QString::fromUtf8(name), QString::fromUtf8(sqlite3_sql(m_statement))));
    return found;
}

void NativeStatement::bind(int index, const QString &text)
{
    if (m_qt) [[unlikely]]
        return m_qt->bind(index, text);
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    if (index < 1 || size_t(index) > m_texts.size())
        throw DatabaseError(QString::fromUtf8(sqlite3_errstr(SQLITE_RANGE)));
    // Ids, codes, dates and most names are ASCII: copied into this parameter's buffer, which keeps
    // its capacity from booking to booking, instead of a new QByteArray per value.
    QByteArray &kept = m_texts[size_t(index - 1)];
    const qsizetype size = text.size();
    kept.resize(size);
    char *out = kept.data();
    const QChar *in = text.constData();
    for (qsizetype i = 0; i < size; ++i) {
        if (in[i].unicode() >= 0x80) {
            bind(index, text.toUtf8());
            return;
        }
        out[i] = char(in[i].unicode());
    }
    const int code = sqlite3_bind_text(m_statement, index, kept.constData(), int(size), SQLITE_STATIC);
    if (code != SQLITE_OK)
        fail(code);
}

void NativeStatement::bind(int index, const QByteArray &utf8)
{
    if (m_qt) [[unlikely]]
        return m_qt->bind(index, utf8);
    if (index < 1 || size_t(index) > m_texts.size())
        throw DatabaseError(QString::fromUtf8(sqlite3_errstr(SQLITE_RANGE)));
    // SQLITE_STATIC: the bytes live in m_texts until this parameter is bound again, so SQLite
    // does not copy them.
    QByteArray &kept = m_texts[size_t(index - 1)];
    kept = utf8;
    const char *data = kept.isNull() ? "" : kept.constData();
    const int code = sqlite3_bind_text(m_statement, index, data, int(kept.size()), SQLITE_STATIC);
    if (code != SQLITE_OK)
        fail(code);
}

void NativeStatement::bind(int index, qint64 value)
{
    if (m_qt) [[unlikely]]
        return m_qt->bind(index, value);
    const int code = sqlite3_bind_int64(m_statement, index, value);
    if (code != SQLITE_OK)
        fail(code);
}

void NativeStatement::bindNull(int index)
{
    if (m_qt) [[unlikely]]
        return m_qt->bindNull(index);
    const int code = sqlite3_bind_null(m_statement, index);
    if (code != SQLITE_OK)
        fail(code);
}

bool NativeStatement::next()
{
    if (m_qt) [[unlikely]]
        return m_qt->next();
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    fail(code);
}

void NativeStatement::exec()
{
    if (m_qt) [[unlikely]]
        return m_qt->exec();
    while (next()) {
    }
    reset();
}

void NativeStatement::reset()
{
    if (m_qt) [[unlikely]]
        return m_qt->reset();
    sqlite3_reset(m_statement);
}

qint64 NativeStatement::int64(int column) const
{
    if (m_qt) [[unlikely]]
        return m_qt->int64(column);
    return sqlite3_column_int64(m_statement, column);
}

QString NativeStatement::text(int column) const
{
    if (m_qt) [[unlikely]]
        return m_qt->text(column);
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray NativeStatement::bytes(int column) const
{
    if (m_qt) [[unlikely]]
        return m_qt->bytes(column);
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    if (!data)
        return QByteArray();
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

const char *NativeStatement::sql() const
{
    if (m_qt) [[unlikely]]
        return m_qt->sql();
    return sqlite3_sql(m_statement);
}

qint64 NativeStatement::lastInsertRowId() const
{
    if (m_qt) [[unlikely]]
        return m_qt->lastInsertRowId();
    return sqlite3_last_insert_rowid(m_db);
}

qint64 NativeStatement::changes() const
{
    if (m_qt) [[unlikely]]
        return m_qt->changes();
    return sqlite3_changes64(m_db);
}

void NativeStatement::fail(int code)
{
    // The message of a failed step belongs to the connection; read it before reset() could change it.
    QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (message.isEmpty())
        message = QString::fromUtf8(sqlite3_errstr(code));
    sqlite3_reset(m_statement);
    throw DatabaseError(message);
}

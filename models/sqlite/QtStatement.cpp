#include "models/sqlite/QtStatement.h"

#include "models/domain/DatabaseError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace {
bool isNameChar(char c)
{
    // SQLite's identifier characters: ASCII letters, digits, '_', '$' and every byte of UTF-8.
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
           c == '_' || c == '$';
}
} // namespace

QtStatement::QtStatement(const QSqlDatabase &db, const QByteArray &sql)
    : m_db(db)
    , m_sql(sql)
    , m_query(db)
{
    bool positional = false;
    for (const QByteArray &parameter : parameterNames(sql)) {
        m_names.push_back(QString::fromUtf8(parameter));
        positional = positional || parameter.isEmpty();
    }
    if (positional &&
        std::any_of(m_names.begin(), m_names.end(), [](const QString &n) { return !n.isEmpty(); }))
        throw DatabaseError(QStringLiteral("? and :name parameters in one statement on the Qt path: %1")
                                .arg(QString::fromUtf8(sql)));
    m_query.setForwardOnly(true); // the driver would otherwise keep every fetched row
    if (!m_query.prepare(QString::fromUtf8(sql)))
        fail();
}

std::vector<QByteArray> QtStatement::parameterNames(const QByteArray &sql)
{
    std::vector<QByteArray> names;
    const char *const end = sql.constData() + sql.size();
    for (const char *at = sql.constData(); at < end;) {
        const char c = *at;
        if (c == '\'' || c == '"' || c == '`' || c == '[') {
            // A literal or quoted name: a doubled quote inside is part of it.
            const char close = c == '[' ? ']' : c;
            for (++at; at < end; ++at) {
                if (*at == close) {
                    if (close != ']' && at + 1 < end && at[1] == close)
                        ++at;
                    else
                        break;
                }
            }
            ++at;
        } else if (c == '-' && at + 1 < end && at[1] == '-') {
            while (at < end && *at != '\n')
                ++at;
        } else if (c == '/' && at + 1 < end && at[1] == '*') {
            at += 2;
            while (at + 1 < end && !(at[0] == '*' && at[1] == '/'))
                ++at;
            at += 2;
        } else if (c == ':' && at + 1 < end && isNameChar(at[1])) {
            const char *const start = at++;
            while (at < end && isNameChar(*at))
                ++at;
            const QByteArray name(start, at - start);
            bool seen = false;
            for (const QByteArray &known : names)
                seen = seen || known == name;
            if (!seen)
                names.push_back(name);
        } else if (c == '?' && !(at + 1 < end && at[1] >= '0' && at[1] <= '9')) {
            names.emplace_back(); // SQLite numbers it next; Qt binds it by its position
            ++at;
        } else if (c == '?' || c == '@' || c == '$') {
            throw DatabaseError(
                QStringLiteral("only ? and :name parameters on the Qt path: %1").arg(QString::fromUtf8(sql)));
        } else {
            ++at;
        }
    }
    return names;
}

int QtStatement::index(const char *name) const
{
    for (size_t i = 0; i < m_names.size(); ++i) {
        if (m_names[i] == QLatin1String(name))
            return int(i) + 1;
    }
    throw DatabaseError(
        QStringLiteral("no parameter %1 in %2").arg(QString::fromUtf8(name), QString::fromUtf8(m_sql)));
}

void QtStatement::bindAt(int index, const QVariant &value)
{
    if (index < 1 || size_t(index) > m_names.size())
        throw DatabaseError(QStringLiteral("column index out of range")); // sqlite3_errstr(SQLITE_RANGE)
    const QString &name = m_names[size_t(index - 1)];
    if (name.isEmpty())
        m_query.bindValue(index - 1, value); // only ? in this statement: SQLite's order is Qt's
    else
        m_query.bindValue(name, value);
}

void QtStatement::bind(int index, const QString &text)
{
    // A null QString is a null QVariant to the driver: NULL, as NativeStatement binds it.
    bindAt(index, text);
}

void QtStatement::bind(int index, const QByteArray &utf8)
{
    // Text, not a blob (what the driver makes of a QByteArray); null bytes are empty text.
    QString text = QString::fromUtf8(utf8);
    if (text.isNull())
        text = QStringLiteral("");
    bindAt(index, text);
}

void QtStatement::bind(int index, qint64 value)
{
    bindAt(index, value);
}

void QtStatement::bindNull(int index)
{
    bindAt(index, QVariant());
}

bool QtStatement::next()
{
    if (!m_started) {
        if (!m_query.exec())
            fail();
        m_started = true;
    }
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        fail();
    // Done: the next call runs the statement again, as sqlite3_step does after SQLITE_DONE.
    reset();
    return false;
}

void QtStatement::exec()
{
    while (next()) {
    }
    reset();
}

void QtStatement::reset()
{
    m_query.finish(); // sqlite3_reset: keeps the bound values
    m_started = false;
}

qint64 QtStatement::int64(int column) const
{
    return m_query.value(column).toLongLong();
}

QString QtStatement::text(int column) const
{
    return m_query.value(column).toString();
}

QByteArray QtStatement::bytes(int column) const
{
    return m_query.value(column).toByteArray();
}

qint64 QtStatement::changes() const
{
    // QSqlQuery::numRowsAffected answers only while that query is active; this is the
    // connection's, as sqlite3_changes64.
    return connectionValue("SELECT changes()");
}

qint64 QtStatement::lastInsertRowId() const
{
    // As changes(): the connection's, as sqlite3_last_insert_rowid.
    return connectionValue("SELECT last_insert_rowid()");
}

qint64 QtStatement::connectionValue(const char *sql) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QString::fromLatin1(sql)) || !query.next()) {
        const QSqlError error = query.lastError();
        throw DatabaseError(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    }
    return query.value(0).toLongLong();
}

void QtStatement::fail()
{
    // SQLite's own sentence (BookingStore::insert retries on "UNIQUE constraint failed: bookings.code").
    const QSqlError error = m_query.lastError();
    const QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    reset();
    throw DatabaseError(message);
}

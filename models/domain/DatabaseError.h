#pragma once

#include <QString>

#include <stdexcept>

// Thrown by the store classes when SQLite fails (locked, read-only, corrupt, full).
// The command that ran the statement catches it, rolls its transaction back and
// reports a CommandResult::Failed; it never escapes to the event loop.
class DatabaseError final : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

#pragma once

#include "models/domain/Staff.h"

#include <QList>

#include <optional>

class Database;

// Staff accounts: the `staff` table. Readers and writers only; the rules (who may change
// an account, what a valid password is) live in StaffAdmin, ClinicSetup and Authenticator.
// Every method throws DatabaseError; the writers expect an open write transaction.
class StaffStore final
{
public:
    explicit StaffStore(Database *db)
        : m_db(db)
    {}

    std::optional<Staff> byUsername(const QString &username) const; // case-insensitive
    QList<Staff> all() const;                                       // by username
    qint64 count() const;
    qint64 activeAdministrators() const;
    QString passwordHash(const QString &staffId) const;

    void insert(const Staff &staff, const QString &passwordHash);
    void setRoles(const QString &staffId, Roles roles);
    void setPasswordHash(const QString &staffId, const QString &passwordHash);
    void setActive(const QString &staffId, bool active);
    // One more wrong password; answers the count after it.
    int addFailedAttempt(const QString &staffId);
    // Clears the count and sets (or, with an invalid time, clears) the lock.
    void resetAttempts(const QString &staffId, const QDateTime &lockedUntil = QDateTime());

private:
    Database *m_db = nullptr;
};

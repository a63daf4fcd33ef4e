#include "models/store/StaffStore.h"

#include "models/domain/IsoText.h"
#include "models/sqlite/Database.h"

namespace {
const QString kColumns =
    QStringLiteral("id, username, display_name, roles, active, failed_attempts, locked_until, created_at");

Staff fromRecord(const QSqlQuery &query)
{
    Staff staff;
    staff.id = query.value(0).toString();
    staff.username = query.value(1).toString();
    staff.displayName = query.value(2).toString();
    staff.roles = Roles::fromInt(query.value(3).toInt());
    staff.active = query.value(4).toInt() != 0;
    staff.failedAttempts = query.value(5).toInt();
    staff.lockedUntil = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    staff.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return staff;
}

qint64 single(QSqlQuery &query)
{
    Database::exec(query);
    const qint64 value = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return value;
}
} // namespace

std::optional<Staff> StaffStore::byUsername(const QString &username) const
{
    QSqlQuery &query =
        m_db->prepared(QStringLiteral("SELECT %1 FROM staff WHERE username = ?").arg(kColumns));
    query.addBindValue(username);
    Database::exec(query);
    std::optional<Staff> found;
    if (query.next())
        found = fromRecord(query);
    query.finish();
    return found;
}

QList<Staff> StaffStore::all() const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT %1 FROM staff ORDER BY username").arg(kColumns));
    Database::exec(query);
    QList<Staff> list;
    while (query.next())
        list.append(fromRecord(query));
    query.finish();
    return list;
}

qint64 StaffStore::count() const
{
    return single(m_db->prepared(QStringLiteral("SELECT count(*) FROM staff")));
}

qint64 StaffStore::activeAdministrators() const
{
    QSqlQuery &query =
        m_db->prepared(QStringLiteral("SELECT count(*) FROM staff WHERE active = 1 AND (roles & ?) <> 0"));
    query.addBindValue(int(Role::Administrator));
    return single(query);
}

QString StaffStore::passwordHash(const QString &staffId) const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"));
    query.addBindValue(staffId);
    Database::exec(query);
    const QString hash = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return hash;
}

void StaffStore::insert(const Staff &staff, const QString &passwordHash)
{
    QSqlQuery &insert = m_db->prepared(QStringLiteral(
        "INSERT INTO staff (id, username, display_name, roles, password_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(staff.id);
    insert.addBindValue(staff.username);
    insert.addBindValue(staff.displayName);
    insert.addBindValue(staff.roles.toInt());
    insert.addBindValue(passwordHash);
    insert.addBindValue(staff.active ? 1 : 0);
    insert.addBindValue(IsoText::utcMillis(staff.createdAt));
    Database::exec(insert);
}

void StaffStore::setRoles(const QString &staffId, Roles roles)
{
    QSqlQuery &update = m_db->prepared(QStringLiteral("UPDATE staff SET roles = ? WHERE id = ?"));
    update.addBindValue(roles.toInt());
    update.addBindValue(staffId);
    Database::exec(update);
}

void StaffStore::setPasswordHash(const QString &staffId, const QString &passwordHash)
{
    // A new password also lifts a lock: the administrator has just spoken to the person.
    QSqlQuery &update = m_db->prepared(QStringLiteral(
        "UPDATE staff SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    update.addBindValue(passwordHash);
    update.addBindValue(staffId);
    Database::exec(update);
}

void StaffStore::setActive(const QString &staffId, bool active)
{
    QSqlQuery &update = m_db->prepared(QStringLiteral("UPDATE staff SET active = ? WHERE id = ?"));
    update.addBindValue(active ? 1 : 0);
    update.addBindValue(staffId);
    Database::exec(update);
}

int StaffStore::addFailedAttempt(const QString &staffId)
{
    QSqlQuery &update =
        m_db->prepared(QStringLiteral("UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = ?"));
    update.addBindValue(staffId);
    Database::exec(update);
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT failed_attempts FROM staff WHERE id = ?"));
    query.addBindValue(staffId);
    return int(single(query));
}

void StaffStore::resetAttempts(const QString &staffId, const QDateTime &lockedUntil)
{
    QSqlQuery &update =
        m_db->prepared(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = ? WHERE id = ?"));
    update.addBindValue(lockedUntil.isValid() ? QVariant(IsoText::utcMillis(lockedUntil)) : QVariant());
    update.addBindValue(staffId);
    Database::exec(update);
}

#include "models/commands/StaffAdmin.h"

#include "models/commands/PasswordHasher.h"
#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/Rules.h"
#include "models/domain/Validation.h"
#include "models/store/LocalStore.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStaff, "anticorona.staff")

namespace {
struct Refused
{
    Refusal refusal;
};

// Runs `body` in one write transaction after the permission check; any refusal rolls back.
template<typename Body> CommandResult guarded(Database *db, const Actor &actor, Body body)
{
    if (const Refusal r = Rules::checkPermission(actor, Role::Administrator); r.isRefused())
        return CommandResult::refused(r);
    try {
        WriteTransaction transaction(db);
        const QString value = body();
        transaction.commit();
        return CommandResult::done(value, 0);
    } catch (const Refused &refused) {
        return CommandResult::refused(refused.refusal);
    } catch (const DatabaseError &error) {
        qCWarning(lcStaff) << "staff change failed:" << error.message();
        return CommandResult::failed(error.message());
    }
}
} // namespace

StaffAdmin::StaffAdmin(LocalStore *store, const Clock *clock, const PasswordHasher *hasher,
                       const Actor &actor)
    : m_store(store)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_actor(actor)
{}

CommandResult StaffAdmin::addStaff(const QString &username, const QString &displayName,
                                   const QString &password, Roles roles)
{
    if (const Refusal r = Rules::checkPermission(m_actor, Role::Administrator); r.isRefused())
        return CommandResult::refused(r);
    const QString name = username.trimmed();
    for (const Refusal &r :
         {Rules::checkUsername(name), Validation::checkName(displayName), Rules::checkPassword(password)}) {
        if (r.isRefused())
            return CommandResult::refused(r);
    }
    if (!roles)
        return CommandResult::refused(Refusal::make(RefusalCode::InvalidRoles, QString()));
    // Hashed before the transaction: Argon2 must not hold the write lock.
    const QString hash = m_hasher->hash(password);
    if (hash.isEmpty())
        return CommandResult::failed(QStringLiteral("the password could not be hashed"));
    return guarded(m_store->database(), m_actor, [&] {
        if (m_store->staff()->byUsername(name))
            throw Refused{Refusal::make(RefusalCode::UsernameTaken, name)};
        Staff staff;
        staff.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        staff.username = name;
        staff.displayName = displayName.trimmed();
        staff.roles = roles;
        staff.createdAt = m_clock->now();
        m_store->staff()->insert(staff, hash);
        m_store->audit()->append(m_actor, QStringLiteral("staff-added"), name, m_clock->now());
        return staff.id;
    });
}

CommandResult StaffAdmin::changeRoles(const QString &username, Roles roles)
{
    if (!roles && m_actor.can(Role::Administrator))
        return CommandResult::refused(Refusal::make(RefusalCode::InvalidRoles, QString()));
    return guarded(m_store->database(), m_actor, [&] {
        const auto staff = m_store->staff()->byUsername(username.trimmed());
        if (!staff)
            throw Refused{Refusal::make(RefusalCode::UnknownStaff, username.trimmed())};
        if (staff->active && staff->roles.testFlag(Role::Administrator) &&
            !roles.testFlag(Role::Administrator) && m_store->staff()->activeAdministrators() <= 1)
            throw Refused{Refusal::make(RefusalCode::LastAdministrator)};
        m_store->staff()->setRoles(staff->id, roles);
        m_store->audit()->append(m_actor, QStringLiteral("staff-roles-changed"),
                                 staff->username + QLatin1Char(' ') + roleNames(roles), m_clock->now());
        return staff->id;
    });
}

CommandResult StaffAdmin::resetPassword(const QString &username, const QString &password)
{
    if (const Refusal r = Rules::checkPermission(m_actor, Role::Administrator); r.isRefused())
        return CommandResult::refused(r);
    if (const Refusal r = Rules::checkPassword(password); r.isRefused())
        return CommandResult::refused(r);
    const QString hash = m_hasher->hash(password);
    if (hash.isEmpty())
        return CommandResult::failed(QStringLiteral("the password could not be hashed"));
    return guarded(m_store->database(), m_actor, [&] {
        const auto staff = m_store->staff()->byUsername(username.trimmed());
        if (!staff)
            throw Refused{Refusal::make(RefusalCode::UnknownStaff, username.trimmed())};
        m_store->staff()->setPasswordHash(staff->id, hash);
        m_store->audit()->append(m_actor, QStringLiteral("staff-password-reset"), staff->username,
                                 m_clock->now());
        return staff->id;
    });
}

CommandResult StaffAdmin::deactivate(const QString &username)
{
    return guarded(m_store->database(), m_actor, [&] {
        const auto staff = m_store->staff()->byUsername(username.trimmed());
        if (!staff)
            throw Refused{Refusal::make(RefusalCode::UnknownStaff, username.trimmed())};
        if (staff->active && staff->roles.testFlag(Role::Administrator) &&
            m_store->staff()->activeAdministrators() <= 1)
            throw Refused{Refusal::make(RefusalCode::LastAdministrator)};
        m_store->staff()->setActive(staff->id, false);
        m_store->audit()->append(m_actor, QStringLiteral("staff-deactivated"), staff->username,
                                 m_clock->now());
        return staff->id;
    });
}

#pragma once

#include "models/commands/CommandResult.h"
#include "models/domain/Actor.h"

class Clock;
class LocalStore;
class PasswordHasher;

// An administrator's changes to staff accounts. Each is one write transaction with its
// audit line, refused with NotPermitted (changing nothing) unless the actor is an
// Administrator. The clinic always keeps one active administrator. Done carries the
// staff id. Threading: the thread that opened the store.
class StaffAdmin final
{
public:
    // `actor` is who makes the changes until setActor() names someone else; there is no default.
    StaffAdmin(LocalStore *store, const Clock *clock, const PasswordHasher *hasher, const Actor &actor);

    // The desk's sign-in and sign-out switch who makes the changes.
    void setActor(const Actor &actor) { m_actor = actor; }

    CommandResult addStaff(const QString &username, const QString &displayName, const QString &password,
                           Roles roles);
    CommandResult changeRoles(const QString &username, Roles roles);
    CommandResult resetPassword(const QString &username, const QString &password);
    CommandResult deactivate(const QString &username);

private:
    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
    const PasswordHasher *m_hasher = nullptr;
    Actor m_actor;
};

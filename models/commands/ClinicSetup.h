#pragma once

#include "models/commands/CommandResult.h"
#include "models/domain/Role.h"

class Clock;
class LocalStore;
class PasswordHasher;

// The first run of a desk: names the clinic and creates its first administrator, in one
// write transaction with the audit line. Possible only while there is no staff account,
// so it cannot be used to take over a clinic. Threading: the thread that opened the store.
class ClinicSetup final
{
public:
    ClinicSetup(LocalStore *store, const Clock *clock, const PasswordHasher *hasher);

    bool needsSetup() const; // throws DatabaseError
    // `roles` always gets Administrator added. Done carries the administrator's staff id.
    CommandResult createClinic(const QString &siteName, const QString &adminUsername,
                               const QString &displayName, const QString &password,
                               Roles roles = Role::Administrator);

private:
    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
    const PasswordHasher *m_hasher = nullptr;
};

#pragma once

#include "models/domain/Role.h"
#include "models/domain/Staff.h"

#include <QString>

// Who runs a command: checked against the roles it needs and written to the audit trail.
struct Actor
{
    QString staffId; // empty for a program acting on its own
    QString displayName;
    Roles roles;

    bool can(Role role) const { return roles.testFlag(role); }

    // A program (the CLI, a test, a migration) that may do everything and names itself in the audit.
    static Actor system(const QString &name) { return Actor{QString(), name, everyRole()}; }
    // A desk before anyone has signed in: named in refusals, allowed nothing.
    static Actor nobody(const QString &name) { return Actor{QString(), name, Roles()}; }
    static Actor of(const Staff &staff) { return Actor{staff.id, staff.displayName, staff.roles}; }
};

#pragma once

#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

// What a staff member may do. Stored as a bitmask in staff.roles, so a value never changes meaning.
enum class Role {
    Administrator = 0x1,  // staff accounts, the audit trail
    VaccineManager = 0x2, // vaccines, lots, write-offs
    Reception = 0x4,      // book, cancel
    InjectionStaff = 0x8, // inject, undo an injection
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

QList<Role> allRoles();
Roles everyRole();
QString roleName(Role role); // stable, for the CLI and --json: "admin", "vaccines", "reception", "injection"
QString roleText(Role role); // translated, for people
std::optional<Role> roleFromName(const QString &name);
// "admin,reception" <-> the flags; nullopt for an unknown or empty list.
QString roleNames(Roles roles);
std::optional<Roles> rolesFromNames(const QString &commaSeparated);

#include "models/domain/Role.h"

#include <QCoreApplication>
#include <QStringList>

QList<Role> allRoles()
{
    return {Role::Administrator, Role::VaccineManager, Role::Reception, Role::InjectionStaff};
}

Roles everyRole()
{
    Roles roles;
    for (const Role role : allRoles())
        roles |= role;
    return roles;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("admin");
    case Role::VaccineManager:
        return QStringLiteral("vaccines");
    case Role::Reception:
        return QStringLiteral("reception");
    case Role::InjectionStaff:
        return QStringLiteral("injection");
    }
    return QString();
}

QString roleText(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("Role", "administrator");
    case Role::VaccineManager:
        return QCoreApplication::translate("Role", "vaccine manager");
    case Role::Reception:
        return QCoreApplication::translate("Role", "reception");
    case Role::InjectionStaff:
        return QCoreApplication::translate("Role", "injection staff");
    }
    return QString();
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const Role role : allRoles()) {
        if (roleName(role).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

QString roleNames(Roles roles)
{
    QStringList names;
    for (const Role role : allRoles()) {
        if (roles.testFlag(role))
            names.append(roleName(role));
    }
    return names.join(QLatin1Char(','));
}

std::optional<Roles> rolesFromNames(const QString &commaSeparated)
{
    Roles roles;
    for (const QString &name : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = roleFromName(name);
        if (!role)
            return std::nullopt;
        roles |= *role;
    }
    if (!roles)
        return std::nullopt;
    return roles;
}

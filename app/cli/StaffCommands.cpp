#include "app/cli/StaffCommands.h"

#include "app/cli/CliOutput.h"
#include "app/cli/Invocation.h"
#include "models/commands/PasswordHasher.h"
#include "models/commands/StaffAdmin.h"
#include "models/store/LocalStore.h"

#include <QJsonArray>

#include <iostream>
#include <string>

namespace {
QString firstLineOfStdin()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QString row(const QStringList &cells)
{
    return cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
}
} // namespace

ExitCode StaffCommands::add(const Invocation &invocation)
{
    const QString roleText = invocation.value(QStringLiteral("--role"));
    const auto roles = rolesFromNames(roleText);
    if (!roles)
        return m_output->refused(Refusal::make(RefusalCode::InvalidRoles, roleText));
    const QString password = firstLineOfStdin();
    PasswordHasher hasher;
    StaffAdmin admin(m_store, &m_clock, &hasher, Actor::system(QStringLiteral("anticorona-cli")));
    const QString username = invocation.arguments.at(0).trimmed();
    const CommandResult result =
        admin.addStaff(username, invocation.value(QStringLiteral("--name")), password, *roles);
    if (!result.isDone())
        return m_output->notDone(result, m_store->database()->path());
    return m_output->done({{QStringLiteral("staffId"), result.value},
                           {QStringLiteral("username"), username},
                           {QStringLiteral("roles"), roleNames(*roles)}},
                          tr("Staff account %1 added.").arg(username));
}

ExitCode StaffCommands::list()
{
    QJsonArray list;
    QString table = row({tr("USERNAME"), tr("NAME"), tr("ROLES"), tr("ACTIVE")});
    for (const Staff &staff : m_store->staff()->all()) {
        list.append(QJsonObject{{QStringLiteral("id"), staff.id},
                                {QStringLiteral("username"), staff.username},
                                {QStringLiteral("name"), staff.displayName},
                                {QStringLiteral("roles"), roleNames(staff.roles)},
                                {QStringLiteral("active"), staff.active}});
        table += row(
            {staff.username, staff.displayName, roleNames(staff.roles), staff.active ? tr("yes") : tr("no")});
    }
    return m_output->done({{QStringLiteral("staff"), list}}, table);
}

ExitCode StaffCommands::audit(const Invocation &invocation)
{
    AuditStore::Filter filter;
    filter.staffName = invocation.value(QStringLiteral("--staff"));
    filter.action = invocation.value(QStringLiteral("--action"));
    const QList<AuditEntry> entries = m_store->audit()->page(filter, 0, kAuditLimit);
    QJsonArray list;
    QString table = row({tr("TIME"), tr("STAFF"), tr("ACTION"), tr("SUBJECT")});
    for (const AuditEntry &entry : entries) {
        const QString at = entry.at.toUTC().toString(Qt::ISODateWithMs);
        list.append(QJsonObject{{QStringLiteral("at"), at},
                                {QStringLiteral("staff"), entry.staffName},
                                {QStringLiteral("action"), entry.action},
                                {QStringLiteral("subject"), entry.subject},
                                {QStringLiteral("eventSequence"), entry.eventSequence}});
        table += row({entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), entry.staffName,
                      AuditEntry::actionText(entry.action), entry.subject});
    }
    if (entries.size() == kAuditLimit)
        CliOutput::printErr(tr("Only the newest %1 lines are shown; narrow the search to see the others.\n")
                                .arg(kAuditLimit));
    return m_output->done({{QStringLiteral("audit"), list}}, table);
}

#include "server/ServerCommandLine.h"

QString ServerCommandLine::usage()
{
    return tr("Usage: anticorona-server --database FILE [--config FILE] COMMAND\n"
              "Commands:\n"
              "  site add NAME                        create a site; prints its id last\n"
              "  enroll --site SITE [--expires HOURS] make a one-time enrollment code (default 24 hours); "
              "prints it last\n"
              "  device list                          list enrolled devices\n"
              "  device revoke DEVICE_ID              revoke a device: its token stops working at once\n"
              "  serve [--listen HOST:PORT]           serve protocol v1 (default 127.0.0.1:8080)\n"
              "  verify [--json]                      check the file and the escrow invariants of "
              "docs/protocol.md;\n"
              "                                       exit 0 when all hold, 5 when one does not\n"
              "  help                                 show this text\n");
}

bool ServerCommandLine::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ServerCommandLine::parseListen(const QString &value)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return fail(tr("--listen needs HOST:PORT, e.g. 127.0.0.1:8080."));
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(tr("--listen: \"%1\" is not a port number (0-65535).").arg(value.mid(colon + 1)));
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return fail(tr("--listen: \"%1\" is not an IP address.").arg(host));
    m_invocation.listenAddress = address;
    m_invocation.listenPort = quint16(port);
    return true;
}

bool ServerCommandLine::applyOption(const QString &name, const QString &value)
{
    if (name == QLatin1String("--database")) {
        m_invocation.database = value;
    } else if (name == QLatin1String("--config")) {
        m_invocation.configFile = value;
    } else if (name == QLatin1String("--site")) {
        m_invocation.siteId = value.trimmed();
        m_commandOptions.append(name);
    } else if (name == QLatin1String("--expires")) {
        bool ok = false;
        m_invocation.expiresHours = value.toInt(&ok);
        if (!ok || m_invocation.expiresHours < 1 || m_invocation.expiresHours > kMaxExpiresHours)
            return fail(tr("--expires needs a whole number of hours from 1 to %1.").arg(kMaxExpiresHours));
        m_commandOptions.append(name);
    } else if (name == QLatin1String("--json")) {
        return fail(tr("The option --json takes no value."));
    } else if (name == QLatin1String("--listen")) {
        m_commandOptions.append(name);
        return parseListen(value);
    } else {
        return fail(tr("Unknown option %1.").arg(name));
    }
    return true;
}

bool ServerCommandLine::matchCommand(const QStringList &words)
{
    using Command = ServerInvocation::Command;
    const QString first = words.value(0);
    const QString second = words.value(1);
    QStringList allowedOptions;
    qsizetype expectedWords = 1;
    if (first == QLatin1String("help")) {
        m_invocation.command = Command::Help;
    } else if (first == QLatin1String("site") && second == QLatin1String("add")) {
        m_invocation.command = Command::SiteAdd;
        m_invocation.siteName = words.value(2);
        expectedWords = 3;
        if (words.size() < 3)
            return fail(tr("site add needs a NAME."));
    } else if (first == QLatin1String("enroll")) {
        m_invocation.command = Command::Enroll;
        allowedOptions = {QStringLiteral("--site"), QStringLiteral("--expires")};
        if (!m_commandOptions.contains(QLatin1String("--site")))
            return fail(tr("enroll needs --site SITE."));
    } else if (first == QLatin1String("device") && second == QLatin1String("list")) {
        m_invocation.command = Command::DeviceList;
        expectedWords = 2;
    } else if (first == QLatin1String("device") && second == QLatin1String("revoke")) {
        m_invocation.command = Command::DeviceRevoke;
        m_invocation.deviceId = words.value(2).trimmed();
        expectedWords = 3;
        if (words.size() < 3)
            return fail(tr("device revoke needs a DEVICE_ID."));
    } else if (first == QLatin1String("verify")) {
        m_invocation.command = Command::Verify;
        allowedOptions = {QStringLiteral("--json")};
    } else if (first == QLatin1String("serve")) {
        m_invocation.command = Command::Serve;
        allowedOptions = {QStringLiteral("--listen")};
    } else if (first.isEmpty()) {
        return fail(tr("No command given."));
    } else {
        return fail(tr("Unknown command \"%1\".").arg(words.join(QLatin1Char(' '))));
    }
    if (words.size() > expectedWords)
        return fail(tr("Unexpected argument \"%1\".").arg(words.at(expectedWords)));
    for (const QString &option : std::as_const(m_commandOptions)) {
        if (!allowedOptions.contains(option))
            return fail(tr("The option %1 does not belong to this command.").arg(option));
    }
    return true;
}

bool ServerCommandLine::parse(const QStringList &arguments)
{
    m_invocation = ServerInvocation();
    m_commandOptions.clear();
    m_error.clear();
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            words = {QStringLiteral("help")};
            break;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            words.append(argument);
            continue;
        }
        if (argument == QLatin1String("--json")) {
            m_invocation.json = true;
            m_commandOptions.append(argument);
            continue;
        }
        QString name = argument;
        QString value;
        if (const qsizetype equals = argument.indexOf(QLatin1Char('=')); equals > 0) {
            name = argument.left(equals);
            value = argument.mid(equals + 1);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            return fail(tr("The option %1 needs a value.").arg(argument));
        }
        if (!applyOption(name, value))
            return false;
    }
    if (!matchCommand(words))
        return false;
    if (m_invocation.command != ServerInvocation::Command::Help && m_invocation.database.isEmpty())
        return fail(tr("--database FILE is required."));
    return true;
}

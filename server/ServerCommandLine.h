#pragma once

#include "server/ServerInvocation.h"

#include <QCoreApplication>
#include <QStringList>

// Parses, strictly:
//   anticorona-server --database FILE [--config FILE] COMMAND
//     site add NAME | enroll --site SITE [--expires HOURS] | device list |
//     device revoke DEVICE_ID | serve [--listen HOST:PORT] | verify [--json] | help
// Options may come before or after the command's words; each command accepts only its own.
class ServerCommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommandLine)

public:
    static constexpr int kMaxExpiresHours = 24 * 365;

    bool parse(const QStringList &arguments);
    const ServerInvocation &invocation() const { return m_invocation; }
    QString errorMessage() const { return m_error; }
    static QString usage();

private:
    bool fail(const QString &message);
    bool matchCommand(const QStringList &words);
    bool applyOption(const QString &name, const QString &value);
    bool parseListen(const QString &value);

    ServerInvocation m_invocation;
    QStringList m_commandOptions; // options given that belong to one command
    QString m_error;
};

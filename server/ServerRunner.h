#pragma once

#include "server/ServerExitCode.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;
class SqliteServerStore;
struct ServerConfig;
struct ServerInvocation;

// Runs one anticorona-server command line: parses it, opens the store, runs the command and
// says what happened. Ordinary output goes to stdout (the value a script wants on the last
// line), problems to stderr. The database is closed before run() returns.
class ServerRunner final
{
    Q_DECLARE_TR_FUNCTIONS(ServerRunner)

public:
    ServerExitCode run(const QStringList &arguments);

private:
    ServerExitCode addSite(SqliteServerStore *store, const ServerInvocation &invocation);
    ServerExitCode enroll(SqliteServerStore *store, const ServerInvocation &invocation);
    ServerExitCode listDevices(SqliteServerStore *store);
    ServerExitCode revokeDevice(SqliteServerStore *store, const ServerInvocation &invocation);
    ServerExitCode serve(SqliteServerStore *store, const ServerInvocation &invocation,
                         const ServerConfig &config);

    ServerExitCode verify(SqliteServerStore *store, const ServerInvocation &invocation);

    ServerExitCode refuse(const QString &message);
    // With `json`, stdout also gets {"ok":false,"error":error,"message":message}.
    ServerExitCode fail(ServerExitCode code, const QString &error, const QString &message, bool json);
};

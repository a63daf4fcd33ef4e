#include "server/ServerRunner.h"

#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/Validation.h"
#include "server/ServerCommandLine.h"
#include "server/ServerConfig.h"
#include "server/SignalWatcher.h"
#include "server/auth/Credentials.h"
#include "server/http/HttpService.h"
#include "server/store/SqliteServerStore.h"

#include <QTextStream>

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}
} // namespace

ServerExitCode ServerRunner::refuse(const QString &message)
{
    err() << message << Qt::endl;
    return ServerExitCode::Refused;
}

ServerExitCode ServerRunner::run(const QStringList &arguments)
{
    ServerCommandLine commandLine;
    if (!commandLine.parse(arguments)) {
        err() << commandLine.errorMessage() << Qt::endl
              << Qt::endl
              << ServerCommandLine::usage() << Qt::flush;
        return ServerExitCode::Usage;
    }
    const ServerInvocation &invocation = commandLine.invocation();
    if (invocation.command == ServerInvocation::Command::Help) {
        out() << ServerCommandLine::usage() << Qt::flush;
        return ServerExitCode::Done;
    }
    ServerConfig config;
    if (!invocation.configFile.isEmpty()) {
        QString error;
        const std::optional<ServerConfig> loaded = ServerConfig::load(invocation.configFile, &error);
        if (!loaded) {
            err() << error << Qt::endl;
            return ServerExitCode::Usage;
        }
        config = *loaded;
    }

    SqliteServerStore store;
    if (!store.open(invocation.database)) {
        err() << store.errorMessage() << Qt::endl;
        return ServerExitCode::Database;
    }
    ServerExitCode code = ServerExitCode::Done;
    try {
        switch (invocation.command) {
        case ServerInvocation::Command::SiteAdd:
            code = addSite(&store, invocation);
            break;
        case ServerInvocation::Command::Enroll:
            code = enroll(&store, invocation);
            break;
        case ServerInvocation::Command::DeviceList:
            code = listDevices(&store);
            break;
        case ServerInvocation::Command::DeviceRevoke:
            code = revokeDevice(&store, invocation);
            break;
        case ServerInvocation::Command::Serve:
            code = serve(&store, invocation, config);
            break;
        case ServerInvocation::Command::Help:
            break;
        }
    } catch (const DatabaseError &error) {
        err() << tr("The database failed: %1").arg(error.message()) << Qt::endl;
        code = ServerExitCode::Database;
    }
    store.close();
    return code;
}

ServerExitCode ServerRunner::addSite(SqliteServerStore *store, const ServerInvocation &invocation)
{
    const QString name = invocation.siteName.trimmed();
    if (const Refusal refusal = Validation::checkName(name); refusal.isRefused())
        return refuse(refusal.message);
    const QString id = store->addSite(name, SystemClock().now());
    out() << tr("Created the site \"%1\"; its id:").arg(name) << Qt::endl << id << Qt::endl;
    return ServerExitCode::Done;
}

ServerExitCode ServerRunner::enroll(SqliteServerStore *store, const ServerInvocation &invocation)
{
    if (!store->siteExists(invocation.siteId))
        return refuse(tr("There is no site with the id %1.").arg(invocation.siteId));
    const QString code = Credentials::newEnrollmentCode();
    const QDateTime now = SystemClock().now();
    const QDateTime expires = now.addSecs(qint64(invocation.expiresHours) * 3600);
    store->addEnrollmentCode(Credentials::hash(Credentials::normaliseEnrollmentCode(code)), invocation.siteId,
                             now, expires);
    out() << tr("One-time enrollment code for site %1, valid until %2 UTC:")
                 .arg(invocation.siteId, expires.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
          << Qt::endl
          << code << Qt::endl;
    return ServerExitCode::Done;
}

ServerExitCode ServerRunner::listDevices(SqliteServerStore *store)
{
    const QList<DeviceRecord> devices = store->devices();
    if (devices.isEmpty()) {
        out() << tr("No device is enrolled.") << Qt::endl;
        return ServerExitCode::Done;
    }
    for (const DeviceRecord &device : devices) {
        const QString state = device.isRevoked()
                                  ? tr("revoked %1").arg(device.revokedAt.toUTC().toString(Qt::ISODate))
                                  : tr("active");
        out() << device.id << '\t' << device.siteId << '\t' << device.enrolledAt.toUTC().toString(Qt::ISODate)
              << '\t' << state << '\t' << device.name << Qt::endl;
    }
    return ServerExitCode::Done;
}

ServerExitCode ServerRunner::revokeDevice(SqliteServerStore *store, const ServerInvocation &invocation)
{
    if (!store->revokeDevice(invocation.deviceId, SystemClock().now()))
        return refuse(tr("There is no device with the id %1.").arg(invocation.deviceId));
    out() << tr("Revoked the device %1: its token no longer works.").arg(invocation.deviceId) << Qt::endl;
    return ServerExitCode::Done;
}

ServerExitCode ServerRunner::serve(SqliteServerStore *store, const ServerInvocation &invocation,
                                   const ServerConfig &config)
{
    SystemClock clock;
    SignalWatcher watcher;
    HttpService service(store, &clock, config);
    quint16 port = 0;
    QString error;
    if (!service.listen(invocation.listenAddress, invocation.listenPort, &port, &error)) {
        err() << tr("Cannot listen on %1:%2: %3")
                     .arg(invocation.listenAddress.toString())
                     .arg(invocation.listenPort)
                     .arg(error)
              << Qt::endl;
        return ServerExitCode::Network;
    }
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &service, &HttpService::shutdown);
    QObject::connect(&service, &HttpService::finished, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(0); });
    // Scripts and tests read the port from this line (useful with --listen 127.0.0.1:0).
    out() << tr("anticorona-server listening on %1:%2").arg(invocation.listenAddress.toString()).arg(port)
          << Qt::endl;
    const int result = QCoreApplication::exec();
    out() << tr("anticorona-server stopped.") << Qt::endl;
    return result == 0 ? ServerExitCode::Done : ServerExitCode::Database;
}

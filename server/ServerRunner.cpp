#include "server/ServerRunner.h"

#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/KoreanParticles.h"
#include "models/domain/PrintableText.h"
#include "models/domain/Validation.h"
#include "models/sqlite/WalCheckpointer.h"
#include "server/ServerCommandLine.h"
#include "server/ServerConfig.h"
#include "server/SignalWatcher.h"
#include "server/auth/Credentials.h"
#include "server/http/HttpService.h"
#include "server/store/ServerSchema.h"
#include "server/store/ServerVerifier.h"
#include "server/store/SqliteServerStore.h"
#include "sync/protocol/Enrollment.h"

#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <memory>

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

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}
} // namespace

ServerExitCode ServerRunner::refuse(const QString &message)
{
    err() << KoreanParticles::fitted(message) << Qt::endl;
    return ServerExitCode::Refused;
}

ServerExitCode ServerRunner::fail(ServerExitCode code, const QString &error, const QString &message,
                                  bool json)
{
    // Fitted once: a script reading --json gets the sentence people read on stderr.
    const QString text = KoreanParticles::fitted(message);
    if (json) {
        printJson({{QStringLiteral("ok"), false},
                   {QStringLiteral("error"), error},
                   {QStringLiteral("message"), text}});
    }
    err() << text << Qt::endl;
    return code;
}

ServerExitCode ServerRunner::run(const QStringList &arguments)
{
    ServerCommandLine commandLine;
    if (!commandLine.parse(arguments)) {
        const QString text = KoreanParticles::fitted(commandLine.errorMessage());
        // Only verify takes --json, but a script that asked for JSON gets it for its typo too.
        if (std::any_of(arguments.cbegin(), arguments.cend(),
                        [](const QString &argument) { return argument.startsWith(QLatin1String("--json")); }))
            printJson({{QStringLiteral("ok"), false},
                       {QStringLiteral("error"), QStringLiteral("usage")},
                       {QStringLiteral("message"), text}});
        err() << text << Qt::endl << Qt::endl << ServerCommandLine::usage() << Qt::flush;
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
        if (!loaded)
            return fail(ServerExitCode::Usage, QStringLiteral("usage"), error, invocation.json);
        config = *loaded;
    }

    SqliteServerStore store;
    // verify reports on a file; it must never leave a new empty one behind.
    const bool verifying = invocation.command == ServerInvocation::Command::Verify;
    if (!store.open(invocation.database,
                    verifying ? Database::OpenMode::MustExist : Database::OpenMode::CreateIfMissing))
        return fail(ServerExitCode::Database, QStringLiteral("database"), store.errorMessage(),
                    invocation.json);
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
        case ServerInvocation::Command::Verify:
            code = verify(&store, invocation);
            break;
        case ServerInvocation::Command::Help:
            break;
        }
    } catch (const DatabaseError &error) {
        code = fail(ServerExitCode::Database, QStringLiteral("database"),
                    tr("The database failed: %1").arg(error.message()), invocation.json);
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
    out() << KoreanParticles::fitted(tr("Created the site \"%1\"; its id:").arg(name)) << Qt::endl
          << id << Qt::endl;
    return ServerExitCode::Done;
}

ServerExitCode ServerRunner::enroll(SqliteServerStore *store, const ServerInvocation &invocation)
{
    if (!store->siteExists(invocation.siteId))
        return refuse(tr("There is no site with the id %1.").arg(invocation.siteId));
    const QString code = Credentials::newEnrollmentCode();
    const QDateTime now = SystemClock().now();
    const QDateTime expires = now.addSecs(qint64(invocation.expiresHours) * 3600);
    store->addEnrollmentCode(Credentials::hash(EnrollRequest::normaliseCode(code)), invocation.siteId, now,
                             expires);
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
              << '\t' << state << '\t' << PrintableText::escaped(device.name) << Qt::endl; // one row each
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
    // A request never waits for a checkpoint and its fsyncs: the log is copied back from
    // another thread, as on the desk (bench_sync_drain: a push of 1,000 events paid one every
    // few requests). Made before the service, so it outlives every request.
    std::unique_ptr<WalCheckpointer> checkpointer;
    if (store->database()->setAutoCheckpoint(false))
        checkpointer = std::make_unique<WalCheckpointer>(invocation.database, ServerSchema::spec());
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

ServerExitCode ServerRunner::verify(SqliteServerStore *store, const ServerInvocation &invocation)
{
    const VerifyReport report = ServerVerifier(store->database()).run();
    if (report.ok()) {
        if (invocation.json)
            printJson(report.toJson());
        else
            out() << tr("ok: %n check(s) passed.", nullptr, report.checks) << Qt::endl;
        return ServerExitCode::Done;
    }
    const QString verdict = tr("%n check(s) failed.", nullptr, int(report.findings.size()));
    if (invocation.json) {
        QJsonObject object = report.toJson();
        object.insert(QStringLiteral("error"), QStringLiteral("verify_failed"));
        object.insert(QStringLiteral("message"), verdict);
        printJson(object);
    } else {
        // The findings are the report asked for: stdout, one per line, code first.
        for (const VerifyFinding &finding : report.findings)
            out() << finding.code << ": " << KoreanParticles::fitted(finding.message) << Qt::endl;
    }
    err() << verdict << Qt::endl;
    return ServerExitCode::Findings;
}

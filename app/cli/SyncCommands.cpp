#include "app/cli/SyncCommands.h"

#include "app/cli/CliOutput.h"
#include "app/cli/CommandLine.h"
#include "app/cli/CommandSpec.h"
#include "app/cli/Invocation.h"
#include "models/commands/DeskCommands.h"
#include "models/domain/ConflictText.h"
#include "models/domain/DatabaseError.h"
#include "models/store/ConflictStore.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"
#include "sync/Enroller.h"
#include "sync/HttpTransport.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatus.h"
#include "sync/TokenStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSysInfo>

namespace {
QString row(const QStringList &cells)
{
    return cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
}

QString errorName(Enroller::Outcome outcome)
{
    switch (outcome) {
    case Enroller::Outcome::Enrolled:
        return {};
    case Enroller::Outcome::BadAddress:
        return QStringLiteral("bad_address");
    case Enroller::Outcome::AlreadyEnrolled:
        return QStringLiteral("already_enrolled");
    case Enroller::Outcome::NoTokenStore:
        return QStringLiteral("no_token_store");
    case Enroller::Outcome::Refused:
        return QStringLiteral("enrollment_refused");
    case Enroller::Outcome::Unreachable:
        return QStringLiteral("unreachable");
    case Enroller::Outcome::ServerFailed:
        return QStringLiteral("server_failed");
    case Enroller::Outcome::TokenFailed:
        return QStringLiteral("token_store");
    case Enroller::Outcome::StoreFailed:
        return QStringLiteral("database");
    }
    return {};
}

ExitCode exitFor(Enroller::Outcome outcome)
{
    switch (outcome) {
    case Enroller::Outcome::Enrolled:
        return ExitCode::Done;
    case Enroller::Outcome::BadAddress:
    case Enroller::Outcome::AlreadyEnrolled:
    case Enroller::Outcome::Refused:
        return ExitCode::Refused;
    case Enroller::Outcome::NoTokenStore:
    case Enroller::Outcome::TokenFailed:
    case Enroller::Outcome::StoreFailed:
        return ExitCode::Database;
    case Enroller::Outcome::Unreachable:
    case Enroller::Outcome::ServerFailed:
        return ExitCode::Server;
    }
    return ExitCode::Refused;
}

} // namespace

ExitCode SyncCommands::enroll(const Invocation &invocation)
{
    Enroller::Request request;
    request.server = QUrl(invocation.value(QStringLiteral("--server")).trimmed());
    request.code = invocation.value(QStringLiteral("--code"));
    request.deviceName = invocation.has(QStringLiteral("--name")) ? invocation.value(QStringLiteral("--name"))
                                                                  : QSysInfo::machineHostName();
    if (request.deviceName.trimmed().isEmpty())
        request.deviceName = QStringLiteral("anticorona-cli");
    // Absolute, so `sync` finds it from any working directory.
    if (invocation.has(QStringLiteral("--token-file")))
        request.tokenFile = QFileInfo(invocation.value(QStringLiteral("--token-file"))).absoluteFilePath();
    const Enroller::Result result = Enroller(m_store).enroll(request);
    if (!result.enrolled()) {
        QJsonObject fields;
        if (!result.reason.isEmpty())
            fields.insert(QStringLiteral("reason"), result.reason);
        return m_output->failed(exitFor(result.outcome), errorName(result.outcome), result.message, fields);
    }
    return m_output->done({{QStringLiteral("deviceId"), result.deviceId},
                           {QStringLiteral("siteId"), result.siteId},
                           {QStringLiteral("server"), result.server},
                           {QStringLiteral("tokenStore"), result.tokenStore}},
                          tr("Enrolled with %1 as device %2 of site %3; the token is in %4.")
                              .arg(result.server, result.deviceId, result.siteId, result.tokenStore));
}

ExitCode SyncCommands::sync()
{
    const DeskStore desk(m_store->database());
    const QString server = desk.serverUrl();
    if (server.isEmpty())
        return m_output->done({{QStringLiteral("standalone"), true},
                               {QStringLiteral("waiting"), 0},
                               {QStringLiteral("pushed"), 0},
                               {QStringLiteral("pulled"), 0}},
                              tr("This desk is standalone: it has no server to sync with."));

    const std::unique_ptr<TokenStore> tokens = Enroller::tokenStoreFor(desk.tokenFile());
    const TokenResult token = tokens->read(m_store->identity().deviceId);
    if (token.status == TokenResult::Status::Failed)
        return m_output->failed(
            ExitCode::Database, QStringLiteral("token_store"),
            tr("The desk's token cannot be read from %1: %2").arg(tokens->description(), token.error));
    if (token.status == TokenResult::Status::NotFound)
        return m_output->refused(QStringLiteral("not_enrolled"),
                                 tr("The desk's token is not in %1. Enroll a new database file with a new "
                                    "code.")
                                     .arg(tokens->description()));

    HttpTransport transport;
    if (!transport.setBaseUrl(QUrl(server)))
        return m_output->refused(QStringLiteral("bad_address"), transport.baseUrlError());
    SyncEngine engine(m_store, &transport, &m_clock);
    engine.setToken(token.token);
    const SyncRound round = engine.syncOnce();
    const qint64 waiting = m_store->outbox()->pendingCount();
    const QJsonObject fields{{QStringLiteral("standalone"), false},
                             {QStringLiteral("outcome"), SyncRound::outcomeCode(round.outcome)},
                             {QStringLiteral("pushed"), round.pushed},
                             {QStringLiteral("accepted"), round.accepted},
                             {QStringLiteral("rejected"), round.rejected},
                             {QStringLiteral("pulled"), round.pulled},
                             {QStringLiteral("waiting"), waiting}};
    using Outcome = SyncRound::Outcome;
    switch (round.outcome) {
    case Outcome::Done:
        break;
    case Outcome::Unreachable:
    case Outcome::Busy:
    case Outcome::ServerFailed:
    case Outcome::Malformed:
        return m_output->failed(ExitCode::Server, SyncRound::outcomeCode(round.outcome), round.message,
                                fields);
    case Outcome::StoreFailed:
        return m_output->failed(ExitCode::Database, SyncRound::outcomeCode(round.outcome), round.message,
                                fields);
    case Outcome::NotEnrolled:
    case Outcome::Revoked:
    case Outcome::Refused:
        return m_output->refused(SyncRound::outcomeCode(round.outcome), round.message, fields);
    }
    if (round.rejected > 0)
        return m_output->refused(
            QStringLiteral("events_rejected"),
            tr("The server refused %n change(s); each is a conflict now (anticorona-cli conflicts).", nullptr,
               round.rejected),
            fields);
    if (waiting > 0) // made meanwhile by another program on this file: the next round sends them
        return m_output->failed(ExitCode::Refused, QStringLiteral("still_waiting"),
                                tr("%n change(s) are still waiting to be sent.", nullptr, int(waiting)),
                                fields);
    return m_output->done(fields, tr("Synced with %1: %2 change(s) sent, %3 received; nothing is waiting.")
                                      .arg(server)
                                      .arg(round.pushed)
                                      .arg(round.pulled));
}

ExitCode SyncCommands::status()
{
    const SyncStatus status = SyncStatus::read(m_store);
    QJsonObject json = status.toJson();
    const QString tokenFile = DeskStore(m_store->database()).tokenFile();
    QString tokenStore;
    if (!status.standalone())
        tokenStore = Enroller::tokenStoreFor(tokenFile)->description();
    json.insert(QStringLiteral("tokenStore"), tokenStore.isEmpty() ? QJsonValue() : QJsonValue(tokenStore));

    QString text;
    if (status.standalone())
        text += tr("Standalone: no server; this desk owns all rights.\n");
    else
        text += tr("Server: %1 (device %2; the token is in %3)\n")
                    .arg(status.server, status.deviceId, tokenStore);
    text += tr("Waiting to be sent: %1\n").arg(status.waiting);
    text += tr("Last sync: %1\n").arg(status.lastSync.isEmpty() ? tr("never") : status.lastSync);
    text += tr("Open conflicts: %1\n").arg(status.conflicts);
    text += row({tr("VACCINE"), tr("RIGHTS"), tr("SURETIES")});
    for (const StockLevel &level : m_store->stock()->levels())
        text += row({level.vaccineName, QString::number(status.rights.value(level.vaccineId)),
                     QString::number(status.sureties.value(level.vaccineId))});
    return m_output->done(json, text);
}

ExitCode SyncCommands::conflicts()
{
    const QList<ConflictStore::Row> open = ConflictStore(m_store->database()).open(kListLimit);
    QJsonArray list;
    QString table = row({tr("ID"), tr("CHANGE"), tr("REASON"), tr("AT"), tr("MESSAGE")});
    for (const ConflictStore::Row &conflict : open) {
        list.append(
            QJsonObject{{QStringLiteral("id"), conflict.id},
                        {QStringLiteral("eventId"), conflict.eventId},
                        {QStringLiteral("eventType"), conflict.eventType},
                        {QStringLiteral("sequence"), conflict.sequence},
                        {QStringLiteral("bookingId"),
                         conflict.bookingId.isEmpty() ? QJsonValue() : QJsonValue(conflict.bookingId)},
                        {QStringLiteral("reason"), conflict.reason},
                        {QStringLiteral("message"), conflict.message},
                        {QStringLiteral("at"), conflict.at}});
        // People read words; --json keeps the stable codes for scripts.
        table += row({QString::number(conflict.id), ConflictText::eventType(conflict.eventType),
                      ConflictText::reason(conflict.reason), conflict.at, conflict.message});
    }
    if (open.isEmpty())
        table = tr("No open conflicts.");
    return m_output->done({{QStringLiteral("conflicts"), list}}, table);
}

ExitCode SyncCommands::resolve(const Invocation &invocation)
{
    const QString keep = invocation.value(QStringLiteral("--keep"));
    if (keep != QLatin1String("ours") && keep != QLatin1String("theirs"))
        return m_output->usage(tr("--keep takes ours or theirs, not \"%1\".").arg(keep),
                               CommandLine::help(*invocation.command));
    bool isNumber = false;
    const qint64 id = invocation.arguments.at(0).toLongLong(&isNumber);
    const QString reason = invocation.value(QStringLiteral("--reason"));
    bool resolved = false;
    if (isNumber) {
        // DeskCommands, as the desk's Sync page: the resolution and its audit line together.
        DeskCommands commands(m_store, &m_clock, Actor::system(QStringLiteral("anticorona-cli")));
        const CommandResult result =
            commands.resolveConflict(id,
                                     keep == QLatin1String("ours") ? ConflictStore::Resolution::KeepOurs
                                                                   : ConflictStore::Resolution::TakeTheirs,
                                     reason);
        if (result.status == CommandResult::Status::Failed)
            throw DatabaseError(result.error);
        resolved = result.isDone();
    }
    if (!resolved)
        return m_output->refused(QStringLiteral("unknown_conflict"),
                                 tr("There is no open conflict %1 (anticorona-cli conflicts lists them).")
                                     .arg(invocation.arguments.at(0)));
    return m_output->done(
        {{QStringLiteral("id"), id}, {QStringLiteral("resolution"), keep}},
        tr("Conflict %1 is resolved: %2 kept.")
            .arg(id)
            .arg(keep == QLatin1String("ours") ? tr("this desk's version") : tr("the server's version")));
}

#include "app/cli/CliRunner.h"

#include "app/cli/CliOutput.h"
#include "app/cli/CommandLine.h"
#include "app/cli/CommandSpec.h"
#include "app/cli/ReadCommands.h"
#include "app/cli/StaffCommands.h"
#include "app/cli/SyncCommands.h"
#include "app/cli/WriteCommands.h"
#include "models/domain/DatabaseError.h"
#include "models/store/LocalStore.h"

namespace {
ExitCode dispatch(const Invocation &invocation, LocalStore *store, CliOutput *output)
{
    WriteCommands writer(store, output);
    ReadCommands reader(store, output);
    StaffCommands staff(store, output);
    SyncCommands sync(store, output);
    switch (invocation.command->id) {
    case CommandId::VaccineAdd:
        return writer.addVaccine(invocation);
    case CommandId::LotReceive:
        return writer.receiveLot(invocation);
    case CommandId::WriteOff:
        return writer.writeOff(invocation);
    case CommandId::Book:
        return writer.book(invocation);
    case CommandId::Cancel:
        return writer.cancel(invocation);
    case CommandId::Inject:
        return writer.inject(invocation);
    case CommandId::UndoInject:
        return writer.undoInject(invocation);
    case CommandId::StaffAdd:
        return staff.add(invocation);
    case CommandId::StaffList:
        return staff.list();
    case CommandId::Audit:
        return staff.audit(invocation);
    case CommandId::Demo:
        return writer.demo(invocation);
    case CommandId::Bookings:
        return reader.bookings(invocation);
    case CommandId::Stock:
        return reader.stock();
    case CommandId::Verify:
        return reader.verify();
    case CommandId::Enroll:
        return sync.enroll(invocation);
    case CommandId::Sync:
        return sync.sync();
    case CommandId::Status:
        return sync.status();
    case CommandId::Conflicts:
        return sync.conflicts();
    case CommandId::ConflictResolve:
        return sync.resolve(invocation);
    }
    return ExitCode::Usage;
}
} // namespace

ExitCode CliRunner::run(const QStringList &arguments)
{
    CommandLine commandLine;
    const bool parsed = commandLine.parse(arguments);
    const Invocation &invocation = commandLine.invocation();
    // A script that asked for JSON gets it even when the error comes before --json is parsed.
    CliOutput output(invocation.json || arguments.contains(QStringLiteral("--json")));
    if (!parsed) {
        const QString help = invocation.command ? CommandLine::help(*invocation.command)
                                                : tr("Run anticorona-cli --help for the commands.\n");
        return output.usage(commandLine.errorMessage(), help);
    }
    if (invocation.help) {
        // With --json the help is the one JSON object too, so a script's parser never meets plain text.
        const QString help =
            invocation.command ? CommandLine::help(*invocation.command) : CommandLine::help();
        return output.done({{QStringLiteral("help"), help}}, help);
    }

    LocalStore store;
    const auto mode = invocation.command->createsDatabase ? Database::OpenMode::CreateIfMissing
                                                          : Database::OpenMode::MustExist;
    if (!store.open(invocation.database, mode)) {
        // LocalStore can fail after the database opened (reading the desk's identity) without a message.
        const QString message = store.errorMessage();
        return output.databaseFailed(
            message.isEmpty() ? tr("Cannot open the database %1.").arg(invocation.database) : message);
    }
    try {
        return dispatch(invocation, &store, &output);
    } catch (const DatabaseError &error) {
        return output.statementFailed(invocation.database, error.message());
    }
}

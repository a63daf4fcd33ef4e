#include "app/cli/CommandSpec.h"

#include <QCoreApplication>

QString CommandSpec::usageLine() const
{
    const QString rest = QString::fromLatin1(synopsis);
    return rest.isEmpty() ? name() : name() + QLatin1Char(' ') + rest;
}

const QList<CommandSpec> &CommandSpec::all()
{
    static const QList<CommandSpec> commands{
        {.id = CommandId::VaccineAdd,
         .words = {"vaccine", "add"},
         .arguments = {"NAME"},
         .required = {"--manufacturer"},
         .createsDatabase = true,
         .synopsis = "NAME --manufacturer TEXT",
         .summary = QT_TRANSLATE_NOOP("CommandSpec", "Registers a vaccine; prints its id.")},
        {.id = CommandId::LotReceive,
         .words = {"lot", "receive"},
         .required = {"--vaccine", "--lot", "--expiry", "--quantity"},
         .integers = {"--quantity"},
         .synopsis = "--vaccine ID --lot TEXT --expiry YYYY-MM-DD --quantity N",
         .summary = QT_TRANSLATE_NOOP("CommandSpec", "Receives a lot of doses into stock.")},
        {.id = CommandId::WriteOff,
         .words = {"writeoff"},
         .required = {"--vaccine", "--quantity", "--reason"},
         .optional = {"--lot"},
         .integers = {"--quantity"},
         .synopsis = "--vaccine ID --quantity N --reason TEXT [--lot TEXT]",
         .summary = QT_TRANSLATE_NOOP("CommandSpec",
                                      "Writes off wasted or expired doses (at most the available ones)\n"
                                      "from the named lot (default: the earliest expiry first).")},
        {.id = CommandId::Book,
         .words = {"book"},
         .required = {"--vaccine", "--name", "--birth-date", "--phone", "--at"},
         .synopsis = "--vaccine ID --name TEXT --birth-date YYYY-MM-DD --phone TEXT --at YYYY-MM-DDTHH:MM",
         .summary = QT_TRANSLATE_NOOP("CommandSpec", "Books a vaccination; prints the booking code.")},
        {.id = CommandId::Cancel,
         .words = {"cancel"},
         .arguments = {"CODE"},
         .synopsis = "CODE",
         .summary = QT_TRANSLATE_NOOP("CommandSpec", "Cancels a booked booking.")},
        {.id = CommandId::Inject,
         .words = {"inject"},
         .arguments = {"CODE"},
         .optional = {"--lot"},
         .synopsis = "CODE [--lot TEXT]",
         .summary = QT_TRANSLATE_NOOP("CommandSpec",
                                      "Records the injection of a booked booking; prints the lot used\n"
                                      "(default: the earliest unexpired lot with doses left).")},
        {.id = CommandId::UndoInject,
         .words = {"undo-inject"},
         .arguments = {"CODE"},
         .synopsis = "CODE",
         .summary = QT_TRANSLATE_NOOP("CommandSpec",
                                      "Takes back today's latest injection of a booking made at this desk:\n"
                                      "the dose returns to its lot and the booking is booked again.")},
        {.id = CommandId::StaffAdd,
         .words = {"staff", "add"},
         .arguments = {"USERNAME"},
         .required = {"--name", "--role"},
         .createsDatabase = true,
         .synopsis = "USERNAME --name TEXT --role ROLE[,ROLE...]",
         .summary = QT_TRANSLATE_NOOP("CommandSpec",
                                      "Adds a staff account; the password is the first line of stdin.\n"
                                      "Roles: admin, vaccines, reception, injection.")},
        {.id = CommandId::StaffList,
         .words = {"staff", "list"},
         .summary = QT_TRANSLATE_NOOP("CommandSpec", "Lists the staff accounts and their roles.")},
        {.id = CommandId::Audit,
         .words = {"audit"},
         .optional = {"--staff", "--action"},
         .synopsis = "[--staff NAME] [--action ACTION]",
         .summary = QT_TRANSLATE_NOOP("CommandSpec",
                                      "Shows the audit trail, newest first (at most 100 lines): who did\n"
                                      "what, and when.")},
        {.id = CommandId::Bookings,
         .words = {"bookings"},
         .optional = {"--phone", "--name", "--code"},
         .oneOptionalAtMost = true,
         .synopsis = "[--phone P | --name N | --code C]",
         .summary = QT_TRANSLATE_NOOP("CommandSpec",
                                      "Lists the bookings whose phone, name or code starts with the text\n"
                                      "(at most 100; without a filter, any 100).")},
        {.id = CommandId::Stock,
         .words = {"stock"},
         .summary =
             QT_TRANSLATE_NOOP("CommandSpec", "Shows per vaccine the doses on hand, booked and available.")},
        {.id = CommandId::Verify,
         .words = {"verify"},
         .summary = QT_TRANSLATE_NOOP("CommandSpec",
                                      "Checks the database: integrity, booked <= on hand, counters and\n"
                                      "outbox. Exits 1 and lists the problems when one does not hold.")},
        {.id = CommandId::Demo,
         .words = {"demo"},
         .required = {"--bookings"},
         .integers = {"--bookings"},
         .createsDatabase = true,
         .synopsis = "--bookings N",
         .summary = QT_TRANSLATE_NOOP("CommandSpec",
                                      "Fills the database with a demo clinic of N bookings; progress\n"
                                      "goes to stderr.")},
        {.id = CommandId::Enroll,
         .words = {"enroll"},
         .required = {"--server", "--code"},
         .optional = {"--token-file", "--name"},
         .createsDatabase = true,
         .synopsis = "--server URL --code CODE [--token-file PATH] [--name NAME]",
         .summary = QT_TRANSLATE_NOOP(
             "CommandSpec",
             "Makes this desk a device of the server's site with a one-time code from the\n"
             "administrator. The token goes to the system keychain, or to --token-file (mode 0600)\n"
             "where there is none; --name is how the server lists the desk (default: this computer's).")},
        {.id = CommandId::Sync,
         .words = {"sync"},
         .summary = QT_TRANSLATE_NOOP("CommandSpec",
                                      "Runs one round with the server: sends the changes waiting, then\n"
                                      "reads the site's changes. A standalone desk has nothing to do.")},
        {.id = CommandId::Status,
         .words = {"status"},
         .summary = QT_TRANSLATE_NOOP("CommandSpec",
                                      "Shows where the desk stands with the server: changes waiting, rights\n"
                                      "and sureties per vaccine, open conflicts, the last sync.")},
        {.id = CommandId::Conflicts,
         .words = {"conflicts"},
         .summary = QT_TRANSLATE_NOOP("CommandSpec",
                                      "Lists the open conflicts: changes the server refused and clashes in\n"
                                      "the site's changes (at most 100).")},
        {.id = CommandId::ConflictResolve,
         .words = {"conflicts", "resolve"},
         .arguments = {"ID"},
         .required = {"--keep"},
         .optional = {"--reason"},
         .synopsis = "ID --keep ours|theirs [--reason TEXT]",
         .summary = QT_TRANSLATE_NOOP(
             "CommandSpec", "Closes a conflict, keeping this desk's version or the server's; a new\n"
                            "booking or correction is a command of its own.")},
    };
    return commands;
}

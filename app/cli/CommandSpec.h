#pragma once

#include <QList>
#include <QStringList>

enum class CommandId {
    VaccineAdd,
    LotReceive,
    WriteOff,
    Book,
    Cancel,
    Inject,
    UndoInject,
    StaffAdd,
    StaffList,
    Audit,
    Bookings,
    Stock,
    Verify,
    Demo,
    Enroll,
    Sync,
    Status,
    Conflicts,
    ConflictResolve
};

// The grammar of one command: its words, positional arguments and options. The
// parser is driven by this table, so the help text and the parser cannot disagree.
struct CommandSpec
{
    CommandId id = CommandId::Stock;
    QStringList words = {};         // "lot", "receive"
    QStringList arguments = {};     // placeholders of the positional arguments, all required
    QStringList required = {};      // options that must be given, "--vaccine"
    QStringList optional = {};      // options that may be given
    QStringList integers = {};      // options whose value must be a whole number
    bool oneOptionalAtMost = false; // `bookings` searches by one field
    // Creates the database when missing: only the commands that can succeed on a new file. The
    // others need it to exist, so a mistyped --database is a missing database, not a new file
    // that then has no such vaccine or booking.
    bool createsDatabase = false;
    const char *synopsis = ""; // the options and arguments after the words, untranslated
    const char *summary = "";  // QT_TRANSLATE_NOOP("CommandSpec", ...)

    QString name() const { return words.join(QLatin1Char(' ')); }
    QString usageLine() const;
    static const QList<CommandSpec> &all();
};

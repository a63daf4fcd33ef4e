#pragma once

#include "app/cli/Invocation.h"

#include <QCoreApplication>

struct CommandSpec;

// Parses anticorona-cli's arguments strictly against the CommandSpec table:
//   anticorona-cli --database FILE [--json] COMMAND [ARGUMENTS] [OPTIONS]
// Anything it does not know, a missing value or argument, an extra argument or a
// quantity that is not a whole number or does not fit an int is a usage error. Whether a value makes
// sense (a date, a quantity of 0) is for the command's rules to say.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // False on a usage error, with errorMessage() saying what is wrong.
    bool parse(const QStringList &arguments);
    const Invocation &invocation() const { return m_invocation; }
    QString errorMessage() const { return m_error; }

    // The full help, or one command's.
    static QString help();
    static QString help(const CommandSpec &command);

private:
    bool fail(const QString &message);
    // Global options are taken anywhere; a command's own only after its words.
    bool takeOption(const QStringList &arguments, int &index, const CommandSpec *command);
    bool matchCommand(const QStringList &arguments, int &index);
    bool checkComplete();

    Invocation m_invocation;
    QString m_error;
};

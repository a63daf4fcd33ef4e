#pragma once

#include "app/cli/ExitCode.h"
#include "models/commands/DeskCommands.h"
#include "models/domain/Clock.h"

#include <QCoreApplication>

class CliOutput;
class LocalStore;
struct Invocation;

// The commands that change the store: each runs one DeskCommands transaction, so
// a refusal or a failure leaves the database as it was. Dates are parsed here;
// a malformed one is a refusal (exit 1) like any other rule, not a usage error.
class WriteCommands final
{
    Q_DECLARE_TR_FUNCTIONS(WriteCommands)

public:
    WriteCommands(LocalStore *store, CliOutput *output);

    ExitCode addVaccine(const Invocation &invocation);
    ExitCode receiveLot(const Invocation &invocation);
    ExitCode writeOff(const Invocation &invocation);
    ExitCode book(const Invocation &invocation);
    ExitCode cancel(const Invocation &invocation);
    ExitCode inject(const Invocation &invocation);
    ExitCode undoInject(const Invocation &invocation);
    // Throws DatabaseError.
    ExitCode demo(const Invocation &invocation);

private:
    LocalStore *m_store = nullptr;
    CliOutput *m_output = nullptr;
    SystemClock m_clock;
    DeskCommands m_commands;
};

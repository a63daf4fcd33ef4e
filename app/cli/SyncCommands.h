#pragma once

#include "app/cli/ExitCode.h"
#include "models/domain/Clock.h"

#include <QCoreApplication>

class CliOutput;
class LocalStore;
struct Invocation;

// The desk's side of sync on the command line: enroll, sync (one round), status and the
// conflict list. Exit codes as everywhere (ExitCode.h), plus 4 when the server could not be
// reached. Every method throws DatabaseError when SQLite fails; the runner turns that into 3.
class SyncCommands final
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    static constexpr int kListLimit = 100;

    SyncCommands(LocalStore *store, CliOutput *output)
        : m_store(store)
        , m_output(output)
    {}

    ExitCode enroll(const Invocation &invocation);
    ExitCode sync();
    ExitCode status();
    ExitCode conflicts();
    ExitCode resolve(const Invocation &invocation);

private:
    LocalStore *m_store = nullptr;
    CliOutput *m_output = nullptr;
    SystemClock m_clock;
};

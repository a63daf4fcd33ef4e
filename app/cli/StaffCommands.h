#pragma once

#include "app/cli/ExitCode.h"
#include "models/domain/Clock.h"

#include <QCoreApplication>

class CliOutput;
class LocalStore;
struct Invocation;

// Staff accounts and the audit trail from the command line. The CLI acts as
// Actor::system("anticorona-cli"): whoever can run it on the desk's database file
// is already trusted with all of it. Every method throws DatabaseError.
class StaffCommands final
{
    Q_DECLARE_TR_FUNCTIONS(StaffCommands)

public:
    static constexpr int kAuditLimit = 100;

    StaffCommands(LocalStore *store, CliOutput *output)
        : m_store(store)
        , m_output(output)
    {}

    // The password is the first line of stdin, so it never shows in `ps` or a shell history.
    ExitCode add(const Invocation &invocation);
    ExitCode list();
    ExitCode audit(const Invocation &invocation);

private:
    LocalStore *m_store = nullptr;
    CliOutput *m_output = nullptr;
    SystemClock m_clock;
};

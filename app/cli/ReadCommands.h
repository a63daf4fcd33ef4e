#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>

class CliOutput;
class LocalStore;
struct Invocation;

// The commands that only read: bookings, stock and verify. Every method throws
// DatabaseError when SQLite fails; the runner turns that into exit code 3.
class ReadCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ReadCommands)

public:
    static constexpr int kListLimit = 100;

    ReadCommands(LocalStore *store, CliOutput *output)
        : m_store(store)
        , m_output(output)
    {}

    ExitCode bookings(const Invocation &invocation);
    ExitCode stock();
    ExitCode verify();

private:
    LocalStore *m_store = nullptr;
    CliOutput *m_output = nullptr;
};

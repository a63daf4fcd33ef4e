#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

// One run of anticorona-cli: parse, open the store (creating it only for the
// commands that write), run the command, report. No exception leaves run().
class CliRunner final
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    // `arguments` without the program name.
    ExitCode run(const QStringList &arguments);
};

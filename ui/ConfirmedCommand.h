#pragma once

#include "models/commands/CommandResult.h"

#include <QString>

#include <functional>

class QWidget;

// The desk's pattern for a change that cannot be taken back by Ctrl+Z (cancel a booking, undo an
// injection, deactivate an account): ask first, with No as the default answer, then run the
// command and show why it was refused, if it was.
namespace ConfirmedCommand {
// True when the person answered Yes and the command was done.
bool run(QWidget *parent, const QString &title, const QString &question, const QString &refusedTitle,
         const std::function<CommandResult()> &command);
} // namespace ConfirmedCommand

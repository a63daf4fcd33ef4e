#pragma once

#include "models/commands/CommandResult.h"

#include <QString>

// What staff read when the desk's database fails under them (a full disk, a damaged file, a
// lock held too long): one plain sentence in their language. SQLite's own text, which names
// tables and constraints but never a customer's details, goes to the log (anticorona.ui) for
// whoever supports the desk.
namespace StoreError {
QString forStaff(const QString &detail);
// A command's answer for staff: the rule's reason when refused, the sentence above when it failed.
QString messageOf(const CommandResult &result);
} // namespace StoreError

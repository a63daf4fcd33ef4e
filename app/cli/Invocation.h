#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

struct CommandSpec;

// One parsed command line. The parser has already checked it against the
// command's spec: every required option and argument is here, integers parse.
struct Invocation
{
    const CommandSpec *command = nullptr; // null when only --help was asked for
    QString database;
    bool json = false;
    bool help = false;
    QStringList arguments;
    QHash<QString, QString> options; // keyed by the option as typed: "--vaccine"

    bool has(const QString &option) const { return options.contains(option); }
    QString value(const QString &option) const { return options.value(option); }
    int integer(const QString &option) const;
};

#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

struct CommandResult;
struct Refusal;

// Everything anticorona-cli prints goes through here. With --json, stdout gets
// exactly one compact JSON object per run ({"ok":true,...} or {"ok":false,
// "error":...,"message":...}); people's messages always go to stderr as well,
// in the user's language. Each reporting method answers the exit code to use.
class CliOutput final
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    explicit CliOutput(bool json)
        : m_json(json)
    {}
    bool isJson() const { return m_json; }

    // `fields` go into the JSON object next to "ok":true; `text` is printed without --json.
    ExitCode done(const QJsonObject &fields, const QString &text);
    ExitCode refused(const Refusal &refusal);
    // A refusal that is not one of the rules' codes ("verify_failed"), with extra JSON fields.
    ExitCode refused(const QString &error, const QString &message, const QJsonObject &fields = {});
    // The database could not be opened; `message` names the file and says why.
    ExitCode databaseFailed(const QString &message);
    // A statement failed on an open database (SQLite's message, untranslated).
    ExitCode statementFailed(const QString &database, const QString &sqliteMessage);
    ExitCode usage(const QString &message, const QString &help);
    // Any other failure with its exit code (the server unreachable, no place for the token).
    ExitCode failed(ExitCode code, const QString &error, const QString &message,
                    const QJsonObject &fields = {});
    // A refused or failed command result.
    ExitCode notDone(const CommandResult &result, const QString &database);

    static void printOut(const QString &text);
    static void printErr(const QString &text);

private:
    ExitCode failure(ExitCode code, const QString &error, const QString &message, const QJsonObject &fields);

    bool m_json = false;
};

#include "app/cli/CliOutput.h"

#include "models/commands/CommandResult.h"
#include "models/domain/KoreanParticles.h"

#include <QJsonDocument>

#include <cstdio>

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString withNewline(const QString &text)
{
    return text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n');
}

void printJson(const QJsonObject &object)
{
    write(stdout,
          QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}
} // namespace

void CliOutput::printOut(const QString &text)
{
    write(stdout, KoreanParticles::fitted(text));
}

void CliOutput::printErr(const QString &text)
{
    write(stderr, KoreanParticles::fitted(text));
}

ExitCode CliOutput::done(const QJsonObject &fields, const QString &text)
{
    if (m_json) {
        QJsonObject object = fields;
        object.insert(QStringLiteral("ok"), true);
        printJson(object);
    } else if (!text.isEmpty()) {
        printOut(withNewline(text));
    }
    return ExitCode::Done;
}

ExitCode CliOutput::failure(ExitCode code, const QString &error, const QString &message,
                            const QJsonObject &fields)
{
    if (m_json) {
        QJsonObject object = fields;
        object.insert(QStringLiteral("ok"), false);
        object.insert(QStringLiteral("error"), error);
        object.insert(QStringLiteral("message"), KoreanParticles::fitted(message));
        printJson(object);
    }
    printErr(withNewline(message));
    return code;
}

ExitCode CliOutput::refused(const Refusal &refusal)
{
    return failure(ExitCode::Refused, Refusal::codeName(refusal.code), refusal.message, {});
}

ExitCode CliOutput::refused(const QString &error, const QString &message, const QJsonObject &fields)
{
    return failure(ExitCode::Refused, error, message, fields);
}

ExitCode CliOutput::databaseFailed(const QString &message)
{
    return failure(ExitCode::Database, QStringLiteral("database"), message, {});
}

ExitCode CliOutput::statementFailed(const QString &database, const QString &sqliteMessage)
{
    return databaseFailed(tr("The database %1 failed: %2").arg(database, sqliteMessage));
}

ExitCode CliOutput::usage(const QString &message, const QString &help)
{
    const QString text = tr("anticorona-cli: %1").arg(message);
    if (m_json) {
        printJson({{QStringLiteral("ok"), false},
                   {QStringLiteral("error"), QStringLiteral("usage")},
                   {QStringLiteral("message"), KoreanParticles::fitted(message)}});
    }
    printErr(withNewline(text) + help);
    return ExitCode::Usage;
}

ExitCode CliOutput::failed(ExitCode code, const QString &error, const QString &message,
                           const QJsonObject &fields)
{
    return failure(code, error, message, fields);
}

ExitCode CliOutput::notDone(const CommandResult &result, const QString &database)
{
    if (result.status == CommandResult::Status::Refused)
        return refused(result.refusal);
    return statementFailed(database, result.error);
}

#include "app/cli/CommandLine.h"

#include "app/cli/CommandSpec.h"

#include <QRegularExpression>

#include <limits>
#include <optional>

namespace {
const QString kDatabase = QStringLiteral("--database");
const QString kJson = QStringLiteral("--json");

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h");
}

// Digits with an optional minus, of any length: whether it fits an int is checked apart, so
// 99999999999999999999 is "too large", not "not a whole number".
bool isWholeNumber(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^-?[0-9]+$"));
    return shape.match(text).hasMatch();
}

// "-3" is a value (a quantity the rules will refuse), "-x" an option nobody knows.
bool isOption(const QString &argument)
{
    return argument.size() > 1 && argument.startsWith(QLatin1Char('-')) && !isWholeNumber(argument);
}

struct Option
{
    QString name;
    std::optional<QString> inlineValue; // --name=value
};

Option splitOption(const QString &argument)
{
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    if (!argument.startsWith(QLatin1String("--")) || equals < 0)
        return {argument, std::nullopt};
    return {argument.left(equals), argument.mid(equals + 1)};
}
} // namespace

bool CommandLine::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool CommandLine::parse(const QStringList &arguments)
{
    m_invocation = Invocation();
    m_error.clear();
    int index = 0;
    while (index < arguments.size() && isOption(arguments.at(index))) {
        if (!takeOption(arguments, index, nullptr))
            return false;
        ++index;
    }
    if (m_invocation.help)
        return true;
    if (index == arguments.size())
        return fail(tr("No command given."));
    if (!matchCommand(arguments, index))
        return false;
    for (; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        if (isOption(argument)) {
            if (!takeOption(arguments, index, m_invocation.command))
                return false;
        } else if (m_invocation.arguments.size() < m_invocation.command->arguments.size()) {
            m_invocation.arguments.append(argument);
        } else {
            return fail(tr("Unexpected argument \"%1\".").arg(argument));
        }
    }
    return m_invocation.help || checkComplete();
}

bool CommandLine::takeOption(const QStringList &arguments, int &index, const CommandSpec *command)
{
    const Option option = splitOption(arguments.at(index));
    if (isHelp(option.name) && !option.inlineValue) {
        m_invocation.help = true;
        return true;
    }
    if (option.name == kJson) {
        if (option.inlineValue)
            return fail(tr("The option %1 takes no value.").arg(kJson));
        m_invocation.json = true;
        return true;
    }
    const bool known =
        option.name == kDatabase ||
        (command && (command->required.contains(option.name) || command->optional.contains(option.name)));
    if (!known)
        return fail(command ? tr("The command \"%1\" has no option %2.").arg(command->name(), option.name)
                            : tr("Unknown option %1.").arg(option.name));

    QString value;
    if (option.inlineValue) {
        value = *option.inlineValue;
    } else if (index + 1 < arguments.size() && !arguments.at(index + 1).startsWith(QLatin1String("--"))) {
        value = arguments.at(++index);
    } else {
        return fail(tr("The option %1 needs a value.").arg(option.name));
    }
    if (option.name == kDatabase) {
        if (!m_invocation.database.isEmpty())
            return fail(tr("The option %1 is given twice.").arg(option.name));
        if (value.isEmpty())
            return fail(tr("The option %1 needs a value.").arg(option.name));
        m_invocation.database = value;
        return true;
    }
    if (m_invocation.options.contains(option.name))
        return fail(tr("The option %1 is given twice.").arg(option.name));
    m_invocation.options.insert(option.name, value);
    return true;
}

bool CommandLine::matchCommand(const QStringList &arguments, int &index)
{
    const CommandSpec *best = nullptr;
    for (const CommandSpec &command : CommandSpec::all()) {
        if (arguments.mid(index, command.words.size()) == command.words &&
            (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    if (!best) {
        // "vaccine frobnicate": name both words, so the message points at the wrong one.
        QString typed = arguments.at(index);
        for (const CommandSpec &command : CommandSpec::all()) {
            if (command.words.size() > 1 && command.words.first() == typed && index + 1 < arguments.size()) {
                typed += QLatin1Char(' ') + arguments.at(index + 1);
                break;
            }
        }
        return fail(tr("Unknown command \"%1\".").arg(typed));
    }
    m_invocation.command = best;
    index += int(best->words.size());
    return true;
}

bool CommandLine::checkComplete()
{
    const CommandSpec &command = *m_invocation.command;
    if (m_invocation.database.isEmpty())
        return fail(tr("The option %1 FILE is required.").arg(kDatabase));
    if (m_invocation.arguments.size() < command.arguments.size())
        return fail(
            tr("The argument %1 is missing.").arg(command.arguments.at(m_invocation.arguments.size())));
    for (const QString &option : command.required) {
        if (!m_invocation.has(option))
            return fail(tr("The option %1 is required.").arg(option));
    }
    for (const QString &option : command.integers) {
        if (!m_invocation.has(option))
            continue;
        const QString value = m_invocation.value(option);
        if (!isWholeNumber(value))
            return fail(tr("The value of %1 must be a whole number, not \"%2\".").arg(option, value));
        bool fits = false;
        value.toInt(&fits);
        if (!fits && value.startsWith(QLatin1Char('-')))
            return fail(tr("The value of %1, %2, is too small (at least %3).")
                            .arg(option, value)
                            .arg(std::numeric_limits<int>::min()));
        if (!fits)
            return fail(tr("The value of %1, %2, is too large (at most %3).")
                            .arg(option, value)
                            .arg(std::numeric_limits<int>::max()));
    }
    if (command.oneOptionalAtMost) {
        int given = 0;
        for (const QString &option : command.optional)
            given += m_invocation.has(option) ? 1 : 0;
        if (given > 1)
            return fail(tr("Give at most one of %1.").arg(command.optional.join(QStringLiteral(", "))));
    }
    return true;
}

QString CommandLine::help()
{
    QString text = tr("Usage: anticorona-cli --database FILE [--json] COMMAND [ARGUMENTS] [OPTIONS]\n\n"
                      "Commands:\n");
    for (const CommandSpec &command : CommandSpec::all()) {
        // Summaries break their own lines; the indent is the layout's business, not the translator's.
        const QString summary = QCoreApplication::translate("CommandSpec", command.summary)
                                    .replace(QLatin1Char('\n'), QStringLiteral("\n      "));
        text += QStringLiteral("  %1\n      %2\n").arg(command.usageLine(), summary);
    }
    text += tr("\nGlobal options:\n"
               "  --database FILE  the desk's database; vaccine add, staff add, demo and enroll create it\n"
               "                   when missing, every other command needs it to exist\n"
               "  --json           print exactly one JSON object on stdout\n"
               "  --help           print this help\n"
               "\nDates are YYYY-MM-DD; appointments YYYY-MM-DDTHH:MM in the clinic's local time.\n"
               "\nExit codes:\n"
               "  0  done\n"
               "  1  refused by a rule, or verify found a problem; stderr says why\n"
               "  2  usage error\n"
               "  3  database error: missing, damaged, locked, read-only or from a newer version;\n"
               "     enroll: no system keychain answers and no --token-file was given\n"
               "  4  the server could not be reached or did not answer; stderr says why\n");
    return text;
}

QString CommandLine::help(const CommandSpec &command)
{
    const QString summary = QCoreApplication::translate("CommandSpec", command.summary)
                                .replace(QLatin1Char('\n'), QStringLiteral("\n  "));
    return tr("Usage: anticorona-cli --database FILE [--json] %1\n  %2\n").arg(command.usageLine(), summary);
}

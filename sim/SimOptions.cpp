#include "SimOptions.h"

#include "SimOperations.h"

#include <algorithm>

namespace {
template<typename Number> bool readNumber(const QString &text, Number minimum, Number *out)
{
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    if (!ok || value < qulonglong(minimum) || value > qulonglong(std::numeric_limits<Number>::max()))
        return false;
    *out = Number(value);
    return true;
}
} // namespace

QString SimOptions::usage()
{
    return QStringLiteral("usage: anticorona-sim --seeds N [--first-seed S] [--desks D] [--steps K] "
                          "[--without OP,OP] [--shrink-runs R] [--verbose] [--trace]\n"
                          "       anticorona-sim --seed S [--skip 3,17,40-52] [--desks D] [--steps K] ...");
}

QString SimOptions::replayCommand(quint64 seed) const
{
    QString command =
        QStringLiteral("anticorona-sim --seed %1 --desks %2 --steps %3").arg(seed).arg(desks).arg(steps);
    if (!without.isEmpty())
        command += QStringLiteral(" --without ") + without.join(QLatin1Char(','));
    if (!skip.isEmpty())
        command += QStringLiteral(" --skip ") + formatSteps(skip);
    return command + QStringLiteral(" --verbose");
}

bool SimOptions::parseSteps(const QString &text, QList<int> *steps)
{
    QList<int> parsed;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype dash = part.indexOf(QLatin1Char('-'));
        int first = 0;
        int last = 0;
        if (!readNumber<int>(dash < 0 ? part : part.left(dash), 1, &first) ||
            !readNumber<int>(dash < 0 ? part : part.mid(dash + 1), 1, &last) || last < first)
            return false;
        for (int step = first; step <= last; ++step)
            parsed.append(step);
    }
    std::sort(parsed.begin(), parsed.end());
    parsed.erase(std::unique(parsed.begin(), parsed.end()), parsed.end());
    *steps = parsed;
    return true;
}

QString SimOptions::formatSteps(const QList<int> &steps)
{
    QStringList parts;
    for (qsizetype i = 0; i < steps.size();) {
        qsizetype end = i;
        while (end + 1 < steps.size() && steps.at(end + 1) == steps.at(end) + 1)
            ++end;
        parts << (end == i ? QString::number(steps.at(i))
                           : QStringLiteral("%1-%2").arg(steps.at(i)).arg(steps.at(end)));
        i = end + 1;
    }
    return parts.join(QLatin1Char(','));
}

std::optional<SimOptions> SimOptions::parse(const QStringList &arguments, QString *error)
{
    SimOptions options;
    bool seedsGiven = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &name = arguments.at(i);
        if (name == QLatin1String("--verbose") || name == QLatin1String("--trace")) {
            options.verbose = true;
            options.trace = options.trace || name == QLatin1String("--trace");
            continue;
        }
        if (i + 1 >= arguments.size()) {
            *error = name + QStringLiteral(" needs a value");
            return std::nullopt;
        }
        const QString value = arguments.at(++i);
        bool ok = false;
        if (name == QLatin1String("--seeds")) {
            ok = readNumber<quint64>(value, 1, &options.seeds);
            seedsGiven = ok;
        } else if (name == QLatin1String("--seed")) {
            ok = readNumber<quint64>(value, 0, &options.firstSeed);
            options.seeds = 1;
            seedsGiven = ok;
        } else if (name == QLatin1String("--skip")) {
            ok = parseSteps(value, &options.skip);
        } else if (name == QLatin1String("--shrink-runs")) {
            ok = readNumber<int>(value, 0, &options.shrinkRuns);
        } else if (name == QLatin1String("--first-seed")) {
            ok = readNumber<quint64>(value, 0, &options.firstSeed);
        } else if (name == QLatin1String("--desks")) {
            ok = readNumber<int>(value, 2, &options.desks) && options.desks <= 8;
        } else if (name == QLatin1String("--steps")) {
            ok = readNumber<int>(value, 1, &options.steps);
        } else if (name == QLatin1String("--without")) {
            options.without = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            ok = !options.without.isEmpty();
        } else {
            *error = QStringLiteral("unknown option ") + name;
            return std::nullopt;
        }
        if (!ok) {
            *error = QStringLiteral("bad value for %1: %2").arg(name, value);
            return std::nullopt;
        }
    }
    for (const QString &kind : std::as_const(options.without)) {
        if (!SimOperations::kindNames().contains(kind)) {
            *error = QStringLiteral("--without: no operation %1 (there are %2)")
                         .arg(kind, SimOperations::kindNames().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    if (!seedsGiven) {
        *error = QStringLiteral("--seeds or --seed is required");
        return std::nullopt;
    }
    return options;
}

#include "SimOptions.h"

#include "SimOperations.h"

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
                          "[--without OP,OP] [--verbose] [--trace]");
}

QString SimOptions::replayCommand(quint64 seed) const
{
    QString command = QStringLiteral("anticorona-sim --seeds 1 --first-seed %1 --desks %2 --steps %3")
                          .arg(seed)
                          .arg(desks)
                          .arg(steps);
    if (!without.isEmpty())
        command += QStringLiteral(" --without ") + without.join(QLatin1Char(','));
    return command + QStringLiteral(" --verbose");
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
        *error = QStringLiteral("--seeds is required");
        return std::nullopt;
    }
    return options;
}

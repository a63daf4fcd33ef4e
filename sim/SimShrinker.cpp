#include "SimShrinker.h"

#include "SimRunner.h"

#include <QRegularExpression>
#include <QSet>

namespace {
// A run that failed at a step never ran the steps after it: they cannot matter.
QList<int> upTo(const QList<int> &kept, int failedStep)
{
    if (failedStep <= 0)
        return kept;
    QList<int> narrowed;
    for (int step : kept) {
        if (step <= failedStep)
            narrowed.append(step);
    }
    return narrowed;
}
} // namespace

QString SimShrinker::signature(const SeedResult &result)
{
    if (result.ok())
        return QString();
    // Booking codes, uuids and their six-character tails differ from run to run (the system's
    // random generator makes them); step numbers and counts move as steps are dropped.
    static const QRegularExpression code(QStringLiteral("\\b[2-9A-HJ-NP-Z]{8}\\b"));
    static const QRegularExpression hex(QStringLiteral("\\b[0-9a-f][0-9a-f-]{5,}\\b"));
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QString text = result.failedCheck.isEmpty() ? QStringLiteral("verdict") : result.failedCheck;
    text.replace(code, QStringLiteral("<code>"));
    text.replace(hex, QStringLiteral("<id>"));
    text.replace(number, QStringLiteral("<n>"));
    return text;
}

SimOptions SimShrinker::plan(const SimOptions &options, const QList<int> &kept)
{
    SimOptions narrowed = options;
    narrowed.seeds = 1;
    narrowed.steps = kept.isEmpty() ? 1 : kept.constLast();
    const QSet<int> run(kept.cbegin(), kept.cend());
    narrowed.skip.clear();
    for (int step = 1; step <= narrowed.steps; ++step) {
        if (!run.contains(step))
            narrowed.skip.append(step);
    }
    return narrowed;
}

SimShrinker::Result SimShrinker::shrink(quint64 seed, const SeedResult &failed) const
{
    const QString target = signature(failed);
    const QSet<int> skipped(m_options.skip.cbegin(), m_options.skip.cend());
    QList<int> kept;
    for (int step = 1; step <= m_options.steps; ++step) {
        if (!skipped.contains(step))
            kept.append(step);
    }
    Result result;
    result.failed = failed;
    result.kept = upTo(kept, failed.failedStep);
    result.options = plan(m_options, result.kept);
    result.originalSteps = failed.steps;
    if (target.isEmpty())
        return result;

    const auto attempt = [&](const QList<int> &candidate) {
        ++result.runs;
        const SimOptions options = plan(m_options, candidate);
        SeedResult rerun = SimRunner(options, m_seams).run(seed);
        if (signature(rerun) != target)
            return false;
        result.kept = upTo(candidate, rerun.failedStep);
        result.options = plan(m_options, result.kept);
        result.failed = std::move(rerun);
        return true;
    };

    qsizetype chunk = std::max<qsizetype>(1, result.kept.size() / 2);
    while (!result.kept.isEmpty() && result.runs < m_maxRuns) {
        bool dropped = false;
        for (qsizetype start = 0; start < result.kept.size() && result.runs < m_maxRuns;) {
            QList<int> candidate = result.kept;
            candidate.remove(start, std::min(chunk, candidate.size() - start));
            if (attempt(candidate))
                dropped = true; // the next chunk moved to `start`
            else
                start += chunk;
        }
        if (chunk > 1)
            chunk = std::max<qsizetype>(1, std::min(chunk / 2, result.kept.size() / 2));
        else if (!dropped)
            break; // no single step can go: as short as dropping steps makes it
    }
    return result;
}

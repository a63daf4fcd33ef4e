#include "bench/BenchFigures.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {
// The children to kill: read by a signal handler, so a fixed array of plain values.
constexpr int kMaxChildren = 8;
volatile sig_atomic_t children[kMaxChildren] = {};

// Whether PID is still a child of this process: one that ended on its own and was reaped may
// have left its number to someone else's process. Only async-signal-safe calls.
bool isOurChild(pid_t pid)
{
    char path[32] = "/proc/";
    char digits[16];
    int n = 0;
    for (pid_t rest = pid; rest > 0 && n < 15; rest /= 10)
        digits[n++] = char('0' + rest % 10);
    int at = 6;
    while (n > 0)
        path[at++] = digits[--n];
    const char tail[] = "/stat";
    for (const char c : tail)
        path[at++] = c;
    const int fd = ::open(path, O_RDONLY);
    if (fd < 0)
        return false;
    char text[512];
    const ssize_t size = ::read(fd, text, sizeof text - 1);
    ::close(fd);
    if (size <= 0)
        return false;
    // "PID (COMMAND) STATE PPID ...": the command may hold spaces and parentheses.
    ssize_t close = size - 1;
    while (close > 0 && text[close] != ')')
        --close;
    ssize_t i = close + 4; // past ") S "
    pid_t parent = 0;
    for (; i < size && text[i] >= '0' && text[i] <= '9'; ++i)
        parent = parent * 10 + (text[i] - '0');
    return parent == ::getpid();
}

void killChildren()
{
    for (int i = 0; i < kMaxChildren; ++i) {
        const auto pid = pid_t(children[i]);
        if (pid > 0 && isOurChild(pid))
            ::kill(pid, SIGKILL);
    }
}

void killChildrenAndDie(int signal)
{
    killChildren();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// VmHWM of /proc/WHO/status in MB, or -1.
double vmHwmMb(const QString &who)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(who));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

double BenchFigures::peakRssMb()
{
    if (const double mb = vmHwmMb(QStringLiteral("self")); mb >= 0)
        return mb;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double BenchFigures::peakRssMbOf(qint64 pid)
{
    return std::max(0.0, vmHwmMb(QString::number(pid)));
}

double BenchFigures::cpuSecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // The command name may hold spaces: the fields are counted after its closing parenthesis.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

bool BenchFigures::resetPeakRss()
{
    malloc_trim(0); // hand freed heap back first, or it still counts
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double BenchFigures::median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double BenchFigures::percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(p * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

void BenchFigures::say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void BenchFigures::killOnExit(qint64 pid)
{
    static const bool installed = [] {
        std::atexit(killChildren);
        std::signal(SIGINT, killChildrenAndDie);
        std::signal(SIGTERM, killChildrenAndDie);
        return true;
    }();
    Q_UNUSED(installed);
    for (int i = 0; i < kMaxChildren; ++i) {
        if (children[i] <= 0) {
            children[i] = sig_atomic_t(pid);
            return;
        }
    }
}

void BenchFigures::forgetOnExit(qint64 pid)
{
    for (int i = 0; i < kMaxChildren; ++i) {
        if (children[i] == sig_atomic_t(pid))
            children[i] = 0;
    }
}

void BenchFigures::die(const QString &message)
{
    std::fprintf(stdout, "error: %s\n", qPrintable(message));
    std::exit(1);
}

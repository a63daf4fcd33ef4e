#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

// What the benchmarks measure of their own process (and of a server they started), and how they summarise
// their samples.
namespace BenchFigures {
// The process's peak resident memory (VmHWM) in MB.
double peakRssMb();
// Another process's VmHWM in MB (/proc/PID/status); 0 when it cannot be read.
double peakRssMbOf(qint64 pid);
// Another process's user + system CPU time so far in seconds (/proc/PID/stat, clock ticks); 0 when
// it cannot be read.
double cpuSecondsOf(qint64 pid);
// Starts the peak over from the current size (after seeding, say). False when the kernel refuses.
bool resetPeakRss();
// The middle sample (the mean of the two middle ones for an even count); 0 for none.
double median(std::vector<double> values);
// The nearest-rank percentile, p in [0, 1]; 0 for no samples.
double percentile(std::vector<double> values, double p);
// One line of progress on stdout, flushed at once (a benchmark runs for minutes).
void say(const QString &line);
// A child process (a server the benchmark started) to kill with SIGKILL if the benchmark ends
// before it stops it: on die(), any other exit(), SIGINT or SIGTERM. Up to 8 at once.
void killOnExit(qint64 pid);
// The child has stopped (or is about to be stopped) by the benchmark itself.
void forgetOnExit(qint64 pid);
// "error: ..." on stdout and exit 1: a benchmark that cannot set itself up has nothing to report.
[[noreturn]] void die(const QString &message);
} // namespace BenchFigures

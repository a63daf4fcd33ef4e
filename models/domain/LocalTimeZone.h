#pragma once

#include <QByteArray>

// With TZ unset, glibc's mktime() and tzset() look at /etc/localtime again on every call
// (a stat, and a re-read when it changed), and Qt calls tzset() before each local-time
// conversion: several system calls per booking on the desk's hot path. Naming the same
// file in TZ lets glibc keep the zone it has read. The only difference: a zone changed
// while the program runs is seen at its next start.
namespace LocalTimeZone {

// Sets TZ to ":" + zoneFile when TZ is unset; an explicit TZ is left alone. Call it first
// thing in main(), before any thread starts (it changes the environment). Tests name another
// zone file to see that the pin takes effect.
void pin(const QByteArray &zoneFile = QByteArrayLiteral("/etc/localtime"));

} // namespace LocalTimeZone

#pragma once

#include <QString>
#include <QUuid>

// Version 7 UUIDs (RFC 9562): 48 bits of Unix milliseconds, then random bits. Still
// globally unique, but made in time order, so inserting them into a unique index appends
// to its last leaf instead of touching a random page of a million-entry B-tree (the
// booking uid and the outbox event id; bench/README.md).
// Thread-safe; the ids one process makes are strictly increasing, also within one
// millisecond and when the wall clock steps back.
class TimeOrderedUuid final
{
public:
    static QUuid create();
    // The store's text form: 36 lower-case characters, no braces (as QUuid::WithoutBraces).
    static QString createText();

    // The id for a given time and random bits (the version and variant bits are set
    // here); `randA` keeps its low 12 bits, `randB` its low 62.
    static QUuid fromParts(qint64 unixMs, quint16 randA, quint64 randB);
    static QString text(const QUuid &uuid);
    // The milliseconds of a version 7 id; -1 for any other.
    static qint64 unixMs(const QUuid &uuid);
};

#pragma once

#include <QString>

// Prefix search on an indexed TEXT column as a range, `column >= prefix AND column < upper`:
// SQLite's LIKE cannot use an index for non-ASCII text such as Hangul names.
class TextPrefix final
{
public:
    // The smallest string greater than every string that starts with `prefix`; empty when
    // there is none (the prefix is all U+10FFFF), and then only the lower bound applies.
    static QString upperBound(const QString &prefix);
};

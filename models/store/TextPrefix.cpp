#include "models/store/TextPrefix.h"

#include <QList>

namespace {
constexpr char32_t kLastCodePoint = 0x10FFFF;
constexpr char32_t kFirstSurrogate = 0xD800;
constexpr char32_t kLastSurrogate = 0xDFFF;
} // namespace

QString TextPrefix::upperBound(const QString &prefix)
{
    // Work on code points: SQLite stores UTF-8 and compares bytes, which orders like code points.
    QList<uint> points = prefix.toUcs4();
    while (!points.isEmpty() && points.constLast() == kLastCodePoint)
        points.removeLast();
    if (points.isEmpty())
        return QString();
    char32_t next = points.constLast() + 1;
    if (next >= kFirstSurrogate && next <= kLastSurrogate)
        next = kLastSurrogate + 1;
    points.last() = next;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size());
}

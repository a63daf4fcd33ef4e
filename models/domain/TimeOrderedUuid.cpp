#include "models/domain/TimeOrderedUuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <mutex>

namespace {
struct Parts
{
    qint64 ms = 0;
    quint16 randA = 0;
    quint64 randB = 0;
};

// RFC 9562 6.2, method 1: rand_a is a counter that starts at a random value each
// millisecond, with its top bit clear so it has room to count. When it runs out, the
// id borrows the next millisecond: order matters more than the exact time.
Parts nextParts()
{
    static std::mutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;
    // Seeded from the system's entropy once; drawing from it is far cheaper than a
    // system call per id, and ids need uniqueness, not secrecy (booking codes are the secret).
    QRandomGenerator *random = QRandomGenerator::global();
    const quint64 randB = random->generate64();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    const std::lock_guard lock(mutex);
    if (now > lastMs) {
        lastMs = now;
        counter = quint16(random->generate() & 0x07FF);
    } else if (++counter > 0x0FFF) {
        ++lastMs;
        counter = quint16(random->generate() & 0x07FF);
    }
    return {lastMs, counter, randB};
}
} // namespace

QUuid TimeOrderedUuid::fromParts(qint64 unixMs, quint16 randA, quint64 randB)
{
    const quint64 ms = quint64(unixMs) & 0xFFFFFFFFFFFFULL;
    const quint64 hi = ms << 16 | 0x7000 | (randA & 0x0FFF);
    const quint64 lo = (randB & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // RFC 9562 variant 10
    return QUuid(uint(hi >> 32), ushort(hi >> 16), ushort(hi), uchar(lo >> 56), uchar(lo >> 48),
                 uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
                 uchar(lo));
}

QUuid TimeOrderedUuid::create()
{
    const Parts parts = nextParts();
    return fromParts(parts.ms, parts.randA, parts.randB);
}

QString TimeOrderedUuid::createText()
{
    return text(create());
}

// QUuid::toString goes through a byte array and a Latin-1 conversion; this writes the
// 36 characters once, and runs twice per booking.
QString TimeOrderedUuid::text(const QUuid &uuid)
{
    static const char16_t hex[] = u"0123456789abcdef";
    const quint64 hi = quint64(uuid.data1) << 32 | quint64(uuid.data2) << 16 | uuid.data3;
    quint64 lo = 0;
    for (const uchar byte : uuid.data4)
        lo = lo << 8 | byte;
    QString out(36, Qt::Uninitialized);
    QChar *at = out.data();
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            *at++ = QLatin1Char('-');
        const quint64 word = nibble < 16 ? hi : lo;
        *at++ = QChar(hex[(word >> (60 - 4 * (nibble % 16))) & 0xF]);
    }
    return out;
}

qint64 TimeOrderedUuid::unixMs(const QUuid &uuid)
{
    // QUuid::version() of Qt 6.4 knows versions 1 to 5 only.
    if (uuid.data3 >> 12 != 7 || (uuid.data4[0] & 0xC0) != 0x80)
        return -1;
    return qint64(quint64(uuid.data1) << 16 | uuid.data2);
}

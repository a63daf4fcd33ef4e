#pragma once

#include <QDateTime>

// The time source of the domain. Production code uses SystemClock; tests hand
// in a clock they can set, so rules about "in the past" are deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

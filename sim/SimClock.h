#pragma once

#include "models/domain/Clock.h"

// The one clock of a simulated world: the server and every desk read it, and only the
// simulation moves it (never the wall clock), so a seed replays to the same times.
class SimClock final : public Clock
{
public:
    explicit SimClock(const QDateTime &start)
        : m_now(start)
    {}
    QDateTime now() const override { return m_now; }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

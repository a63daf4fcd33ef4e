#pragma once

#include "models/domain/Clock.h"

// A clock the test sets: rules about "today" and "in the past" become deterministic.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &now = QDateTime(QDate(2026, 3, 2), QTime(9, 0)))
        : m_now(now)
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

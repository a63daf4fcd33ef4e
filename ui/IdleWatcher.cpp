#include "ui/IdleWatcher.h"

#include "models/domain/Clock.h"

#include <QCoreApplication>
#include <QEvent>

#include <limits>

namespace {
constexpr qint64 kMsPerMinute = 60 * 1000;
} // namespace

IdleWatcher::IdleWatcher(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    // Coarse is enough for minutes and spares the system from waking up precisely.
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!checkNow())
            schedule();
    });
    m_lastActivityMs = m_clock->now().toMSecsSinceEpoch();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    setTimeoutMs(qint64(minutes) * kMsPerMinute);
}

void IdleWatcher::setTimeoutMs(qint64 milliseconds)
{
    m_timeoutMs = qMax<qint64>(0, milliseconds);
    m_fired = false;
    // noteActivity() leaves a running timer alone: it may be set for the old, longer timeout.
    m_timer.stop();
    noteActivity();
}

void IdleWatcher::noteActivity()
{
    m_lastActivityMs = m_clock->now().toMSecsSinceEpoch();
    m_fired = false;
    // Not restarted on every mouse move: the timer re-arms itself for the rest when it wakes early.
    if (!isEnabled())
        m_timer.stop();
    else if (!m_timer.isActive())
        schedule();
}

bool IdleWatcher::checkNow()
{
    if (!isEnabled())
        return false;
    const qint64 elapsed = m_clock->now().toMSecsSinceEpoch() - m_lastActivityMs;
    if (elapsed < m_timeoutMs)
        return false;
    if (!m_fired) {
        m_fired = true;
        m_timer.stop();
        emit idle();
    }
    return true;
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::schedule()
{
    if (!isEnabled() || m_fired)
        return;
    const qint64 elapsed = m_clock->now().toMSecsSinceEpoch() - m_lastActivityMs;
    const qint64 remaining =
        qBound<qint64>(1, m_timeoutMs - elapsed, qint64(std::numeric_limits<int>::max()));
    m_timer.start(int(remaining));
}

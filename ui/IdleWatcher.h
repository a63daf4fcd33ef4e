#pragma once

#include <QObject>
#include <QTimer>

class Clock;

// Watches the whole application for a person at the keyboard (key presses, mouse presses, moves and
// wheel) and emits idle() once when nobody has touched the desk for the timeout; activity after that
// arms it again. Time is read from `clock`, so tests drive it with a fixed clock and checkNow().
// Threading: the GUI thread.
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    // Installs itself as an event filter on the application; starts disabled (timeout 0).
    explicit IdleWatcher(const Clock *clock, QObject *parent = nullptr);
    ~IdleWatcher() override;

    // 0 (or less) disables the watcher. A new timeout counts from now, at once, whatever the old one.
    void setTimeoutMinutes(int minutes);
    void setTimeoutMs(qint64 milliseconds);
    bool isEnabled() const { return m_timeoutMs > 0; }

    // Counts as activity now: the lock screen calls it on unlock.
    void noteActivity();
    // Emits idle() if the timeout has passed since the last activity and it has not fired since.
    // Returns whether the desk is idle.
    bool checkNow();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();

    const Clock *m_clock = nullptr;
    QTimer m_timer;
    qint64 m_timeoutMs = 0;
    qint64 m_lastActivityMs = 0;
    bool m_fired = false;
};

#include "ui/ShortcutNotices.h"

#include <QAction>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>

namespace {
const char *const kReasonProperty = "anticoronaWhyNot";
const char *const kRoleProperty = "anticoronaRole";
} // namespace

QString ShortcutNotices::plainText(const QAction *action)
{
    static const QRegularExpression koreanMnemonic(QStringLiteral("\\(&[^&]\\)"));
    QString text = action->text();
    text.remove(koreanMnemonic);
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026)); // …
    return text.trimmed();
}

ShortcutNotices::ShortcutNotices(QMainWindow *window, QTabWidget *pages, Say say)
    : QObject(window)
    , m_window(window)
    , m_pages(pages)
    , m_say(std::move(say))
{
    window->installEventFilter(this);
}

void ShortcutNotices::setReason(QAction *action, const QString &reason)
{
    action->setProperty(kReasonProperty, reason);
}

QString ShortcutNotices::reason(const QAction *action)
{
    return action->property(kReasonProperty).toString();
}

void ShortcutNotices::setRole(QAction *action, Role role)
{
    action->setProperty(kRoleProperty, int(role));
}

const QAction *ShortcutNotices::ofAnotherRole(const QKeySequence &pressed) const
{
    for (const QAction *menuAction : m_window->menuBar()->actions()) {
        if (!menuAction->menu())
            continue;
        for (const QAction *action : menuAction->menu()->actions()) {
            if (!action->isVisible() && action->property(kRoleProperty).isValid() &&
                action->shortcuts().contains(pressed))
                return action;
        }
    }
    return nullptr;
}

bool ShortcutNotices::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::KeyPress || !m_window->menuBar()->isEnabled())
        return QObject::eventFilter(watched, event); // locked: nothing to say to whoever is at the desk
    const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
    for (const QAction *menuAction : m_window->menuBar()->actions()) {
        if (!menuAction->isVisible() || !menuAction->menu())
            continue;
        for (const QAction *action : menuAction->menu()->actions()) {
            if (action->isSeparator() || !action->isVisible() || !action->shortcuts().contains(pressed))
                continue;
            // Usable from anywhere in the window: its key reached here only because the window was not
            // the active one (as under a test's or a screenshot's display), not because it cannot act.
            if (action->isEnabled() && action->shortcutContext() == Qt::WindowShortcut)
                continue;
            m_say(whyNot(action));
            return true;
        }
    }
    if (const QAction *action = ofAnotherRole(pressed)) {
        m_say(tr("%1 needs the %2 role.")
                  .arg(plainText(action), roleText(Role(action->property(kRoleProperty).toInt()))));
        return true;
    }
    return QObject::eventFilter(watched, event);
}

QString ShortcutNotices::whyNot(const QAction *action) const
{
    const QString why = action->isEnabled() ? QString() : reason(action);
    // A key that only works on its page (Ctrl+I, Del), pressed on another: that page first of all.
    if (why.isEmpty() || action->shortcutContext() != Qt::WindowShortcut) {
        for (QObject *owner = action->parent(); owner; owner = owner->parent()) {
            const int page = m_pages->indexOf(qobject_cast<QWidget *>(owner));
            if (page >= 0 && page != m_pages->currentIndex() && m_pages->isTabVisible(page))
                return tr("%1 works on the %2 page (%3).")
                    .arg(
                        plainText(action), m_pages->tabText(page),
                        QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + page)).toString(QKeySequence::NativeText));
        }
    }
    return why.isEmpty() ? tr("%1 cannot be used now.").arg(plainText(action)) : why;
}

#pragma once

#include "models/domain/Role.h"

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMainWindow;
class QTabWidget;

// No shortcut of the window's menus is silent: a key whose action is disabled (nothing selected, a
// cancelled booking, no server) or belongs to a page not shown (Ctrl+I on the Sync page) is left
// unhandled by Qt and reaches the window, where this filter finds the action and says why it did
// nothing: the reason its page gave with setReason(), or the page it works on. An action hidden
// from whoever lacks its role (setRole()) says which role it needs. Keys a field uses (Del in a
// text box) never reach the window. Threading: the GUI thread.
class ShortcutNotices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutNotices)

public:
    using Say = std::function<void(const QString &message)>;

    // Filters `window`'s key presses; `pages` are the window's tabs, for the page an action works on.
    ShortcutNotices(QMainWindow *window, QTabWidget *pages, Say say);

    // Why `action` is disabled now, in words for the person at the desk; set when it is disabled.
    static void setReason(QAction *action, const QString &reason);
    static QString reason(const QAction *action);
    // The role `action` is for; it is hidden from everyone else (MainWindow::applyRoles).
    static void setRole(QAction *action, Role role);
    // "&Cancel booking…" and "예약 취소(&C)…" as a person reads them: "Cancel booking", "예약 취소".
    static QString plainText(const QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString whyNot(const QAction *action) const;
    // The hidden action of another role that `pressed` is a key of, if any.
    const QAction *ofAnotherRole(const QKeySequence &pressed) const;

    QMainWindow *m_window = nullptr;
    QTabWidget *m_pages = nullptr;
    Say m_say;
};

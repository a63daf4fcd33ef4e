#pragma once

#include <QWidget>

class Clock;
class DeskCommands;
class LocalStore;
class QAction;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QTableView;
class TodayTableModel;

// The injection staff's page: the day's bookings in time order, with the birth date as a second
// identifier, cancelled rows dimmed, a search (name, code, phone digits) and a "waiting only" filter;
// mark the selected one injected with the lot picked (the earliest expiry that has not expired is offered
// first; a booking of another day only once the nurse confirmed that day), after which the next person
// waiting is selected; and undo a mistaken injection the same day, which records a new event rather than
// deleting the first.
// Threading: the GUI thread, which opened the store.
class TodayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    TodayPage(LocalStore *store, DeskCommands *commands, const Clock *clock, QWidget *parent = nullptr);

    QAction *injectAction() const { return m_inject; }
    QAction *undoAction() const { return m_undo; }
    QAction *findAction() const { return m_find; }
    QTableView *todayView() const { return m_view; }
    TodayTableModel *todayModel() const { return m_model; }

public slots:
    void inject();
    // Shows today again (the clock's day); done at each sign-in and, by a timer, at midnight.
    void resetDay();
    void undoInjection();
    void reload();

signals:
    void injectionsChanged();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private slots:
    void updateActions();
    void showSummary();

private:
    void retranslate();
    void selectCode(const QString &code);
    // The first booked row from `row` on, else the first before it; the current row stays if none.
    void selectNextWaiting(int row);
    void applyFilter();
    int currentRow() const;

    LocalStore *m_store = nullptr;
    DeskCommands *m_commands = nullptr;
    const Clock *m_clock = nullptr;
    TodayTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_dayLabel = nullptr;
    QDateEdit *m_day = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_waitingOnly = nullptr;
    QAction *m_inject = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_find = nullptr;
    QTimer *m_midnight = nullptr;
    bool m_stale = true;
    // The injection last recorded on this page, today, by whoever is signed in: Ctrl+Z goes back to it
    // when the selection has moved on to the next person.
    QString m_lastInjectedCode;
    QString m_lastInjectedWho;
};

#pragma once

#include <QWidget>

class Clock;
class DeskCommands;
class LocalStore;
class QAction;
class QDateEdit;
class QLabel;
class QTableView;
class TodayTableModel;

// The injection staff's page: the day's bookings in time order; mark the selected one injected with the
// lot picked (the earliest expiry that has not expired is offered first), and undo a mistaken injection
// the same day, which records a new event rather than deleting the first.
// Threading: the GUI thread, which opened the store.
class TodayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    TodayPage(LocalStore *store, DeskCommands *commands, const Clock *clock, QWidget *parent = nullptr);

    QAction *injectAction() const { return m_inject; }
    QAction *undoAction() const { return m_undo; }
    QTableView *todayView() const { return m_view; }
    TodayTableModel *todayModel() const { return m_model; }

public slots:
    void inject();
    void undoInjection();
    void reload();

signals:
    void injectionsChanged();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private slots:
    void updateActions();
    void showSummary();

private:
    void retranslate();
    void selectCode(const QString &code);
    int currentRow() const;

    LocalStore *m_store = nullptr;
    DeskCommands *m_commands = nullptr;
    const Clock *m_clock = nullptr;
    TodayTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_dayLabel = nullptr;
    QDateEdit *m_day = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_inject = nullptr;
    QAction *m_undo = nullptr;
    bool m_stale = true;
};

#pragma once

#include "models/domain/Clock.h"

#include <QMainWindow>

class AdminPage;
class BookingTableModel;
class BookingsPage;
class DeskCommands;
class LocalStore;
class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;
class StockPage;
class StockTableModel;
class StaffAdmin;
class SyncPage;
class SyncStatusLabel;
class SyncWorker;
class TodayPage;

// The desk's window: one page per kind of work (bookings, today's injections, stock and lots,
// administration, sync), each shown only to the roles that do that work; DeskCommands refuses the
// rest again, so hiding a page is a courtesy, not the guard. Every action sits in a menu with its
// shortcut. The window owns nothing it is given. Threading: the GUI thread, which opened the store.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(LocalStore *store, DeskCommands *commands, QWidget *parent = nullptr);
    // `clock` gives "today" for the lot colours, today's list and the first appointment offered (the
    // system clock by default); the rules always use DeskCommands' own clock. Tests pass the one they gave
    // it.
    MainWindow(LocalStore *store, DeskCommands *commands, const Clock *clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows what the signed-in person's roles allow (the actor DeskCommands acts for), on the page that
    // person used last if the roles still allow it, else on the page of their work: reception on
    // Bookings, injection staff on Today, a vaccine manager on Stock, an administrator on the page
    // last used at this desk or Staff and audit.
    void applyRoles();
    void setServerUrl(const QString &url);
    // Staff changes on the administration page go through `admin`; none without it.
    void setStaffAdmin(StaffAdmin *admin);
    // While locked the pages are hidden, so nobody reads customers' details over the counter.
    void setLocked(bool locked);
    // After a sign-out, once the commands act for nobody: locked, every page of a role hidden, and
    // nothing left that names the person who signed out (user label, status line).
    void showSignedOut();
    bool isLocked() const { return m_locked; }

    QAction *newBookingAction() const;
    QAction *cancelBookingAction() const;
    QTableView *bookingsView() const;
    QTableView *stockView() const;
    QLineEdit *searchEdit() const;
    BookingTableModel *bookingModel() const;
    StockTableModel *stockModel() const;
    QTabWidget *pages() const { return m_pages; }
    BookingsPage *bookingsPage() const { return m_bookingsPage; }
    TodayPage *todayPage() const { return m_todayPage; }
    StockPage *stockPage() const { return m_stockPage; }
    AdminPage *adminPage() const { return m_adminPage; }
    SyncPage *syncPage() const { return m_syncPage; }
    SyncStatusLabel *syncStatusLabel() const { return m_syncLabel; }
    // Ticks `code` ("ko", "en") in View > Language: the language the desk is shown in now.
    void setLanguage(const QString &code);
    // The sync state goes to the status bar and the Sync page; local changes and "Sync now" go
    // to the worker. Not owned.
    void attachSync(SyncWorker *worker);

public slots:
    void refresh();
    // Fits the columns of the table with the focus, or of every table on the page shown.
    void fitColumns();
    void showShortcuts();

signals:
    // Only for an administrator: anyone else is told so on the status line.
    void settingsRequested();
    void lockRequested();
    void signOutRequested();
    // Anyone signed in may choose the language they read the desk in (View > Language).
    void languageRequested(const QString &code);
    // A page ran a command that changed what the server should hear about.
    void localChange();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void showStatus(const QString &message);
    void addPage(QWidget *page);
    QWidget *landingPage() const;
    void rememberPage();

    LocalStore *m_store = nullptr;
    DeskCommands *m_commands = nullptr;
    SystemClock m_systemClock;
    const Clock *m_clock = nullptr;
    bool m_locked = false;
    bool m_applyingRoles = false; // tabs shown and hidden then are not a person's choice

    QTabWidget *m_pages = nullptr;
    BookingsPage *m_bookingsPage = nullptr;
    TodayPage *m_todayPage = nullptr;
    StockPage *m_stockPage = nullptr;
    AdminPage *m_adminPage = nullptr;
    SyncPage *m_syncPage = nullptr;
    QLabel *m_lockedLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    SyncStatusLabel *m_syncLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_bookingsMenu = nullptr;
    QMenu *m_todayMenu = nullptr;
    QMenu *m_stockMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QList<QAction *> m_languages;
    QAction *m_refresh = nullptr;
    QAction *m_fitColumns = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QList<QAction *> m_pageActions;
};

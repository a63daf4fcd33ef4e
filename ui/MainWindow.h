#pragma once

#include "models/Clock.h"

#include <QMainWindow>

class BookingTableModel;
class DeskCommands;
class LocalStore;
class LotTableModel;
class QAction;
class QComboBox;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class StockTableModel;

// The desk's window: stock and lots on top, the bookings below with a prefix search (phone, name,
// code) that filters while typing. Every action has a shortcut. Changes go through DeskCommands;
// the tables are item models over the store and are reloaded after each change.
// The window owns nothing it is given. Threading: the GUI thread, which opened the store.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(LocalStore *store, DeskCommands *commands, QWidget *parent = nullptr);
    // `clock` gives "today" for the lot colours and the first appointment offered (the system clock
    // by default); the rules always use DeskCommands' own clock. Tests pass the one they gave it.
    MainWindow(LocalStore *store, DeskCommands *commands, const Clock *clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *newBookingAction() const { return m_newBooking; }
    QAction *cancelBookingAction() const { return m_cancelBooking; }
    QAction *refreshAction() const { return m_refresh; }
    QTableView *bookingsView() const { return m_bookingsView; }
    QTableView *stockView() const { return m_stockView; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    BookingTableModel *bookingModel() const { return m_bookingModel; }
    StockTableModel *stockModel() const { return m_stockModel; }

public slots:
    void newBooking();
    void cancelBooking();
    void registerVaccine();
    void receiveStock();
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private slots:
    void applySearch();
    void updateActions();
    void showModelError(const QString &message);

private:
    void createActions();
    void createMenus();
    QWidget *createBookingsPane();
    QWidget *createStockPane();
    void selectBooking(const QString &code);
    void reloadStock();
    int currentBookingRow() const;

    LocalStore *m_store = nullptr;
    DeskCommands *m_commands = nullptr;
    SystemClock m_systemClock;
    const Clock *m_clock = nullptr;

    StockTableModel *m_stockModel = nullptr;
    LotTableModel *m_lotModel = nullptr;
    BookingTableModel *m_bookingModel = nullptr;

    QSplitter *m_splitter = nullptr;
    QTableView *m_stockView = nullptr;
    QTableView *m_lotsView = nullptr;
    QTableView *m_bookingsView = nullptr;
    QComboBox *m_searchField = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;

    QAction *m_newBooking = nullptr;
    QAction *m_cancelBooking = nullptr;
    QAction *m_registerVaccine = nullptr;
    QAction *m_receiveStock = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
    QAction *m_quit = nullptr;
};

#pragma once

#include <QWidget>

class Clock;
class DeskCommands;
class LocalStore;
class LotTableModel;
class QAction;
class QLabel;
class QTableView;
class QTabWidget;
class StockChart;
class StockTableModel;

// The vaccine manager's page: stock, booked and available per vaccine at a glance, the lots with their
// expiry warnings (expired red, within 30 days amber), a chart of stock against the bookings of the
// coming days, and the actions: register a vaccine, receive a lot, write doses off.
// Threading: the GUI thread, which opened the store.
class StockPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockPage)

public:
    StockPage(LocalStore *store, DeskCommands *commands, const Clock *clock, QWidget *parent = nullptr);

    QAction *registerVaccineAction() const { return m_registerVaccine; }
    QAction *receiveStockAction() const { return m_receiveStock; }
    QAction *writeOffAction() const { return m_writeOff; }
    QTableView *stockView() const { return m_stockView; }
    StockTableModel *stockModel() const { return m_stockModel; }

public slots:
    void registerVaccine();
    void receiveStock();
    void writeOff();
    void reload();

signals:
    // Stock changed here: the bookings' availability changes with it.
    void stockChanged();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void stockHasChanged(const QString &message);
    void selectVaccine(const QString &vaccineId);

    LocalStore *m_store = nullptr;
    DeskCommands *m_commands = nullptr;
    const Clock *m_clock = nullptr;
    StockTableModel *m_stockModel = nullptr;
    LotTableModel *m_lotModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_stockView = nullptr;
    QTableView *m_lotsView = nullptr;
    QLabel *m_legend = nullptr;
    StockChart *m_chart = nullptr;
    QAction *m_registerVaccine = nullptr;
    QAction *m_receiveStock = nullptr;
    QAction *m_writeOff = nullptr;
};

#pragma once

#include <QWidget>

class Clock;
class LocalStore;
class QChartView;
class QComboBox;
class QLabel;

// A small chart of the coming two weeks: doses on hand (usable that day) against the bookings made for
// the days up to it, for one vaccine or all. Where the bookings line meets the stock line, order more.
class StockChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockChart)

public:
    static constexpr int kDays = 14;

    StockChart(LocalStore *store, const Clock *clock, QWidget *parent = nullptr);

public slots:
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void reloadVaccines();
    void retranslate();

    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_vaccine = nullptr;
    QChartView *m_view = nullptr;
    bool m_stale = true;
};

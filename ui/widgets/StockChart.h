#pragma once

#include <QWidget>

class Clock;
class LocalStore;
class QChartView;
class QComboBox;
class QLabel;

// A chart of the coming two weeks, for one vaccine or all: on the left axis the doses left each day once
// the bookings up to it have theirs (usable that day less booked so far; where it reaches 0, order more),
// on the right axis, in its own scale, the bookings per day and so far, so a few bookings are not
// flattened by a large stock. Each axis takes its line's colour; both count in whole steps; days are
// labelled with the month where it starts.
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

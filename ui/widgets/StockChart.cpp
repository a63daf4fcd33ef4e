#include "ui/widgets/StockChart.h"

#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/store/LocalStore.h"
#include "models/store/StockForecast.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <iterator>

namespace {
// The month on the first day and where a month starts, the day alone between: fourteen labels fit
// under the chart without being cut to "…", and no day is read in the wrong month.
QString dayLabel(const QDate &date, bool withMonth)
{
    return withMonth
               ? StockChart::tr("%1/%2", "month/day under the stock chart").arg(date.month()).arg(date.day())
               : QString::number(date.day());
}

// From a round bottom at or below `bottom` (0 unless overbooked) to a round top at or above `top`, in
// whole steps of 1, 2 or 5 times a power of ten, about five of them, and never less than 0 to 4: no axis
// of 2, 1, 1, 0, 0 for a day of two bookings, nor a top twice the highest value.
void setIntegerRange(QValueAxis *axis, int bottom, int top)
{
    constexpr int kIntervals = 5;
    const int span = qMax(4, top - bottom);
    int step = 1;
    for (int scale = 1; scale <= 100'000'000; scale *= 10) {
        const int candidates[] = {scale, 2 * scale, 5 * scale};
        const int *fits = std::find_if(std::begin(candidates), std::end(candidates),
                                       [span](int candidate) { return span <= candidate * kIntervals; });
        if (fits != std::end(candidates)) {
            step = *fits;
            break;
        }
    }
    const int lower = bottom >= 0 ? 0 : -((-bottom + step - 1) / step) * step;
    const int ticks = qMax((qMax(top, lower + 4) - lower + step - 1) / step, 1);
    axis->setRange(lower, lower + ticks * step);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(ticks + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
}
} // namespace

StockChart::StockChart(LocalStore *store, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("stockChart"));
    m_title = new QLabel(this);
    m_vaccine = new QComboBox(this);
    m_vaccine->setObjectName(QStringLiteral("chartVaccine"));
    m_title->setBuddy(m_vaccine);
    connect(m_vaccine, &QComboBox::currentIndexChanged, this, &StockChart::reload);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_vaccine, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    retranslate();
}

void StockChart::retranslate()
{
    m_title->setText(tr("The next %1 days for:").arg(kDays));
    reloadVaccines();
}

void StockChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StockChart::reloadVaccines()
{
    const QString current = m_vaccine->currentData().toString();
    const QSignalBlocker blocker(m_vaccine);
    m_vaccine->clear();
    m_vaccine->addItem(tr("All vaccines"), QString());
    try {
        for (const Vaccine &vaccine : m_store->stock()->vaccines())
            m_vaccine->addItem(vaccine.name, vaccine.id);
    } catch (const DatabaseError &) {
        // The chart shows what it can; the tables beside it report the error.
    }
    m_vaccine->setCurrentIndex(qMax(0, m_vaccine->findData(current)));
    reload();
}

void StockChart::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void StockChart::reload()
{
    // Counting the coming days' bookings reads a large index range: only for a chart on screen.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    QList<StockForecast::Day> days;
    try {
        if (m_vaccine->count() != 1 + int(m_store->stock()->vaccines().size())) {
            reloadVaccines(); // a vaccine was registered: offer it, then come back here
            return;
        }
        days = StockForecast(m_store, m_clock).days(kDays, m_vaccine->currentData().toString());
    } catch (const DatabaseError &) {
        return;
    }
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Bookings are counted in tens where stock is counted in hundreds: each has its own axis, so a
    // day's few bookings are not a flat line at the bottom of the stock's scale.
    auto *available = new QLineSeries(chart);
    available->setName(tr("Doses left after the bookings so far"));
    auto *cumulative = new QLineSeries(chart);
    cumulative->setName(tr("Booked so far"));
    auto *perDay = new QBarSet(tr("Booked that day"));
    QStringList labels;
    int stockBottom = 0;
    int stockTop = 0;
    int bookedTop = 0;
    for (int i = 0; i < days.size(); ++i) {
        const StockForecast::Day &day = days.at(i);
        labels.append(dayLabel(day.date, i == 0 || day.date.day() == 1));
        // What is left once the bookings up to that day have their doses: at 0, order more.
        const int free = day.usable - day.cumulativeBooked;
        available->append(i, free);
        cumulative->append(i, day.cumulativeBooked);
        *perDay << day.booked;
        stockBottom = qMin(stockBottom, free);
        stockTop = qMax(stockTop, free);
        bookedTop = qMax(bookedTop, qMax(day.booked, day.cumulativeBooked));
    }
    auto *bars = new QBarSeries(chart);
    bars->append(perDay);
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    chart->addSeries(available);
    auto *x = new QBarCategoryAxis(chart);
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    auto *stockAxis = new QValueAxis(chart);
    stockAxis->setObjectName(QStringLiteral("stockAxis"));
    stockAxis->setTitleText(tr("Doses"));
    setIntegerRange(stockAxis, stockBottom, stockTop);
    chart->addAxis(stockAxis, Qt::AlignLeft);
    auto *bookedAxis = new QValueAxis(chart);
    bookedAxis->setObjectName(QStringLiteral("bookedAxis"));
    bookedAxis->setTitleText(tr("Bookings"));
    setIntegerRange(bookedAxis, 0, bookedTop);
    chart->addAxis(bookedAxis, Qt::AlignRight);
    // Each axis in the colour of its line: the two lines crossing means nothing, the axes say so.
    stockAxis->setLabelsColor(available->color());
    stockAxis->setTitleBrush(available->color());
    bookedAxis->setLabelsColor(cumulative->color());
    bookedAxis->setTitleBrush(cumulative->color());
    for (QAbstractSeries *series : chart->series())
        series->attachAxis(x);
    available->attachAxis(stockAxis);
    bars->attachAxis(bookedAxis);
    cumulative->attachAxis(bookedAxis);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

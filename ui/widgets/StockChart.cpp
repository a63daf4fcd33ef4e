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
    auto *usable = new QLineSeries(chart);
    usable->setName(tr("Usable stock"));
    auto *cumulative = new QLineSeries(chart);
    cumulative->setName(tr("Booked so far"));
    auto *perDay = new QBarSet(tr("Booked that day"));
    QStringList labels;
    int top = 1;
    for (int i = 0; i < days.size(); ++i) {
        const StockForecast::Day &day = days.at(i);
        // The day of the month alone: fourteen of them fit under a narrow chart without "1…".
        labels.append(QString::number(day.date.day()));
        usable->append(i, day.usable);
        cumulative->append(i, day.cumulativeBooked);
        *perDay << day.booked;
        top = qMax(top, qMax(day.usable, day.cumulativeBooked));
    }
    auto *bars = new QBarSeries(chart);
    bars->append(perDay);
    chart->addSeries(bars);
    chart->addSeries(usable);
    chart->addSeries(cumulative);
    auto *x = new QBarCategoryAxis(chart);
    x->append(labels);
    auto *y = new QValueAxis(chart);
    y->setRange(0, top + top / 10 + 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

#include "common/FixedClock.h"
#include "models/commands/DeskCommands.h"
#include "models/itemmodels/TodayTableModel.h"
#include "models/store/LocalStore.h"
#include "models/store/StockForecast.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Today's bookings in time order, and the stock forecast drawn from the same appointments.
class TestToday final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(8, 0))};
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<DeskCommands> m_commands;
    QString m_pfizer;
    QString m_moderna;
    int m_customers = 0;

    QString book(const QString &vaccine, const QString &name, const QDateTime &at)
    {
        ++m_customers;
        const Customer customer{name, QDate(1970, 1, 1).addDays(m_customers),
                                QStringLiteral("0105555%1").arg(m_customers, 4, 10, QLatin1Char('0'))};
        const CommandResult result = m_commands->book(vaccine, customer, at);
        return result.isDone() ? result.value : QString();
    }

    QDateTime at(int day, int hour, int minute = 0) const
    {
        return QDateTime(QDate(2026, 3, 2).addDays(day), QTime(hour, minute));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("desk.sqlite"))));
        m_commands =
            std::make_unique<DeskCommands>(m_store.get(), &m_clock, Actor::system(QStringLiteral("test")));
        m_pfizer = m_commands->registerVaccine(QStringLiteral("Comirnaty"), QStringLiteral("Pfizer")).value;
        m_moderna = m_commands->registerVaccine(QStringLiteral("Spikevax"), QStringLiteral("Moderna")).value;
        QVERIFY(m_commands->receiveStock(m_pfizer, QStringLiteral("P1"), QDate(2026, 3, 4), 5).isDone());
        QVERIFY(m_commands->receiveStock(m_pfizer, QStringLiteral("P2"), QDate(2026, 6, 30), 10).isDone());
        QVERIFY(m_commands->receiveStock(m_moderna, QStringLiteral("M1"), QDate(2026, 6, 30), 4).isDone());

        QVERIFY(!book(m_pfizer, QStringLiteral("오후"), at(0, 15, 30)).isEmpty());
        QVERIFY(!book(m_moderna, QStringLiteral("아침"), at(0, 9)).isEmpty());
        QVERIFY(!book(m_pfizer, QStringLiteral("점심"), at(0, 12)).isEmpty());
        QVERIFY(!book(m_pfizer, QStringLiteral("내일"), at(1, 9)).isEmpty());
        QVERIFY(!book(m_pfizer, QStringLiteral("모레"), at(2, 10)).isEmpty());
        const QString cancelled = book(m_pfizer, QStringLiteral("취소"), at(2, 11));
        QVERIFY(m_commands->cancel(cancelled).isDone());
        QVERIFY(!book(m_moderna, QStringLiteral("다음주"), at(7, 9)).isEmpty());
    }

    void listsOneDayInTimeOrder()
    {
        TodayTableModel model(m_store.get(), QDate(2026, 3, 2));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(TodayTableModel::ColumnCount));
        QStringList times, names;
        for (int row = 0; row < model.rowCount(); ++row) {
            times.append(model.index(row, TodayTableModel::TimeColumn).data().toString());
            names.append(model.index(row, TodayTableModel::NameColumn).data().toString());
        }
        QCOMPARE(times,
                 (QStringList{QStringLiteral("09:00"), QStringLiteral("12:00"), QStringLiteral("15:30")}));
        QCOMPARE(names,
                 (QStringList{QStringLiteral("아침"), QStringLiteral("점심"), QStringLiteral("오후")}));
        QCOMPARE(model.index(0, TodayTableModel::VaccineColumn).data().toString(),
                 QStringLiteral("Spikevax"));
        QCOMPARE(model.index(0, TodayTableModel::StateColumn).data().toString(),
                 bookingStateText(BookingState::Booked));
        const QString code = model.index(1, TodayTableModel::CodeColumn).data().toString();
        QCOMPARE(model.index(1, 0).data(TodayTableModel::CodeRole).toString(), code);
        QCOMPARE(model.bookingCode(1), code);

        QVERIFY(m_commands->inject(code).isDone());
        QCOMPARE(model.bookingState(1), BookingState::Booked); // not until refreshed
        model.refresh();
        QCOMPARE(model.index(1, 0).data(TodayTableModel::StateRole).toInt(), int(BookingState::Injected));

        model.setDate(QDate(2026, 3, 4));
        QCOMPARE(model.rowCount(), 2); // the cancelled one is listed too, with its state
        QCOMPARE(model.bookingState(1), BookingState::Cancelled);
        model.setDate(QDate(2026, 3, 5));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.headerData(TodayTableModel::TimeColumn, Qt::Horizontal).toString().isEmpty());
    }

    void forecastCountsBookedAppointmentsPerDay()
    {
        StockForecast forecast(m_store.get(), &m_clock);
        const QList<StockForecast::Day> pfizer = forecast.days(4, m_pfizer);
        QCOMPARE(pfizer.size(), 4);
        QCOMPARE(pfizer.at(0).date, QDate(2026, 3, 2));
        QList<int> booked, cumulative, usable;
        for (const StockForecast::Day &day : pfizer) {
            QCOMPARE(day.onHand, 14); // 15 received, one injected (listsOneDayInTimeOrder)
            booked.append(day.booked);
            cumulative.append(day.cumulativeBooked);
            usable.append(day.usable);
        }
        QCOMPARE(booked, (QList<int>{1, 1, 1, 0})); // the 12:00 one was injected, the 11:00 cancelled
        QCOMPARE(cumulative, (QList<int>{1, 2, 3, 3}));
        QCOMPARE(usable, (QList<int>{14, 14, 14, 10})); // lot P1 (4 left) expires after 03-04

        const QList<StockForecast::Day> all = forecast.days(8);
        QCOMPARE(all.size(), 8);
        QCOMPARE(all.at(0).onHand, 18);
        QCOMPARE(all.at(0).booked, 2);
        QCOMPARE(all.at(7).booked, 1);
        QCOMPARE(all.at(7).cumulativeBooked, 5);
        QVERIFY(forecast.days(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestToday)
#include "test_today.moc"

#include "TestDesk.h"
#include "models/commands/PasswordHasher.h"
#include "models/commands/StaffAdmin.h"
#include "models/demo/DemoClinic.h"
#include "models/domain/Validation.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/itemmodels/BookingTableModel.h"
#include "models/itemmodels/LotTableModel.h"
#include "models/itemmodels/StaffTableModel.h"
#include "models/itemmodels/StockTableModel.h"
#include "models/itemmodels/TodayTableModel.h"
#include "models/store/TextPrefix.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The item models the desk window shows: lazy keyset paging of bookings, prefix filters on the
// indexed columns, stock numbers and lot expiry status; and what every one of them shares (paging,
// reload, a read error) under QAbstractItemModelTester. Real SQLite, no widgets.
class TestItemModels final : public QObject
{
    Q_OBJECT

private:
    static constexpr int kBookings = 1000;

    // Customer i: odd ones have Latin names, even ones Korean; phones 010-5555-0000 + i.
    static QString nameOf(int i)
    {
        return (i % 2 ? QStringLiteral("Kim %1") : QStringLiteral("김민 %1")).arg(i, 4, 10, QLatin1Char('0'));
    }
    static QString phoneOf(int i) { return QStringLiteral("0105555%1").arg(i, 4, 10, QLatin1Char('0')); }

    // Books kBookings customers; returns false (and fails the test) on the first refusal.
    static bool bookMany(TestDesk &desk, const QString &vaccineId, int count)
    {
        const QDateTime appointment = TestDesk::start().addDays(1);
        for (int i = 0; i < count; ++i) {
            const Customer customer{nameOf(i), QDate(1970, 1, 1).addDays(i), phoneOf(i)};
            const CommandResult result = desk.commands->book(vaccineId, customer, appointment);
            if (!result.isDone()) {
                qWarning() << "booking" << i << "refused:" << result.message();
                return false;
            }
        }
        return true;
    }

    static int fetchAll(BookingTableModel &model)
    {
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        return model.rowCount();
    }

    // Three vaccines of two lots each, seven bookings for tomorrow, three staff accounts: a few rows in
    // every table a model reads, and an audit line for each of those commands.
    static bool fillEveryTable(TestDesk &desk)
    {
        for (const QString &name :
             {QStringLiteral("Comirnaty"), QStringLiteral("Spikevax"), QStringLiteral("Nuvaxovid")}) {
            const QString vaccineId = desk.addVaccine(name, 10);
            if (vaccineId.isEmpty() ||
                !desk.commands
                     ->receiveStock(vaccineId, QStringLiteral("LATE-%1").arg(name), QDate(2025, 6, 30), 5)
                     .isDone())
                return false;
            if (name == QStringLiteral("Comirnaty") && !bookMany(desk, vaccineId, 7))
                return false;
        }
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        StaffAdmin admin(&desk.store, &desk.clock, &hasher, Actor::system(QStringLiteral("test")));
        for (const QString &username :
             {QStringLiteral("kim"), QStringLiteral("lee"), QStringLiteral("park")}) {
            if (!admin
                     .addStaff(username, username.toUpper(), QStringLiteral("correct horse"), Role::Reception)
                     .isDone())
                return false;
        }
        return true;
    }

    // A model by name, paging by three rows where it pages at all.
    static std::unique_ptr<PagedTableModel> makeModel(const QString &name, TestDesk &desk)
    {
        if (name == QLatin1String("audit"))
            return std::make_unique<AuditTableModel>(&desk.store, nullptr, 3);
        if (name == QLatin1String("bookings"))
            return std::make_unique<BookingTableModel>(&desk.store, nullptr, 3);
        if (name == QLatin1String("today"))
            return std::make_unique<TodayTableModel>(&desk.store, TestDesk::start().date().addDays(1));
        if (name == QLatin1String("lots"))
            return std::make_unique<LotTableModel>(&desk.store, &desk.clock);
        if (name == QLatin1String("stock"))
            return std::make_unique<StockTableModel>(&desk.store);
        return std::make_unique<StaffTableModel>(&desk.store, &desk.clock);
    }

    TestDesk m_desk;
    QString m_vaccineId;

private slots:
    void initTestCase()
    {
        QVERIFY(m_desk.open());
        m_vaccineId = m_desk.addVaccine(QStringLiteral("Comirnaty"), kBookings + 10);
        QVERIFY(!m_vaccineId.isEmpty());
        QVERIFY(bookMany(m_desk, m_vaccineId, kBookings));
    }

    void bookingsLoadOnePageAtATimeNewestFirst()
    {
        BookingTableModel model(&m_desk.store);
        QCOMPARE(model.rowCount(), BookingTableModel::kDefaultPageSize);
        QVERIFY(model.canFetchMore(QModelIndex()));
        QCOMPARE(model.index(0, BookingTableModel::NameColumn).data().toString(), nameOf(kBookings - 1));
        QCOMPARE(model.index(0, BookingTableModel::PhoneColumn).data().toString(),
                 Validation::displayPhone(phoneOf(kBookings - 1)));
        QCOMPARE(model.index(0, BookingTableModel::AppointmentColumn).data().toString(),
                 QStringLiteral("2024-03-05 09:00"));
        QCOMPARE(model.index(0, BookingTableModel::StateColumn).data().toString(),
                 bookingStateText(BookingState::Booked));

        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 2 * BookingTableModel::kDefaultPageSize);
        // The second page continues exactly where the first ended.
        QCOMPARE(
            model.index(BookingTableModel::kDefaultPageSize, BookingTableModel::NameColumn).data().toString(),
            nameOf(kBookings - 1 - BookingTableModel::kDefaultPageSize));

        QCOMPARE(fetchAll(model), kBookings);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.index(kBookings - 1, BookingTableModel::NameColumn).data().toString(), nameOf(0));
    }

    void pageSizeIsHonoured()
    {
        BookingTableModel model(&m_desk.store, nullptr, 64);
        QCOMPARE(model.rowCount(), 64);
        QCOMPARE(fetchAll(model), kBookings);
    }

    void filterByPhonePrefix()
    {
        BookingTableModel model(&m_desk.store, nullptr, 4);
        model.setFilter(BookingTableModel::Field::Phone, QStringLiteral("010-5555-099"));
        QCOMPARE(model.filterText(), QStringLiteral("0105555099"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(fetchAll(model), 10);
        QCOMPARE(model.index(0, BookingTableModel::PhoneColumn).data().toString(),
                 Validation::displayPhone(phoneOf(999)));
        QCOMPARE(model.index(9, BookingTableModel::PhoneColumn).data().toString(),
                 Validation::displayPhone(phoneOf(990)));

        model.setFilter(BookingTableModel::Field::Phone, QStringLiteral("01055550123"));
        QCOMPARE(fetchAll(model), 1);
        model.setFilter(BookingTableModel::Field::Phone, QStringLiteral("0109"));
        QCOMPARE(fetchAll(model), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));

        model.clearFilter();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(fetchAll(model), kBookings);
    }

    void filterByNamePrefix()
    {
        BookingTableModel model(&m_desk.store);
        model.setFilter(BookingTableModel::Field::Name, QStringLiteral("김민"));
        QCOMPARE(model.rowCount(), BookingTableModel::kDefaultPageSize);
        QCOMPARE(fetchAll(model), kBookings / 2);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, BookingTableModel::NameColumn).data().toString().startsWith(u"김민 "));

        model.setFilter(BookingTableModel::Field::Name, QStringLiteral("Kim 001"));
        QCOMPARE(fetchAll(model), 5); // 0011, 0013, ..., 0019
        QCOMPARE(model.index(0, BookingTableModel::NameColumn).data().toString(), nameOf(19));

        model.setFilter(BookingTableModel::Field::Name, QStringLiteral("  Kim 0999 "));
        QCOMPARE(fetchAll(model), 1);
        // Two or more letters match anywhere in the name, case-insensitive for Latin letters.
        model.setFilter(BookingTableModel::Field::Name, QStringLiteral("kim"));
        QCOMPARE(fetchAll(model), kBookings / 2);
    }

    void filterByCode()
    {
        BookingTableModel model(&m_desk.store);
        const QString code = model.bookingCode(0);
        QCOMPARE(code.size(), 8);
        model.setFilter(BookingTableModel::Field::Code,
                        code.left(4).toLower() + QStringLiteral("-") + code.mid(4));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, BookingTableModel::NameColumn).data().toString(), nameOf(kBookings - 1));
        QCOMPARE(model.rowOfCode(code), 0);

        model.setFilter(BookingTableModel::Field::Code, code.left(3));
        QVERIFY(fetchAll(model) >= 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.bookingCode(row).startsWith(code.left(3)));
    }

    // QAbstractItemModelTester fetches more on every change, as a view does; paging must stay consistent.
    void bookingModelPassesTheModelTester()
    {
        BookingTableModel model(&m_desk.store, nullptr, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore(QModelIndex());
        model.setFilter(BookingTableModel::Field::Name, QStringLiteral("Kim"));
        model.fetchMore(QModelIndex());
        model.reload();
        model.clearFilter();
        QVERIFY(model.rowCount() >= 100);
        QCOMPARE(fetchAll(model), kBookings);
        QSet<QString> codes;
        for (int row = 0; row < model.rowCount(); ++row)
            codes.insert(model.bookingCode(row));
        QCOMPARE(codes.size(), kBookings); // no row twice, none skipped
    }

    // A filter with many matches walks the rowid, one with few walks the index: both list exactly the
    // matching bookings, newest first, as the unfiltered list has them.
    void denseAndSparseFiltersListTheSameRows()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const int total = BookingTableModel::kDenseMatches + 2000;
        DemoClinic(&desk.store).fill(total);
        BookingTableModel all(&desk.store);
        QCOMPARE(fetchAll(all), total);
        const auto matching = [&all](int column, const QString &prefix) {
            QStringList codes;
            for (int row = 0; row < all.rowCount(); ++row) {
                if (all.index(row, column).data().toString().startsWith(prefix))
                    codes.append(all.bookingCode(row));
            }
            return codes;
        };
        const auto listed = [](BookingTableModel &model) {
            fetchAll(model);
            QStringList codes;
            for (int row = 0; row < model.rowCount(); ++row)
                codes.append(model.bookingCode(row));
            return codes;
        };

        BookingTableModel model(&desk.store);
        model.setFilter(BookingTableModel::Field::Phone, QStringLiteral("010")); // every demo phone: dense
        QCOMPARE(model.rowCount(), BookingTableModel::kDefaultPageSize);
        QCOMPARE(listed(model), matching(BookingTableModel::PhoneColumn, QStringLiteral("010")));

        const QString phone = all.index(7, BookingTableModel::PhoneColumn).data().toString().left(6);
        model.setFilter(BookingTableModel::Field::Phone, phone); // sparse
        const QStringList expected = matching(BookingTableModel::PhoneColumn, phone);
        QVERIFY(!expected.isEmpty() && expected.size() < BookingTableModel::kDenseMatches);
        QCOMPARE(listed(model), expected);

        const QString name = all.index(3, BookingTableModel::NameColumn).data().toString().left(2);
        model.setFilter(BookingTableModel::Field::Name, name);
        QCOMPARE(listed(model), matching(BookingTableModel::NameColumn, name));
    }

    void prefixUpperBound_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("bound");
        QTest::newRow("ascii") << QStringLiteral("abc") << QStringLiteral("abd");
        QTest::newRow("hangul") << QStringLiteral("김민") << QStringLiteral("김믽");
        QTest::newRow("before surrogates") << QString(QChar(0xD7FF)) << QString(QChar(0xE000));
        QTest::newRow("last code point")
            << QStringLiteral("a") + QString::fromUcs4(U"\U0010FFFF") << QStringLiteral("b");
        QTest::newRow("empty") << QString() << QString();
    }

    void prefixUpperBound()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, bound);
        QCOMPARE(TextPrefix::upperBound(prefix), bound);
    }

    void everyModelPassesTheModelTester_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("table"); // the one renamed away to make reads fail
        QTest::addColumn<int>("rows");      // -1: as many as the audit trail holds
        QTest::addColumn<bool>("keepsRowsOnError");
        QTest::newRow("audit") << QStringLiteral("audit") << QStringLiteral("audit") << -1 << false;
        QTest::newRow("bookings") << QStringLiteral("bookings") << QStringLiteral("bookings") << 7 << false;
        QTest::newRow("today") << QStringLiteral("today") << QStringLiteral("bookings") << 7 << false;
        QTest::newRow("lots") << QStringLiteral("lots") << QStringLiteral("lots") << 6 << true;
        QTest::newRow("stock") << QStringLiteral("stock") << QStringLiteral("stock_levels") << 3 << true;
        QTest::newRow("staff") << QStringLiteral("staff") << QStringLiteral("staff") << 3 << true;
    }

    // On open, on reload (one reset with the first page in it), fetching page after page to the end, and
    // when the table it reads is gone: the error is reported once, the fetching stops, nothing breaks.
    void everyModelPassesTheModelTester()
    {
        QFETCH(QString, name);
        QFETCH(QString, table);
        QFETCH(int, rows);
        QFETCH(bool, keepsRowsOnError);
        TestDesk desk;
        QVERIFY(desk.open());
        QVERIFY(fillEveryTable(desk));
        if (rows < 0)
            rows = int(desk.store.audit()->page({}, 0, 1000).size());

        const std::unique_ptr<PagedTableModel> model = makeModel(name, desk);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy errors(model.get(), &PagedTableModel::errorOccurred);
        const int firstPage = qMin(rows, model->pageSize());
        if (model->pageSize() != PagedTableModel::kWholeList)
            QVERIFY(rows > 2 * model->pageSize()); // three pages at least

        model->reload();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(inserts.size(), 0);
        QCOMPARE(model->rowCount(), firstPage);
        QCOMPARE(model->canFetchMore({}), rows > model->pageSize());

        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(inserts.size(), (rows - 1) / model->pageSize()); // one a page after the first
        QCOMPARE(resets.size(), 1);
        QVERIFY(errors.isEmpty());
        QVERIFY(model->errorMessage().isEmpty());

        const auto rename = [&desk](const QString &from, const QString &to) {
            desk.store.database()->execDirect(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to));
        };
        const QString away = table + QStringLiteral("_away");
        rename(table, away);
        model->reload();
        QCOMPARE(errors.size(), 1);
        QVERIFY(!model->errorMessage().isEmpty());
        QCOMPARE(errors.constFirst().constFirst().toString(), model->errorMessage());
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->rowCount(), keepsRowsOnError ? rows : 0);
        QCOMPARE(resets.size(), keepsRowsOnError ? 1 : 2);
        model->fetchMore({});
        QCOMPARE(errors.size(), 1);

        rename(away, table);
        model->reload();
        QCOMPARE(model->rowCount(), firstPage);
        QVERIFY(model->errorMessage().isEmpty());
        QCOMPARE(errors.size(), 1);

        // A page after the first that cannot be read: the rows shown stay, the fetching stops.
        if (model->canFetchMore({})) {
            const int inserted = int(inserts.size());
            rename(table, away);
            model->fetchMore({});
            QCOMPARE(errors.size(), 2);
            QCOMPARE(model->rowCount(), firstPage);
            QCOMPARE(inserts.size(), inserted);
            QVERIFY(!model->canFetchMore({}));
            rename(away, table);
        }
    }

    void reloadShowsNewStateAndKeepsFilter()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Spikevax"), 5);
        QVERIFY(bookMany(desk, vaccineId, 3));
        BookingTableModel model(&desk.store);
        model.setFilter(BookingTableModel::Field::Name, nameOf(1));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(desk.commands->cancel(model.bookingCode(0)).isDone());
        QCOMPARE(model.bookingState(0), BookingState::Booked); // not until reloaded
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.bookingState(0), BookingState::Cancelled);
        QCOMPARE(model.index(0, BookingTableModel::StateColumn).data().toString(),
                 bookingStateText(BookingState::Cancelled));
        QCOMPARE(model.data(model.index(0, 0), BookingTableModel::StateRole).toInt(),
                 int(BookingState::Cancelled));
    }

    void stockNumbersFollowBookingAndCancel()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Vaxzevria"), 10);
        QVERIFY(!desk.addVaccine(QStringLiteral("Jcovden"), 0).isEmpty());
        StockTableModel model(&desk.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        const auto row = [&model](const QString &name) {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.index(r, StockTableModel::NameColumn).data().toString() == name)
                    return r;
            }
            return -1;
        };
        const auto cell = [&model](int r, int column) { return model.index(r, column).data().toInt(); };

        const int vaxzevria = row(QStringLiteral("Vaxzevria"));
        QVERIFY(vaxzevria >= 0);
        QCOMPARE(model.index(vaxzevria, StockTableModel::ManufacturerColumn).data().toString(),
                 QStringLiteral("Maker of Vaxzevria"));
        QCOMPARE(model.data(model.index(vaxzevria, 0), StockTableModel::VaccineIdRole).toString(), vaccineId);
        QCOMPARE(cell(vaxzevria, StockTableModel::OnHandColumn), 10);
        QCOMPARE(cell(vaxzevria, StockTableModel::BookedColumn), 0);
        QCOMPARE(cell(vaxzevria, StockTableModel::AvailableColumn), 10);
        QCOMPARE(cell(row(QStringLiteral("Jcovden")), StockTableModel::AvailableColumn), 0);

        QVERIFY(bookMany(desk, vaccineId, 1));
        model.reload();
        QCOMPARE(cell(vaxzevria, StockTableModel::OnHandColumn), 10);
        QCOMPARE(cell(vaxzevria, StockTableModel::BookedColumn), 1);
        QCOMPARE(cell(vaxzevria, StockTableModel::AvailableColumn), 9);

        BookingTableModel bookings(&desk.store);
        QVERIFY(desk.commands->cancel(bookings.bookingCode(0)).isDone());
        model.reload();
        QCOMPARE(cell(vaxzevria, StockTableModel::BookedColumn), 0);
        QCOMPARE(cell(vaxzevria, StockTableModel::AvailableColumn), 10);
    }

    void lotsAreMarkedByExpiry()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QDate today = TestDesk::start().date();
        const QString vaccineId = desk.addVaccine(QStringLiteral("Novavax"), 0);
        QVERIFY(desk.commands->receiveStock(vaccineId, QStringLiteral("A1"), today.addDays(5), 3).isDone());
        QVERIFY(desk.commands->receiveStock(vaccineId, QStringLiteral("B2"), today.addDays(40), 4).isDone());
        QVERIFY(desk.commands->receiveStock(vaccineId, QStringLiteral("C3"), today.addDays(365), 5).isDone());

        desk.clock.advanceDays(10); // A1 has now expired, B2 expires within 30 days
        LotTableModel model(&desk.store, &desk.clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        const auto status = [&model](int r) {
            return model.data(model.index(r, 0), LotTableModel::ExpiryStatusRole)
                .value<LotTableModel::ExpiryStatus>();
        };
        QCOMPARE(model.index(0, LotTableModel::LotNumberColumn).data().toString(), QStringLiteral("A1"));
        QCOMPARE(model.index(0, LotTableModel::VaccineColumn).data().toString(), QStringLiteral("Novavax"));
        QCOMPARE(model.index(0, LotTableModel::ExpiryColumn).data().toString(),
                 today.addDays(5).toString(Qt::ISODate));
        QCOMPARE(model.index(1, LotTableModel::RemainingColumn).data().toInt(), 4);
        // The state in words and numbers too, not only in the proxy's colours.
        QCOMPARE(model.index(0, LotTableModel::DaysLeftColumn).data().toString(), QStringLiteral("expired"));
        QCOMPARE(model.index(1, LotTableModel::DaysLeftColumn).data().toInt(), 30);
        QCOMPARE(model.index(2, LotTableModel::DaysLeftColumn).data().toInt(), 355);
        QCOMPARE(model.headerData(LotTableModel::DaysLeftColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Days left"));
        QCOMPARE(status(0), LotTableModel::ExpiryStatus::Expired);
        QCOMPARE(status(1), LotTableModel::ExpiryStatus::Soon);
        QCOMPARE(status(2), LotTableModel::ExpiryStatus::Ok);

        desk.clock.advanceDays(-10);
        model.reload();
        QCOMPARE(status(0), LotTableModel::ExpiryStatus::Soon);
        QCOMPARE(status(1), LotTableModel::ExpiryStatus::Ok);
        QCOMPARE(model.index(0, LotTableModel::DaysLeftColumn).data().toInt(), 5);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "test_itemmodels.moc"

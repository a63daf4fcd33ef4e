#include "TestDesk.h"
#include "models/domain/Actor.h"
#include "models/itemmodels/BookingTableModel.h"
#include "models/itemmodels/TodayTableModel.h"
#include "ui/MainWindow.h"
#include "ui/pages/AdminPage.h"
#include "ui/pages/BookingsPage.h"
#include "ui/pages/StockPage.h"
#include "ui/pages/SyncPage.h"
#include "ui/pages/TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// Issue 15, a clinic's first day: tables that stay readable, each role on its own page, reception and
// the nurse by keyboard. Driven through the real window on a real store.
class TestDeskClinicDay final : public QObject
{
    Q_OBJECT

private:
    static void showWindow(QWidget &window)
    {
        window.show();
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
    }

    static QString longName() { return QStringLiteral("Hubert Blaine Wolfeschlegelsteinhausenbergerdorff"); }

    // Every cell's text and every header fits its column: nothing is cut to "…".
    static bool readable(const QTableView *view, QString *why)
    {
        const QAbstractItemModel *model = view->model();
        const QFontMetrics metrics = view->fontMetrics();
        for (int column = 0; column < model->columnCount(); ++column) {
            const int width = view->columnWidth(column);
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            if (width < view->horizontalHeader()->fontMetrics().horizontalAdvance(title)) {
                *why = QStringLiteral("header %1 cut: %2 px").arg(title).arg(width);
                return false;
            }
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString text = model->index(row, column).data().toString();
                if (width < metrics.horizontalAdvance(text)) {
                    *why = QStringLiteral("%1 cut: %2 px").arg(text).arg(width);
                    return false;
                }
            }
        }
        return true;
    }

    static void bookLongName(TestDesk &desk, const QString &vaccineId, const QDateTime &when)
    {
        const Customer customer{longName(), QDate(1980, 5, 17), QStringLiteral("01012345678")};
        QVERIFY(desk.commands->book(vaccineId, customer, when).isDone());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init() { QSettings().clear(); }

    void columnsFitWhenDataArrivesAndTheFitCommand()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QTableView *view = window.bookingsView();
        QCOMPARE(view->model()->rowCount(), 0);
        // A person widening a column of the empty table: nothing is saved from it.
        view->horizontalHeader()->resizeSection(BookingTableModel::CodeColumn, 300);
        QVERIFY(!QSettings().contains(QStringLiteral("Columns/bookingsView")));

        bookLongName(desk, vaccineId, QDateTime(QDate(2024, 3, 4), QTime(10, 0)));
        // Cancelled today: the state column said "cancel…" in English.
        const Customer other{QStringLiteral("Kim"), QDate(1990, 1, 2), QStringLiteral("01099998888")};
        const CommandResult cancelled =
            desk.commands->book(vaccineId, other, QDateTime(QDate(2024, 3, 4), QTime(11, 0)));
        QVERIFY(cancelled.isDone());
        QVERIFY(desk.commands->cancel(cancelled.value).isDone());
        window.refresh();
        QCOMPARE(view->model()->rowCount(), 2);
        QString why;
        QVERIFY2(readable(view, &why), qPrintable(why));
        window.pages()->setCurrentWidget(window.todayPage());
        QTRY_COMPARE(window.todayPage()->todayView()->model()->rowCount(), 2);
        QVERIFY2(readable(window.todayPage()->todayView(), &why), qPrintable(why));
        // The slack goes to a column: no empty band right of the last one.
        const QHeaderView *todayHeader = window.todayPage()->todayView()->horizontalHeader();
        QVERIFY(todayHeader->length() >= window.todayPage()->todayView()->viewport()->width());

        // Cut by hand, fitted again by keyboard: the shortcut and the View menu's action, through tr().
        window.pages()->setCurrentWidget(window.bookingsPage());
        view->horizontalHeader()->resizeSection(BookingTableModel::NameColumn, 12);
        QVERIFY(!readable(view, &why));
        auto *fit = window.findChild<QAction *>(QStringLiteral("fitColumnsAction"));
        QVERIFY(fit);
        QCOMPARE(fit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
        QVERIFY(!fit->text().isEmpty());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QVERIFY2(readable(view, &why), qPrintable(why));
        // The header's context menu offers the same for that one table.
        const QList<QAction *> headerActions = view->horizontalHeader()->actions();
        QVERIFY(std::any_of(headerActions.cbegin(), headerActions.cend(), [](const QAction *action) {
            return action->objectName() == QLatin1String("fitColumnsAction");
        }));

        // A person's width, on a table with rows, survives a restart.
        view->horizontalHeader()->resizeSection(BookingTableModel::PhoneColumn, 333);
        window.close();
        MainWindow again(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(again);
        QCOMPARE(again.bookingsView()->columnWidth(BookingTableModel::PhoneColumn), 333);
    }

    void wrongSavedWidthsAreDropped_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("saved from an empty table by an earlier version") << true;
        QTest::newRow("narrower than the headers") << false;
    }

    void wrongSavedWidthsAreDropped()
    {
        QFETCH(bool, legacy);
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        {
            // What an earlier version left: the empty list fitted to its headers, saved on close.
            BookingTableModel model(&desk.store);
            QTableView table;
            table.setModel(&model);
            table.horizontalHeader()->setStretchLastSection(true);
            table.resizeColumnsToContents();
            if (!legacy) {
                for (int column = 0; column < model.columnCount(); ++column)
                    table.horizontalHeader()->resizeSection(column, 9);
            }
            QSettings settings;
            settings.setValue(QStringLiteral("Columns/bookingsView"), table.horizontalHeader()->saveState());
            if (!legacy)
                settings.setValue(QStringLiteral("Columns/bookingsView_rows"), 3);
        }
        bookLongName(desk, vaccineId, QDateTime(QDate(2024, 3, 5), QTime(10, 0)));
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QTRY_COMPARE(window.bookingsView()->model()->rowCount(), 1);
        QString why;
        QVERIFY2(readable(window.bookingsView(), &why), qPrintable(why));
        QVERIFY(!QSettings().contains(QStringLiteral("Columns/bookingsView")));
    }
    void eachRoleOpensOnItsOwnPage()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        const Actor reception{QStringLiteral("r1"), QStringLiteral("Reception Lee"), Role::Reception};
        const Actor nurse{QStringLiteral("i1"), QStringLiteral("Nurse Park"), Role::InjectionStaff};
        const Actor manager{QStringLiteral("v1"), QStringLiteral("Manager Choi"), Role::VaccineManager};
        const Actor admin{QStringLiteral("a1"), QStringLiteral("Admin Jung"), Role::Administrator};
        // As DeskSession does it: the window is made before anyone signs in, then each sign-in applies
        // the person's roles.
        desk.commands->setActor(Actor::nobody(QStringLiteral("desk")));
        auto window = std::make_unique<MainWindow>(&desk.store, desk.commands.get(), &desk.clock);
        window->setLocked(true);
        showWindow(*window);
        const auto signIn = [&](const Actor &actor) {
            window->setLocked(true);
            desk.commands->setActor(actor);
            window->applyRoles();
            window->refresh();
            window->setLocked(false);
            return window->pages()->currentWidget();
        };
        QCOMPARE(signIn(reception), window->bookingsPage());
        QCOMPARE(signIn(nurse), window->todayPage());
        QCOMPARE(signIn(manager), window->stockPage());
        QCOMPARE(signIn(admin), window->adminPage());

        // The last page a person used, where the roles allow it.
        QCOMPARE(signIn(reception), window->bookingsPage());
        QTest::keyClick(window.get(), Qt::Key_5, Qt::AltModifier);
        QCOMPARE(window->pages()->currentWidget(), window->syncPage());
        QCOMPARE(signIn(nurse), window->todayPage());
        QCOMPARE(signIn(reception), window->syncPage());
        // An administrator without a page of their own yet: the page last used at this desk.
        const Actor secondAdmin{QStringLiteral("a2"), QStringLiteral("Admin Yoon"), Role::Administrator};
        QCOMPARE(signIn(secondAdmin), window->syncPage());
        const Actor twoHats{QStringLiteral("v2"), QStringLiteral("Manager Han"),
                            Roles(Role::VaccineManager) | Role::Administrator};
        QCOMPARE(signIn(twoHats), window->stockPage());
        QTest::keyClick(window.get(), Qt::Key_4, Qt::AltModifier);
        QCOMPARE(window->pages()->currentWidget(), window->adminPage());
        QCOMPARE(signIn(nurse), window->todayPage());
        QCOMPARE(signIn(twoHats), window->adminPage());
        // The administrator's role taken away: the page no longer allowed is not opened.
        const Actor oneHat{twoHats.staffId, twoHats.displayName, Role::VaccineManager};
        QCOMPARE(signIn(oneHat), window->stockPage());

        // And after a restart.
        QCOMPARE(signIn(reception), window->syncPage());
        window->close();
        desk.commands->setActor(Actor::nobody(QStringLiteral("desk")));
        window = std::make_unique<MainWindow>(&desk.store, desk.commands.get(), &desk.clock);
        window->setLocked(true);
        showWindow(*window);
        QCOMPARE(signIn(nurse), window->todayPage());
        QCOMPARE(signIn(reception), window->syncPage());
    }
};

QTEST_MAIN(TestDeskClinicDay)
#include "test_desk_clinicday.moc"

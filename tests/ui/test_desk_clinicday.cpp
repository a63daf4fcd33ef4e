#include "TestDesk.h"
#include "models/domain/Actor.h"
#include "models/itemmodels/BookingTableModel.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/itemmodels/StockTableModel.h"
#include "models/itemmodels/TodayTableModel.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/BookingDialog.h"
#include "ui/dialogs/InjectDialog.h"
#include "ui/dialogs/SlipDialog.h"
#include "ui/pages/AdminPage.h"
#include "ui/pages/BookingsPage.h"
#include "ui/pages/StockPage.h"
#include "ui/pages/SyncPage.h"
#include "ui/pages/TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

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

    static QWidget *focused() { return QApplication::focusWidget(); }

    // Kim Minsu (010-1234-5678) and Lee Younghee (010-8765-4321), booked for 10:00 today, and the
    // commands then act for a nurse; their codes in that order.
    static QStringList bookTwoForTodayAsNurse(TestDesk &desk)
    {
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 10);
        const QDate today = TestDesk::start().date();
        QStringList codes;
        for (const auto &[name, phone] :
             {std::pair{QStringLiteral("Kim Minsu"), QStringLiteral("01012345678")},
              std::pair{QStringLiteral("Lee Younghee"), QStringLiteral("01087654321")}})
            codes.append(
                desk.commands
                    ->book(vaccineId, {name, QDate(1980, 5, 17), phone}, QDateTime(today, QTime(10, 0)))
                    .value);
        desk.commands->setActor(
            Actor{QStringLiteral("i1"), QStringLiteral("Nurse Park"), Role::InjectionStaff});
        return codes;
    }

    // The slip dialog open over `parent`, if any.
    static SlipDialog *openSlip(QWidget *parent)
    {
        for (SlipDialog *dialog : parent->findChildren<SlipDialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    static void closeSlips(QWidget *parent)
    {
        for (SlipDialog *dialog : parent->findChildren<SlipDialog *>())
            dialog->close();
        QTRY_VERIFY(!openSlip(parent));
        parent->activateWindow();
        QTRY_VERIFY(parent->isActiveWindow());
    }

    static void selectRow(QTableView *view, int row)
    {
        view->selectionModel()->setCurrentIndex(
            view->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
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
    // The Sync page names its empty tables' columns after making them, and again on a language
    // switch: "When", "Type", "Reason" were cut to "W…" on every desk without conflicts.
    void headersNamedAfterTheTableWasMadeAreFitted()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        window.pages()->setCurrentWidget(window.syncPage());
        QTableView *view = window.syncPage()->conflictsView();
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(view->model()->rowCount(), 0);
        const auto headersFit = [view](QString *why) {
            const QHeaderView *header = view->horizontalHeader();
            for (int column = 0; column < header->count(); ++column) {
                if (header->sectionSize(column) < header->sectionSizeHint(column)) {
                    *why = QStringLiteral("%1 cut: %2 px of %3")
                               .arg(view->model()->headerData(column, Qt::Horizontal).toString())
                               .arg(header->sectionSize(column))
                               .arg(header->sectionSizeHint(column));
                    return false;
                }
            }
            return true;
        };
        QString why;
        QVERIFY2(headersFit(&why), qPrintable(why));
        const QString english = view->model()->headerData(0, Qt::Horizontal).toString();
        Translations::install(qApp, QLocale(QLocale::Korean));
        QTRY_VERIFY(view->model()->headerData(0, Qt::Horizontal).toString() != english);
        const bool korean = headersFit(&why);
        Translations::install(qApp, QLocale(QLocale::English));
        QVERIFY2(korean, qPrintable(why));
    }

    // A standalone desk's Sync page counts the changes kept for a server: a booking cancelled on the
    // Bookings page is one more when the page is shown again, without F5.
    void syncPageCountsAChangeMadeOnAnotherPage()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        const Customer customer{QStringLiteral("Kim Minsu"), QDate(1980, 5, 17),
                                QStringLiteral("01012345678")};
        QVERIFY(
            desk.commands->book(vaccineId, customer, QDateTime(QDate(2024, 3, 5), QTime(10, 0))).isDone());
        desk.commands->setActor(
            Actor{QStringLiteral("r1"), QStringLiteral("Reception Lee"), Role::Reception});
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        auto *status = window.syncPage()->findChild<QLabel *>(QStringLiteral("syncStatus"));
        QVERIFY(status);
        const auto kept = [status] {
            static const QRegularExpression number(QStringLiteral("(\\d+) change"));
            return number.match(status->text()).captured(1).toInt();
        };
        QTest::keyClick(focused(), Qt::Key_5, Qt::AltModifier);
        QCOMPARE(window.pages()->currentWidget(), window.syncPage());
        const int before = kept();
        QVERIFY(before > 0);

        QTest::keyClick(focused(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(window.pages()->currentWidget(), window.bookingsPage());
        QTest::keyClick(focused(), Qt::Key_Down);
        QCOMPARE(focused(), window.bookingsView());
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(focused(), Qt::Key_Delete);
        QTRY_COMPARE(window.bookingModel()->bookingState(0), BookingState::Cancelled);

        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        QTest::keyClick(focused(), Qt::Key_5, Qt::AltModifier);
        QCOMPARE(window.pages()->currentWidget(), window.syncPage());
        QCOMPARE(kept(), before + 1);
    }

    // Every shortcut in Help > Keyboard shortcuts does its work or says on the status line why not:
    // with nothing (or a cancelled booking) selected, on a page the action is not for, on a desk
    // without a server. Each of these was silent.
    void everyShortcutDoesItsWorkOrSaysWhyNot()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        const QDateTime at(QDate(2024, 3, 5), QTime(10, 0));
        const CommandResult open = desk.commands->book(
            vaccineId, {QStringLiteral("Kim Minsu"), QDate(1980, 5, 17), QStringLiteral("01012345678")}, at);
        const CommandResult cancelled = desk.commands->book(
            vaccineId, {QStringLiteral("Kim Younghee"), QDate(1982, 1, 2), QStringLiteral("01087654321")},
            at);
        QVERIFY(open.isDone() && cancelled.isDone());
        QVERIFY(desk.commands->cancel(cancelled.value).isDone());
        desk.commands->setActor(Actor{QStringLiteral("r1"), QStringLiteral("Lee"),
                                      Roles(Role::Reception) | Role::InjectionStaff});
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QCOMPARE(window.pages()->currentWidget(), window.bookingsPage());
        const auto press = [&window](QKeyCombination key) {
            window.statusBar()->clearMessage();
            QTest::keyClick(focused(), key.key(), key.keyboardModifiers());
            return window.statusBar()->currentMessage();
        };

        // Two matches, none selected: Ctrl+P has nothing to print.
        QCOMPARE(focused(), window.searchEdit());
        QTest::keyClicks(window.searchEdit(), QStringLiteral("Kim"));
        QTRY_COMPARE(window.bookingModel()->rowCount(), 2);
        QVERIFY(!window.bookingsView()->currentIndex().isValid());
        QVERIFY(!press(Qt::CTRL | Qt::Key_P).isEmpty());
        QVERIFY(!openSlip(&window));

        // The cancelled booking selected: Del and Ctrl+P say it is cancelled.
        QTest::keyClick(focused(), Qt::Key_Down);
        QCOMPARE(focused(), window.bookingsView());
        QCOMPARE(window.bookingModel()->bookingCode(0), cancelled.value);
        QString said = press(QKeyCombination(Qt::Key_Delete));
        QVERIFY2(said.contains(cancelled.value), qPrintable(said));
        said = press(Qt::CTRL | Qt::Key_P);
        QVERIFY2(said.contains(cancelled.value), qPrintable(said));
        QCOMPARE(desk.store.bookings()->byCode(open.value)->state, BookingState::Booked);

        // On the Sync page: the Today page's keys name the page they work on.
        QTest::keyClick(focused(), Qt::Key_5, Qt::AltModifier);
        QCOMPARE(window.pages()->currentWidget(), window.syncPage());
        const QString today = window.pages()->tabText(window.pages()->indexOf(window.todayPage()));
        said = press(Qt::CTRL | Qt::Key_I);
        QVERIFY2(said.contains(today), qPrintable(said));
        said = press(Qt::CTRL | Qt::Key_F);
        QVERIFY2(!said.isEmpty(), qPrintable(said));
        // No server: Sync now says so, whether or not the page was read before, from any page.
        const QString standalone = press(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
        QVERIFY(!standalone.isEmpty());
        QTest::keyClick(focused(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(window.pages()->currentWidget(), window.bookingsPage());
        QCOMPARE(press(Qt::CTRL | Qt::SHIFT | Qt::Key_S), standalone);
        // In the language chosen since, though the Sync page was not shown again.
        const QString english = window.newBookingAction()->text();
        Translations::install(qApp, QLocale(QLocale::Korean));
        QTRY_VERIFY(window.newBookingAction()->text() != english);
        const QString korean = press(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
        Translations::install(qApp, QLocale(QLocale::English));
        QVERIFY2(!korean.isEmpty() && korean != standalone, qPrintable(korean));
    }

    // The vaccine manager registers a vaccine and receives its first lot by keyboard: the new vaccine
    // is selected in the stock table, and Ctrl+R receives for the vaccine selected there (the form
    // offered the first by name, so a lot went under another vaccine unless someone noticed).
    void stockIsReceivedForTheVaccineSelected()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString comirnaty = desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        desk.commands->setActor(
            Actor{QStringLiteral("v1"), QStringLiteral("Manager Cho"), Role::VaccineManager});
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QCOMPARE(window.pages()->currentWidget(), window.stockPage());
        QTest::keyClick(focused(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(form);
        form->activateWindow();
        QTRY_VERIFY(form->isActiveWindow());
        QTest::keyClicks(focused(), QStringLiteral("Zeta"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QTest::keyClicks(focused(), QStringLiteral("Zeta Pharma"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        QTableView *stock = window.stockView();
        QCOMPARE(stock->model()->rowCount(), 2);
        QVERIFY(stock->currentIndex().isValid());
        const QString zeta =
            stock->currentIndex().siblingAtColumn(0).data(StockTableModel::VaccineIdRole).toString();
        QVERIFY(!zeta.isEmpty() && zeta != comirnaty);

        const auto receivingFor = [&window] {
            QTest::keyClick(focused(), Qt::Key_R, Qt::ControlModifier);
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            auto *vaccine = dialog ? dialog->findChild<QComboBox *>(QStringLiteral("vaccineCombo")) : nullptr;
            const QString id = vaccine ? vaccine->currentData().toString() : QString();
            if (dialog)
                dialog->reject();
            window.activateWindow();
            return id;
        };
        QCOMPARE(receivingFor(), zeta);
        QTRY_VERIFY(window.isActiveWindow());
        stock->setFocus();
        QTest::keyClick(stock, Qt::Key_Up);
        QCOMPARE(receivingFor(), comirnaty);
    }

    // A clerk scrolled past the first page of a large list keeps the booking selected when the list is
    // read again (F5, a sync round that brought other desks' changes, a cancellation): it was dropped
    // with every row past the first page, and the list jumped.
    void aSelectionPastTheFirstPageSurvivesAReload()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 300);
        const int count = PagedTableModel::kDefaultPageSize + 5;
        for (int i = 0; i < count; ++i) {
            const Customer customer{QStringLiteral("Customer %1").arg(i), QDate(1980, 5, 17),
                                    QStringLiteral("0101234%1").arg(i, 4, 10, QLatin1Char('0'))};
            QVERIFY(desk.commands->book(vaccineId, customer, QDateTime(QDate(2024, 3, 5), QTime(10, 0)))
                        .isDone());
        }
        desk.commands->setActor(
            Actor{QStringLiteral("r1"), QStringLiteral("Reception Lee"), Role::Reception});
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QTableView *view = window.bookingsView();
        BookingTableModel *model = window.bookingModel();
        while (model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        QCOMPARE(model->rowCount(), count);
        const int row = count - 2;
        const QString code = model->bookingCode(row);
        view->setFocus();
        selectRow(view, row);
        QTest::keyClick(focused(), Qt::Key_F5);
        QVERIFY(view->currentIndex().isValid());
        QCOMPARE(model->bookingCode(view->currentIndex().row()), code);
        // Cancelled there, by Del: still selected, now cancelled.
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(focused(), Qt::Key_Delete);
        QTRY_COMPARE(desk.store.bookings()->byCode(code)->state, BookingState::Cancelled);
        QVERIFY(view->currentIndex().isValid());
        QCOMPARE(model->bookingCode(view->currentIndex().row()), code);
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
    void receptionByKeyboard()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 9);
        const QDateTime at(QDate(2024, 3, 5), QTime(10, 0));
        QStringList codes;
        for (const auto &[name, phone] :
             {std::pair{QStringLiteral("Kim Minsu"), QStringLiteral("01012345678")},
              std::pair{QStringLiteral("Lee Younghee"), QStringLiteral("01087654321")},
              std::pair{QStringLiteral("Park Chulsoo"), QStringLiteral("01055550123")}}) {
            const CommandResult booked =
                desk.commands->book(vaccineId, {name, QDate(1980, 5, 17), phone}, at);
            QVERIFY(booked.isDone());
            codes.append(booked.value);
        }
        desk.commands->setActor(
            Actor{QStringLiteral("r1"), QStringLiteral("Reception Lee"), Role::Reception});
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QTableView *view = window.bookingsView();
        QLineEdit *search = window.searchEdit();

        // One match, even an exact code, is selected: Ctrl+P from the search box prints its slip.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focused(), search);
        QTest::keyClicks(search, codes.at(1));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTRY_COMPARE(view->currentIndex().row(), 0);
        QVERIFY(window.bookingsPage()->slipAction()->isEnabled());
        QTest::keyClick(search, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(openSlip(&window));
        closeSlips(&window);

        // A phone's last four digits (뒷자리) find it too.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("5678"));
        QTRY_COMPARE(window.bookingModel()->bookingCode(0), codes.at(0));
        QCOMPARE(view->model()->rowCount(), 1);
        // Even when they start like a mobile number, if no phone starts with them.
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("0123"));
        QTRY_COMPARE(window.bookingModel()->bookingCode(0), codes.at(2));
        QCOMPARE(view->model()->rowCount(), 1);
        QTRY_COMPARE(view->currentIndex().row(), 0);

        // Down from the search box goes into the list, where Del cancels (after asking).
        search->setFocus();
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("010"));
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(focused(), view);
        QVERIFY(view->currentIndex().isValid());
        QString question;
        QTimer::singleShot(0, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::No)->click();
        });
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY2(question.contains(window.bookingModel()->bookingCode(view->currentIndex().row())),
                 qPrintable(question));

        // A booking made while a search is shown: the list shows it, selected, and the confirmation
        // offers Print, which Enter presses.
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        search->setFocus();
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("Park"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto *dialog = window.findChild<BookingDialog *>();
        QVERIFY(dialog);
        dialog->activateWindow();
        QTRY_VERIFY(dialog->isActiveWindow());
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Choi Jiwoo"));
        dialog->findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))
            ->setText(QStringLiteral("1990-01-02"));
        dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->setText(QStringLiteral("010-2222-3333"));
        QString code;
        connect(dialog, &BookingDialog::booked, this, [&code](const QString &booked) { code = booked; });
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_VERIFY(!code.isEmpty());
        auto *message = window.findChild<QMessageBox *>(QStringLiteral("bookedMessage"));
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        auto *print = message->findChild<QPushButton *>(QStringLiteral("printSlipButton"));
        QVERIFY(print);
        QVERIFY(!print->text().isEmpty());
        QCOMPARE(message->defaultButton(), print);
        QVERIFY(view->currentIndex().isValid());
        QCOMPARE(window.bookingModel()->bookingCode(view->currentIndex().row()), code);
        QTest::keyClick(message, Qt::Key_Return);
        QTRY_VERIFY(openSlip(&window));
        QVERIFY(openSlip(&window)->slip().content().code == code);
        closeSlips(&window);
    }

    void bookingFormShowsEveryErrorAtOnce()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        BookingDialog dialog(&desk.store, desk.commands.get(), QDateTime(QDate(2024, 3, 1), QTime(10, 30)));
        showWindow(dialog);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *birthDate = dialog.findChild<QLineEdit *>(QStringLiteral("birthDateEdit"));
        auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
        auto *appointment = dialog.findChild<QDateTimeEdit *>(QStringLiteral("appointmentEdit"));
        const auto error = [&dialog](const char *field) {
            auto *label = dialog.findChild<QLabel *>(QLatin1String(field) + QStringLiteral("Error"));
            return label && label->isVisible() ? label->text() : QString();
        };
        birthDate->setText(QStringLiteral("1980-13-45"));
        phone->setText(QStringLiteral("call me"));
        // The appointment is in the past too: all four are said at once, each by its field.
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(error("name"), Refusal::make(RefusalCode::EmptyName).message);
        QCOMPARE(error("birthDate"),
                 Refusal::make(RefusalCode::InvalidDate, QStringLiteral("1980-13-45")).message);
        QCOMPARE(error("phone"), Refusal::make(RefusalCode::InvalidPhone, QStringLiteral("call me")).message);
        QVERIFY(!error("appointment").isEmpty());
        QCOMPARE(focused(), name); // the first one, to be typed
        QCOMPARE(desk.store.bookings()->count(), 0);

        // Each goes as it is fixed, the others stay.
        QTest::keyClicks(name, QStringLiteral("Hong Gildong"));
        QVERIFY(error("name").isEmpty());
        QVERIFY(!error("birthDate").isEmpty());
        birthDate->setFocus();
        QTest::keyClick(birthDate, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(birthDate, QStringLiteral("19800517"));
        QVERIFY(error("birthDate").isEmpty());
        phone->setFocus();
        QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(phone, QStringLiteral("01012345678"));
        QVERIFY(error("phone").isEmpty());
        QVERIFY(!error("appointment").isEmpty());

        // Refused again for the appointment alone: its text is selected and typing replaces it.
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(focused(), appointment);
        QTest::keyClicks(appointment, QStringLiteral("2024-03-05 10:30"));
        QCOMPARE(appointment->dateTime(), QDateTime(QDate(2024, 3, 5), QTime(10, 30)));
        QVERIFY(error("appointment").isEmpty());
        QTest::keyClick(appointment, Qt::Key_Return);
        QTRY_COMPARE(desk.store.bookings()->count(), 1);
    }
    void theNursesFlow()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 10);
        const auto book = [&](const QString &name, const QString &phone, const QDateTime &at) {
            const CommandResult booked =
                desk.commands->book(vaccineId, {name, QDate(1980, 5, 17), phone}, at);
            return booked.value;
        };
        const QDate today = TestDesk::start().date();
        const QString kim =
            book(QStringLiteral("Kim Minsu"), QStringLiteral("01012345678"), QDateTime(today, QTime(10, 0)));
        const QString lee = book(QStringLiteral("Lee Younghee"), QStringLiteral("01087654321"),
                                 QDateTime(today, QTime(10, 30)));
        const QString park = book(QStringLiteral("Park Chulsoo"), QStringLiteral("01055551111"),
                                  QDateTime(today, QTime(11, 0)));
        const QString choi = book(QStringLiteral("Choi Jiwoo"), QStringLiteral("01022223333"),
                                  QDateTime(today.addDays(1), QTime(9, 0)));
        QVERIFY(!kim.isEmpty() && !lee.isEmpty() && !park.isEmpty() && !choi.isEmpty());
        QVERIFY(desk.commands->cancel(lee).isDone());
        desk.commands->setActor(
            Actor{QStringLiteral("i1"), QStringLiteral("Nurse Park"), Role::InjectionStaff});
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QCOMPARE(window.pages()->currentWidget(), window.todayPage());
        QTableView *view = window.todayPage()->todayView();
        QAbstractItemModel *model = view->model();
        QTRY_COMPARE(model->rowCount(), 3);
        const auto codeAt = [model](int row) {
            return model->index(row, TodayTableModel::CodeColumn).data().toString();
        };
        const auto currentCode = [&] {
            return view->currentIndex().isValid() ? codeAt(view->currentIndex().row()) : QString();
        };

        // The birth date, a second identifier, is in the list; the cancelled row is dimmed.
        QCOMPARE(model->headerData(TodayTableModel::BirthDateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Birth date"));
        QCOMPARE(model->index(0, TodayTableModel::BirthDateColumn).data().toString(),
                 QStringLiteral("1980-05-17"));
        QCOMPARE(codeAt(1), lee);
        QVERIFY(model->index(1, TodayTableModel::NameColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model->index(0, TodayTableModel::NameColumn).data(Qt::ForegroundRole).isValid());

        // A search box (part of a name, a code, a phone's digits anywhere) reached by Ctrl+F.
        auto *search = window.todayPage()->findChild<QLineEdit *>(QStringLiteral("todaySearch"));
        QVERIFY(search);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focused(), search);
        QTest::keyClicks(search, QStringLiteral("park"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(codeAt(0), park);
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("5678"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(codeAt(0), kim);
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, lee.left(5).toLower());
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(codeAt(0), lee);
        search->clear();
        QTRY_COMPARE(model->rowCount(), 3);

        // Waiting only: the cancelled row goes; after an injection the next person waiting is selected.
        auto *waiting = window.todayPage()->findChild<QCheckBox *>(QStringLiteral("waitingOnly"));
        QVERIFY(waiting);
        QVERIFY(!waiting->text().isEmpty());
        waiting->setChecked(true);
        QTRY_COMPARE(model->rowCount(), 2);
        view->setFocus();
        selectRow(view, 0);
        QCOMPARE(currentCode(), kim);
        QTest::keyClick(view, Qt::Key_I, Qt::ControlModifier);
        auto *dialog = window.findChild<InjectDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *birth = dialog->findChild<QLabel *>(QStringLiteral("injectBirthDate"));
        QVERIFY(birth);
        QVERIFY(birth->text().contains(QStringLiteral("1980-05-17")));
        dialog->activateWindow();
        QTRY_VERIFY(dialog->isActiveWindow());
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE(desk.store.bookings()->byCode(kim)->state, BookingState::Injected);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(currentCode(), park);
        waiting->setChecked(false);
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(currentCode(), park);

        // Another day's booking: asked first, naming the day; No records nothing.
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        window.todayPage()->findChild<QDateEdit *>(QStringLiteral("todayDate"))->setDate(today.addDays(1));
        QTRY_COMPARE(model->rowCount(), 1);
        selectRow(view, 0);
        view->setFocus();
        QString question;
        const auto answer = [&question](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [&question, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                question = box->text() + box->informativeText();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        QTest::keyClick(view, Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY2(question.contains(today.addDays(1).toString(Qt::ISODate)), qPrintable(question));
        QTest::qWait(50);
        QVERIFY(!window.findChild<InjectDialog *>() || !window.findChild<InjectDialog *>()->isVisible());
        QCOMPARE(desk.store.bookings()->byCode(choi)->state, BookingState::Booked);
        question.clear();
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        view->setFocus();
        answer(QMessageBox::Yes);
        QTest::keyClick(view, Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(!question.isEmpty());
        QTRY_VERIFY(window.findChild<InjectDialog *>() && window.findChild<InjectDialog *>()->isVisible());
    }
    // Enter in Today's search box goes into the list, as Down does: it has no search to start there.
    void enterInTodaysSearchGoesIntoTheList()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        QCOMPARE(bookTwoForTodayAsNurse(desk).size(), 2);
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QTableView *view = window.todayPage()->todayView();
        auto *search = window.todayPage()->findChild<QLineEdit *>(QStringLiteral("todaySearch"));
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("010"));
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(focused(), view);
        QCOMPARE(view->currentIndex().row(), 0);
    }

    // After an injection the selection moves on to the next person; Ctrl+Z right then is about the
    // injection just made, not about that next person (the question names whose it is).
    void undoRightAfterAnInjectionIsAboutThatInjection()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QStringList codes = bookTwoForTodayAsNurse(desk);
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QTableView *view = window.todayPage()->todayView();
        QTRY_COMPARE(view->model()->rowCount(), 2);
        view->setFocus();
        selectRow(view, 0);
        QTest::keyClick(view, Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<InjectDialog *>() && window.findChild<InjectDialog *>()->isVisible());
        window.findChild<InjectDialog *>()->activateWindow();
        QTRY_VERIFY(window.findChild<InjectDialog *>()->isActiveWindow());
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE(desk.store.bookings()->byCode(codes.at(0))->state, BookingState::Injected);
        QTRY_COMPARE(view->currentIndex().row(), 1); // Lee, waiting

        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        view->setFocus();
        QVERIFY(window.todayPage()->undoAction()->isEnabled());
        QString question;
        QTimer::singleShot(0, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY2(question.contains(QLatin1String("Kim Minsu")), qPrintable(question));
        QTRY_COMPARE(desk.store.bookings()->byCode(codes.at(0))->state, BookingState::Booked);
        QCOMPARE(desk.store.bookings()->byCode(codes.at(1))->state, BookingState::Booked);
        // Once undone, Ctrl+Z has nothing of its own to go back to, and nobody selected is injected.
        QVERIFY(!window.todayPage()->undoAction()->isEnabled());
    }

    // As on the Bookings page, one match on Today's list is selected: the nurse types the last four
    // digits of the phone and Ctrl+I marks that person, without Down first.
    void todaysSingleMatchIsSelected()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        QCOMPARE(bookTwoForTodayAsNurse(desk).size(), 2);
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QTableView *view = window.todayPage()->todayView();
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(focused(), QStringLiteral("4321"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(view->currentIndex().isValid());
        QTest::keyClick(focused(), Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<InjectDialog *>() && window.findChild<InjectDialog *>()->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("injectBirthDate")));
        window.findChild<InjectDialog *>()->reject();
    }

    void theDayResetsToTodayOnSignInAndAtMidnight()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QDate today = TestDesk::start().date();
        const Actor nurse{QStringLiteral("i1"), QStringLiteral("Nurse Park"), Role::InjectionStaff};
        desk.commands->setActor(nurse);
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        auto *day = window.todayPage()->findChild<QDateEdit *>(QStringLiteral("todayDate"));
        QVERIFY(day);
        QCOMPARE(day->date(), today);
        // Looking at tomorrow, then signing out: the next person starts on today.
        day->setDate(today.addDays(1));
        window.setLocked(true);
        window.applyRoles();
        window.setLocked(false);
        QCOMPARE(day->date(), today);

        // Left on another day at midnight: the new day is shown.
        day->setDate(today.addDays(3));
        desk.clock.set(QDateTime(today, QTime(23, 59, 59, 800)));
        window.setLocked(true);
        window.applyRoles();
        window.setLocked(false);
        QCOMPARE(day->date(), today);
        day->setDate(today.addDays(3));
        desk.clock.set(QDateTime(today.addDays(1), QTime(0, 0, 0, 100)));
        QTRY_COMPARE(day->date(), today.addDays(1));
    }
};

QTEST_MAIN(TestDeskClinicDay)
#include "test_desk_clinicday.moc"

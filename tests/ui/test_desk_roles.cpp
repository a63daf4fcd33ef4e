#include "TestDesk.h"
#include "models/commands/Authenticator.h"
#include "models/commands/ClinicSetup.h"
#include "models/commands/PasswordHasher.h"
#include "models/domain/Actor.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/itemmodels/BookingTableModel.h"
#include "models/itemmodels/LotTableModel.h"
#include "models/itemmodels/TodayTableModel.h"
#include "models/store/AuditStore.h"
#include "translations/Translations.h"
#include "ui/DeskSettings.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/BookingDialog.h"
#include "ui/dialogs/CsvImportDialog.h"
#include "ui/dialogs/InjectDialog.h"
#include "ui/dialogs/SetupWizard.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/dialogs/WriteOffDialog.h"
#include "ui/pages/AdminPage.h"
#include "ui/pages/BookingsPage.h"
#include "ui/pages/StockPage.h"
#include "ui/pages/TodayPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

// Sign-in, roles, today's injections with undo, the CSV preview and the language switch, driven
// through the real widgets on a real store, the way staff drive them: by keyboard.
class TestDeskRoles final : public QObject
{
    Q_OBJECT

private:
    static QWidget *focused() { return QApplication::focusWidget(); }

    static void typeInto(QWidget *widget, const QString &ascii)
    {
        widget->setFocus();
        QTest::keyClicks(widget, ascii);
    }

    // Clicks `button` in the next message box that opens, once it is the modal widget.
    static void answerNextBox(QMessageBox::StandardButton button, QString *text = nullptr)
    {
        QTimer::singleShot(0, [button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            if (text)
                *text = box->text();
            box->button(button)->click();
        });
    }

    static bool tabVisible(MainWindow &window, QWidget *page)
    {
        return window.pages()->isTabVisible(window.pages()->indexOf(page));
    }

    static void showWindow(QWidget &window)
    {
        window.show();
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
    }

    // The window of `actor`, shown, over an open desk.
    static std::unique_ptr<MainWindow> windowOf(TestDesk &desk, const Actor &actor)
    {
        desk.commands->setActor(actor);
        auto window = std::make_unique<MainWindow>(&desk.store, desk.commands.get(), &desk.clock);
        window->show();
        window->activateWindow();
        return window;
    }

    static Actor nurse()
    {
        return {QStringLiteral("i1"), QStringLiteral("Nurse Park"), Role::InjectionStaff};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void signInWrongPasswordAndLockout()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        ClinicSetup setup(&desk.store, &desk.clock, &hasher);
        QVERIFY(setup.needsSetup());
        QVERIFY(setup
                    .createClinic(QStringLiteral("Mapo Clinic"), QStringLiteral("nurse.kim"),
                                  QStringLiteral("Kim Nurse"), QStringLiteral("correct horse"), everyRole())
                    .isDone());
        Authenticator authenticator(&desk.store, &desk.clock, &hasher);

        {
            // At a locked desk Escape does nothing: rejecting there quits the program.
            SignInDialog locked(&authenticator, desk.store.identity().siteName, true);
            showWindow(locked);
            QTest::keyClick(&locked, Qt::Key_Escape);
            QVERIFY(locked.isVisible());
        }
        SignInDialog dialog(&authenticator, desk.store.identity().siteName, false);
        showWindow(dialog);
        auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        typeInto(username, QStringLiteral("nurse.kim"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), password);

        // A wrong password: said inline, the password cleared, the dialog still open.
        QTest::keyClicks(password, QStringLiteral("wrong password"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.refusalText(), Refusal::make(RefusalCode::BadCredentials).message);
        QVERIFY(password->text().isEmpty());
        QVERIFY(dialog.isVisible());
        // An unknown user hears the same, so a guesser learns nothing.
        username->setText(QStringLiteral("nobody"));
        QTest::keyClicks(password, QStringLiteral("correct horse"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.refusalText(), Refusal::make(RefusalCode::BadCredentials).message);

        // A password typed into the username field never reaches the audit trail, even one
        // with a username's shape.
        for (const QString &typed : {QStringLiteral("correct horse"), QStringLiteral("hunter2024")}) {
            username->setText(typed);
            QTest::keyClicks(password, QStringLiteral("x"));
            QTest::keyClick(password, Qt::Key_Return);
        }
        for (const AuditEntry &entry : desk.store.audit()->page({})) {
            for (const QString &secret : {QStringLiteral("horse"), QStringLiteral("hunter")}) {
                QVERIFY(!entry.staffName.contains(secret));
                QVERIFY(!entry.subject.contains(secret));
            }
        }

        // Four more wrong ones lock the account; then even the right password is refused.
        username->setText(QStringLiteral("nurse.kim"));
        for (int attempt = 2; attempt <= Authenticator::kDefaultMaxAttempts; ++attempt) {
            QTest::keyClicks(password, QStringLiteral("wrong %1").arg(attempt));
            QTest::keyClick(password, Qt::Key_Return);
        }
        QTest::keyClicks(password, QStringLiteral("correct horse"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.refusalText().contains(QStringLiteral("locked")), qPrintable(dialog.refusalText()));

        // Five minutes later the right password signs in.
        desk.clock.advanceSecs(Authenticator::kDefaultLockSeconds);
        QTest::keyClicks(password, QStringLiteral("correct horse"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.staff().username, QStringLiteral("nurse.kim"));
        QVERIFY(desk.store.audit()->count() >= 8); // setup, 7 attempts and the lock
    }

    void setupWizardRefusesAWeakPassword()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        ClinicSetup setup(&desk.store, &desk.clock, &hasher);
        SetupWizard wizard(&setup);
        showWindow(wizard);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("siteNameEdit")),
                         QStringLiteral("Mapo Clinic"));
        wizard.next();
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("displayNameEdit")),
                         QStringLiteral("Admin"));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("adminUsernameEdit")),
                         QStringLiteral("admin"));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("adminPasswordEdit")),
                         QStringLiteral("short"));
        QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("adminRepeatEdit")),
                         QStringLiteral("short"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.isVisible());
        QVERIFY(!wizard.refusalText().isEmpty());
        QVERIFY(setup.needsSetup()); // nothing written

        auto *passwordEdit = wizard.findChild<QLineEdit *>(QStringLiteral("adminPasswordEdit"));
        auto *repeatEdit = wizard.findChild<QLineEdit *>(QStringLiteral("adminRepeatEdit"));
        passwordEdit->setText(QStringLiteral("long enough 1"));
        repeatEdit->setText(QStringLiteral("long enough 1"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!setup.needsSetup());
        QCOMPARE(desk.store.identity().siteName, QStringLiteral("Mapo Clinic"));
    }

    void eachRoleSeesOnlyItsWork()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        desk.commands->setActor(
            Actor{QStringLiteral("r1"), QStringLiteral("Reception Lee"), Role::Reception});
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QVERIFY(tabVisible(window, window.bookingsPage()));
        QVERIFY(!tabVisible(window, window.todayPage()));
        QVERIFY(!tabVisible(window, window.stockPage()));
        QVERIFY(!tabVisible(window, window.adminPage()));
        QVERIFY(window.newBookingAction()->isVisible());
        QVERIFY(!window.todayPage()->injectAction()->isVisible());

        // Injection staff: no booking page, and Ctrl+N opens nothing.
        desk.commands->setActor(
            Actor{QStringLiteral("i1"), QStringLiteral("Nurse Park"), Role::InjectionStaff});
        window.applyRoles();
        QVERIFY(!tabVisible(window, window.bookingsPage()));
        QVERIFY(tabVisible(window, window.todayPage()));
        QVERIFY(!window.newBookingAction()->isVisible());
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(window.findChildren<QDialog *>().isEmpty() ||
                std::none_of(window.findChildren<QDialog *>().cbegin(),
                             window.findChildren<QDialog *>().cend(),
                             [](const QDialog *d) { return d->isVisible(); }));

        // And the models refuse what the window hides: hiding is not the guard.
        const Customer customer{QStringLiteral("Hong Gildong"), QDate(1980, 5, 17),
                                QStringLiteral("01012345678")};
        const CommandResult booking =
            desk.commands->book(vaccineId, customer, QDateTime(QDate(2024, 3, 5), QTime(9, 0)));
        QCOMPARE(booking.refusal.code, RefusalCode::NotPermitted);
        QCOMPARE(desk.store.bookings()->count(), 0);
        QCOMPARE(
            desk.commands->receiveStock(vaccineId, QStringLiteral("X1"), QDate(2024, 12, 1), 3).refusal.code,
            RefusalCode::NotPermitted);
    }

    void injectWithTheDefaultLotThenUndo()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 0);
        // The earliest expiry that has not expired is the default.
        QVERIFY(
            desk.commands->receiveStock(vaccineId, QStringLiteral("LATE"), QDate(2024, 9, 1), 5).isDone());
        QVERIFY(
            desk.commands->receiveStock(vaccineId, QStringLiteral("SOON"), QDate(2024, 3, 20), 5).isDone());
        QVERIFY(
            desk.commands->receiveStock(vaccineId, QStringLiteral("GONE"), QDate(2024, 3, 10), 5).isDone());
        const Customer customer{QStringLiteral("김민수"), QDate(1980, 5, 17), QStringLiteral("01012345678")};
        const CommandResult booked =
            desk.commands->book(vaccineId, customer, QDateTime(QDate(2024, 3, 4), QTime(10, 30)));
        QVERIFY(booked.isDone());
        desk.clock.set(QDateTime(QDate(2024, 3, 4), QTime(10, 40)));
        desk.commands->setActor(
            Actor{QStringLiteral("i1"), QStringLiteral("Nurse Park"), Role::InjectionStaff});
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QCOMPARE(window.pages()->currentWidget(), window.todayPage());
        QTableView *view = window.todayPage()->todayView();
        QCOMPARE(view->model()->rowCount(), 1);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QVERIFY(window.todayPage()->injectAction()->isEnabled());

        QTest::keyClick(view, Qt::Key_I, Qt::ControlModifier);
        auto *dialog = window.findChild<InjectDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *lots = dialog->findChild<QComboBox *>(QStringLiteral("lotCombo"));
        QCOMPARE(lots->count(), 3); // all three usable on 03-04 (GONE expires 03-10)
        // GONE expires first and has not expired yet on 03-04, so it is the default.
        QCOMPARE(dialog->lotNumber(), QStringLiteral("GONE"));
        QTest::keyClick(lots, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(desk.store.bookings()->byCode(booked.value)->state, BookingState::Injected);
        QCOMPARE(desk.store.stock()->lot(vaccineId, QStringLiteral("GONE"))->remaining, 4);
        QVERIFY(window.todayPage()->undoAction()->isEnabled());

        // Undo, confirmed: the booking is open again and the dose is back in its lot.
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        QString question;
        answerNextBox(QMessageBox::Yes, &question);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(question.contains(booked.value));
        QCOMPARE(desk.store.bookings()->byCode(booked.value)->state, BookingState::Booked);
        QCOMPARE(desk.store.stock()->lot(vaccineId, QStringLiteral("GONE"))->remaining, 5);
        QCOMPARE(window.todayPage()->todayModel()->bookingState(0), BookingState::Booked);

        // Cancelled at the reception while the page is hidden (the window tells the page, as
        // after a cancel on the Bookings page): shown again, the page has it.
        window.hide();
        desk.commands->setActor(
            Actor{QStringLiteral("r1"), QStringLiteral("Reception Kim"), Role::Reception});
        QVERIFY(desk.commands->cancel(booked.value).isDone());
        window.todayPage()->reload();
        showWindow(window);
        QCOMPARE(window.todayPage()->todayModel()->bookingState(0), BookingState::Cancelled);
    }

    void lotWriteOffNamesItsLotInTheAuditAndTheStatusLine()
    {
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English)); // "2 doses"
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 5); // LOT-Comirnaty, 12-31
        QVERIFY(
            desk.commands->receiveStock(vaccineId, QStringLiteral("EARLY"), QDate(2024, 3, 20), 3).isDone());
        QVERIFY(
            desk.commands->receiveStock(vaccineId, QStringLiteral("GONE"), QDate(2024, 6, 1), 1).isDone());
        QVERIFY(
            desk.commands->writeOff(vaccineId, 1, QStringLiteral("broken"), QStringLiteral("GONE")).isDone());
        desk.addVaccine(QStringLiteral("Spikevax"), 4); // another vaccine's lot is not offered
        desk.commands->setActor(Actor{QStringLiteral("m1"), QStringLiteral("Manager Han"),
                                      Role::VaccineManager | Role::Administrator});
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        window.pages()->setCurrentWidget(window.stockPage());
        window.stockPage()->stockView()->setCurrentIndex(
            window.stockPage()->stockView()->model()->index(0, 0));
        window.stockPage()->writeOffAction()->trigger();
        auto *dialog = window.findChild<WriteOffDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setVaccine(vaccineId);
        auto *lots = dialog->findChild<QComboBox *>(QStringLiteral("lotCombo"));
        QCOMPARE(lots->count(), 2);                             // GONE holds nothing
        QCOMPARE(dialog->lotNumber(), QStringLiteral("EARLY")); // the earliest expiry holding doses
        lots->setCurrentIndex(1);
        QCOMPARE(dialog->lotNumber(), QStringLiteral("LOT-Comirnaty"));
        auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantitySpin"));
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));

        // More than the lot holds: refused in the dialog, no question asked, nothing written.
        quantity->setValue(6);
        reason->setEditText(QStringLiteral("Temperature excursion"));
        QTest::keyClick(reason->lineEdit(), Qt::Key_Return);
        QVERIFY2(dialog->refusalText().contains(QLatin1String("LOT-Comirnaty")),
                 qPrintable(dialog->refusalText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(desk.store.stock()->lot(vaccineId, QStringLiteral("LOT-Comirnaty"))->remaining, 5);

        // The question names the lot, the quantity and the reason; No leaves everything as it was.
        quantity->setValue(2);
        QString question;
        answerNextBox(QMessageBox::No, &question);
        QTest::keyClick(reason->lineEdit(), Qt::Key_Return);
        QVERIFY2(question.contains(QLatin1String("LOT-Comirnaty")) && question.contains(QLatin1String("2")),
                 qPrintable(question));
        QVERIFY(dialog->isVisible());
        QCOMPARE(desk.store.stock()->lot(vaccineId, QStringLiteral("LOT-Comirnaty"))->remaining, 5);

        QCoreApplication::processEvents(); // as between two key presses
        answerNextBox(QMessageBox::Yes);
        QTest::keyClick(reason->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(desk.store.stock()->lot(vaccineId, QStringLiteral("LOT-Comirnaty"))->remaining, 3);
        QCOMPARE(desk.store.stock()->lot(vaccineId, QStringLiteral("EARLY"))->remaining, 3);
        const QString status = window.statusBar()->currentMessage();
        for (const QString &said : {QStringLiteral("LOT-Comirnaty"), QStringLiteral("2 doses"),
                                    QStringLiteral("Temperature excursion")})
            QVERIFY2(status.contains(said), qPrintable(status));

        // The audit trail says the same, read again as its page is shown.
        window.pages()->setCurrentWidget(window.adminPage());
        auto *audit = window.adminPage()->findChild<QTableView *>(QStringLiteral("auditView"));
        const QString row = audit->model()->index(0, AuditTableModel::DescriptionColumn).data().toString();
        QCOMPARE(audit->model()->index(0, AuditTableModel::StaffColumn).data().toString(),
                 QStringLiteral("Manager Han"));
        for (const QString &said : {QStringLiteral("LOT-Comirnaty"), QStringLiteral("2 doses"),
                                    QStringLiteral("Temperature excursion")})
            QVERIFY2(row.contains(said), qPrintable(row));
    }

    void lotsTableSaysDaysLeft()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 0);
        QVERIFY(
            desk.commands->receiveStock(vaccineId, QStringLiteral("SOON"), QDate(2024, 3, 14), 2).isDone());
        QVERIFY(desk.commands->receiveStock(vaccineId, QStringLiteral("OLD"), QDate(2024, 3, 5), 2).isDone());
        desk.clock.advanceDays(2); // OLD has expired
        desk.commands->setActor(
            Actor{QStringLiteral("m1"), QStringLiteral("Manager Han"), Role::VaccineManager});
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        auto *lots = window.stockPage()->findChild<QTableView *>(QStringLiteral("lotsView"));
        QVERIFY(lots);
        QAbstractItemModel *model = lots->model();
        QCOMPARE(model->headerData(LotTableModel::DaysLeftColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Days left"));
        QCOMPARE(model->index(0, LotTableModel::LotNumberColumn).data().toString(), QStringLiteral("OLD"));
        QCOMPARE(model->index(0, LotTableModel::DaysLeftColumn).data().toString(), QStringLiteral("expired"));
        QCOMPARE(model->index(1, LotTableModel::DaysLeftColumn).data().toInt(), 8);
        QCOMPARE(model->index(0, LotTableModel::ExpiryColumn).data().toString(),
                 QStringLiteral("2024-03-05"));
        QVERIFY(!lots->isColumnHidden(LotTableModel::DaysLeftColumn));
    }

    // Settings are hidden from anyone else, and refused even when reached; a key of another role's
    // work says which role it needs, rather than nothing (a hidden action's key never fires).
    void settingsAreForAdministratorsOnly()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const auto window = windowOf(desk, nurse());
        QTRY_VERIFY(window->isActiveWindow());
        QSignalSpy requested(window.get(), &MainWindow::settingsRequested);
        auto *settings = window->findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        QVERIFY(!settings->isVisible());
        QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("Settings needs the administrator role."));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("New booking needs the reception role."));
        settings->trigger(); // even reached some other way
        QCOMPARE(requested.count(), 0);
        QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("administrator")));

        desk.commands->setActor(
            Actor{QStringLiteral("a1"), QStringLiteral("Admin Choi"), Role::Administrator});
        window->applyRoles();
        QVERIFY(settings->isVisible());
        settings->trigger();
        QCOMPARE(requested.count(), 1);
        window->statusBar()->clearMessage();
        QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(requested.count(), 2);
        QVERIFY(window->statusBar()->currentMessage().isEmpty());
    }

    // Settings are the administrator's, but anyone may read the desk in their own language: View >
    // Language, remembered for that person and used again at their next sign-in.
    void languageIsEachPersonsOwn()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const auto window = windowOf(desk, nurse());
        QSignalSpy requested(window.get(), &MainWindow::languageRequested);
        auto *korean = window->findChild<QAction *>(QStringLiteral("languageAction_ko"));
        auto *english = window->findChild<QAction *>(QStringLiteral("languageAction_en"));
        QVERIFY(korean && english);
        QVERIFY(korean->isVisible() && korean->isEnabled());
        // Each named in itself, so someone who cannot read the current language still finds theirs.
        QCOMPARE(korean->text(), QStringLiteral("한국어"));
        QCOMPARE(english->text(), QStringLiteral("English"));
        window->setLanguage(QStringLiteral("en"));
        QVERIFY(english->isChecked() && !korean->isChecked());
        korean->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("ko"));

        // Kept per person, in the settings file; the desk's language for everyone else.
        DeskSettings deskSettings;
        deskSettings.language = QStringLiteral("en");
        QSettings settings;
        QCOMPARE(deskSettings.languageOf(settings, QStringLiteral("i1")), QStringLiteral("en"));
        DeskSettings::setPersonLanguage(settings, QStringLiteral("i1"), QStringLiteral("ko"));
        QCOMPARE(deskSettings.languageOf(settings, QStringLiteral("i1")), QStringLiteral("ko"));
        QCOMPARE(deskSettings.languageOf(settings, QStringLiteral("r1")), QStringLiteral("en"));
        QCOMPARE(deskSettings.languageOf(settings, QString()), QStringLiteral("en"));
        // What is not a language, or not a person, is not kept.
        DeskSettings::setPersonLanguage(settings, QStringLiteral("r1"), QStringLiteral("fr"));
        DeskSettings::setPersonLanguage(settings, QString(), QStringLiteral("ko"));
        DeskSettings::setPersonLanguage(settings, QStringLiteral("a/b"), QStringLiteral("ko"));
        QCOMPARE(deskSettings.languageOf(settings, QStringLiteral("r1")), QStringLiteral("en"));
        QCOMPARE(deskSettings.languageOf(settings, QString()), QStringLiteral("en"));
        QCOMPARE(deskSettings.languageOf(settings, QStringLiteral("a/b")), QStringLiteral("en"));
        settings.setValue(QStringLiteral("People/r1/language"), QStringLiteral("xx")); // edited by hand
        QCOMPARE(deskSettings.languageOf(settings, QStringLiteral("r1")), QStringLiteral("en"));
    }

    // A key of an action that works from anywhere in the window says nothing when it reaches the
    // window itself (a window not active, as under a screenshot's display): it is not a key that
    // cannot act. The screenshots said "Show Stock and lots cannot be used now."
    void aUsableKeyIsNotToldOff()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const auto window =
            windowOf(desk, Actor{QStringLiteral("a1"), QStringLiteral("Admin Choi"), everyRole()});
        window->statusBar()->clearMessage();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_1, Qt::AltModifier);
        QCoreApplication::sendEvent(window.get(), &press);
        QCOMPARE(window->statusBar()->currentMessage(), QString());
    }

    // F1 lists every key of an action (Del and Ctrl+D cancel a booking), each name as the menu shows it.
    void helpListsEveryKeyOfAnAction()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const auto window =
            windowOf(desk, Actor{QStringLiteral("a1"), QStringLiteral("Admin Choi"), everyRole()});
        QString text;
        QTimer::singleShot(0, window.get(), [&window, &text] {
            auto *box = window->findChild<QMessageBox *>(QStringLiteral("shortcutsBox"));
            if (!box)
                return;
            text = box->text();
            box->reject();
        });
        window->showShortcuts();
        QVERIFY2(text.contains(QLatin1String("Del, Ctrl+D")), qPrintable(text));
        // The menu's name without its mnemonic and ellipsis (it showed "Cancel booking…").
        QVERIFY2(text.contains(QLatin1String("<td>Cancel booking</td>")), qPrintable(text));
    }

    void auditPageIsReadAgainWhenShownAndAfterAChange()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        desk.commands->setActor(Actor{QStringLiteral("a1"), QStringLiteral("Admin Choi"), everyRole()});
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        window.pages()->setCurrentWidget(window.adminPage());
        auto *audit = window.adminPage()->findChild<QTableView *>(QStringLiteral("auditView"));
        const int before = audit->model()->rowCount();

        // Written while the page is hidden (as a sign-in or another page's command is): there when shown.
        window.pages()->setCurrentWidget(window.stockPage());
        QVERIFY(
            desk.commands->receiveStock(vaccineId, QStringLiteral("NEW-LOT"), QDate(2024, 9, 1), 4).isDone());
        window.pages()->setCurrentWidget(window.adminPage());
        QCOMPARE(audit->model()->rowCount(), before + 1);
        QVERIFY(audit->model()
                    ->index(0, AuditTableModel::DescriptionColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("NEW-LOT")));

        // And while it is shown, after a change the window hears of.
        QVERIFY(desk.commands->writeOff(vaccineId, 1, QStringLiteral("dropped"), QStringLiteral("NEW-LOT"))
                    .isDone());
        emit window.localChange();
        QCOMPARE(audit->model()->rowCount(), before + 2);
    }

    void signOutLeavesNothingNamingThePerson()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        QSettings().setValue(QStringLiteral("SignIn/lastUser"), QStringLiteral("nurse.kim"));
        desk.commands->setActor(
            Actor{QStringLiteral("i1"), QStringLiteral("Kim Nurse"), Role::InjectionStaff});
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        const auto named = [&window] {
            QStringList found;
            for (const QLabel *label : window.findChildren<QLabel *>()) {
                if (label->text().contains(QLatin1String("Kim")))
                    found.append(label->objectName());
            }
            if (window.statusBar()->currentMessage().contains(QLatin1String("Kim")) ||
                window.windowTitle().contains(QLatin1String("Kim")))
                found.append(QStringLiteral("status or title"));
            return found;
        };
        QVERIFY(!named().isEmpty()); // the user label, while signed in
        window.statusBar()->showMessage(QStringLiteral("Kim Nurse: injection recorded."));

        // As DeskSession signs out: the commands act for nobody, then the window forgets.
        desk.commands->setActor(Actor::nobody(QStringLiteral("desk")));
        window.showSignedOut();
        QVERIFY(window.isLocked());
        QCOMPARE(named(), QStringList());
        QVERIFY(!tabVisible(window, window.todayPage()));
        SignInDialog::forgetLastUser();
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        Authenticator authenticator(&desk.store, &desk.clock, &hasher);
        SignInDialog next(&authenticator, desk.store.identity().siteName, false);
        QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(), QString());
    }

    void csvPreviewRejectsBadRowsAndImportsNothingUntilAccepted()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        desk.addVaccine(QStringLiteral("Comirnaty"), 10);
        const QString path = desk.dir.filePath(QStringLiteral("import.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF"
                   "name,birth_date,phone,vaccine,appointment\r\n"
                   "김민수,1980-05-17,010-1234-5678,Comirnaty,2024-03-05 10:30\r\n"
                   ",1981-01-01,01011112222,Comirnaty,2024-03-05 10:40\r\n"
                   "이지현,1990-13-45,01022223333,Comirnaty,2024-03-05 10:50\r\n"
                   "박서준,1985-02-02,01033334444,Unknownvax,2024-03-05 11:00\r\n"
                   "최유나,1975-07-07,01044445555,Comirnaty,2024-03-05 11:10\r\n");
        file.close();

        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        CsvImportDialog *dialog = window.bookingsPage()->importCsvFile(path);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(desk.store.bookings()->count(), 0); // the preview writes nothing
        // Found as a person finds them: by what the dialog shows.
        auto *preview = dialog->findChild<QTableView *>(QStringLiteral("csvPreviewView"));
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("csvImportButton"));
        QVERIFY(preview && importButton);
        QAbstractItemModel *rows = preview->model();
        QCOMPARE(rows->rowCount(), 5);
        // Bad rows first, each with its line and a reason.
        QStringList badLines;
        for (int row = 0; row < 3; ++row) {
            badLines.append(rows->index(row, 0).data().toString());
            QVERIFY(rows->index(row, 1).data().toString() != QObject::tr("OK"));
            QVERIFY(!rows->index(row, 1).data().toString().isEmpty());
        }
        QCOMPARE(badLines, (QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}));
        QVERIFY(importButton->isEnabled());

        dialog->reject();
        QCOMPARE(desk.store.bookings()->count(), 0); // cancelled: still nothing

        dialog = window.bookingsPage()->importCsvFile(path);
        QTRY_VERIFY(dialog->isVisible());
        importButton = dialog->findChild<QPushButton *>(QStringLiteral("csvImportButton"));
        QVERIFY(importButton);
        importButton->click();
        QCOMPARE(desk.store.bookings()->count(), 2); // only the good rows
        QTRY_COMPARE(window.bookingModel()->rowCount(), 2);
    }

    void bookingFormChecksAsItIsTyped()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 3);
        const Customer customer{QStringLiteral("Hong Gildong"), QDate(1980, 5, 17),
                                QStringLiteral("01012345678")};
        const CommandResult first =
            desk.commands->book(vaccineId, customer, QDateTime(QDate(2024, 3, 5), QTime(9, 0)));
        QVERIFY(first.isDone());
        BookingDialog dialog(&desk.store, desk.commands.get(), QDateTime(QDate(2024, 3, 5), QTime(11, 0)));
        showWindow(dialog);
        QVERIFY(dialog.liveCheckText().contains(QStringLiteral("2 dose")));
        auto *birthDate = dialog.findChild<QLineEdit *>(QStringLiteral("birthDateEdit"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("Hong Gildong"));
        QTest::keyClicks(birthDate, QStringLiteral("1980-13-45"));
        QVERIFY(dialog.liveCheckText().contains(
            Refusal::make(RefusalCode::InvalidDate, QStringLiteral("1980-13-45")).message));
        birthDate->clear();
        QTest::keyClicks(birthDate, QStringLiteral("1980-05-17"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("phoneEdit")),
                         QStringLiteral("010-1234-5678"));
        QVERIFY2(
            dialog.liveCheckText().contains(Refusal::make(RefusalCode::AlreadyBooked, first.value).message),
            qPrintable(dialog.liveCheckText()));
        QCOMPARE(desk.store.bookings()->count(), 1); // checking writes nothing
        QVERIFY(dialog.refusalText().isEmpty());     // and says it quietly, not as a refusal
    }
    // The form asks the same check the booking runs, so it says what Book would say.
    void bookingFormSaysWhatBookingWouldSay()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 3);
        const QDateTime at(QDate(2024, 3, 5), QTime(11, 0));
        const Customer typed{QStringLiteral("Hong Gildong"), QDate(1980, 5, 17), QStringLiteral("call me")};
        const CommandResult refused = desk.commands->book(vaccineId, typed, at);
        QCOMPARE(refused.status, CommandResult::Status::Refused);
        BookingDialog dialog(&desk.store, desk.commands.get(), at);
        showWindow(dialog);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")), typed.name);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("birthDateEdit")),
                         QStringLiteral("1980-05-17"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("phoneEdit")), typed.phone);
        QVERIFY2(dialog.liveCheckText().contains(refused.message()),
                 qPrintable(dialog.liveCheckText() + QStringLiteral(" / ") + refused.message()));
        QCOMPARE(desk.store.bookings()->count(), 0);
    }

    void languageSwitchRetranslatesTheOpenWindow()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        Translations::install(qApp, QLocale(QLocale::English));
        const QString english = window.newBookingAction()->text();
        const QString englishTab = window.pages()->tabText(0);
        QCOMPARE(english, QStringLiteral("&New booking…"));

        Translations::install(qApp, QLocale(QLocale::Korean));
        QTRY_VERIFY(window.newBookingAction()->text() != english);
        QCOMPARE(window.newBookingAction()->text(),
                 QCoreApplication::translate("BookingsPage", "&New booking…"));
        QVERIFY(window.pages()->tabText(0) != englishTab);
        QVERIFY(window.searchEdit()->placeholderText().contains(QChar(0xC774)) || // 이
                window.searchEdit()->placeholderText().contains(QChar(0xBC88)));  // 번

        Translations::install(qApp, QLocale(QLocale::English));
        QTRY_COMPARE(window.newBookingAction()->text(), english);
        QCOMPARE(window.pages()->tabText(0), englishTab);
    }
};

QTEST_MAIN(TestDeskRoles)
#include "test_desk_roles.moc"

#include "TestDesk.h"
#include "models/itemmodels/BookingTableModel.h"
#include "models/itemmodels/StockTableModel.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/BookingDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

// The desk window driven like a receptionist drives it: by keyboard, against a real store.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    static const inline QString kAppointment = QStringLiteral("2024-03-05 10:30");

    // Opens the booking dialog through its shortcut and waits until it has the keyboard.
    static BookingDialog *openBookingDialog(MainWindow &window)
    {
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto *dialog = window.findChild<BookingDialog *>();
        if (!dialog)
            return nullptr;
        // Offscreen activation is asynchronous: wait until the dialog has the keyboard.
        dialog->activateWindow();
        if (!QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); }))
            return nullptr;
        return dialog;
    }

    static QWidget *focused() { return QApplication::focusWidget(); }

    static void tab() { QTest::keyClick(focused(), Qt::Key_Tab); }

    // Types `text` into the focused widget: key by key for ASCII, as an input method commits Hangul.
    static void type(const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(focused(), c.toLatin1());
            } else {
                QInputMethodEvent commit;
                commit.setCommitString(QString(c));
                QApplication::sendEvent(focused(), &commit);
            }
        }
    }

    // Fills the form from the vaccine combo on, Tab between fields, as typed at the desk.
    static void typeCustomer(const QString &name, const QString &birthDate, const QString &phone,
                             const QString &appointment)
    {
        tab();
        type(name);
        tab();
        type(birthDate);
        tab();
        type(phone);
        tab();
        type(appointment);
    }

    static void showWindow(MainWindow &window)
    {
        window.show();
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QApplication::setOrganizationName(QStringLiteral("AnticoronaTest"));
        QApplication::setApplicationName(QStringLiteral("test_mainwindow"));
    }

    void bookByKeyboard()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        QVERIFY(!desk.addVaccine(QStringLiteral("Comirnaty"), 5).isEmpty());
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);

        BookingDialog *dialog = openBookingDialog(window);
        QVERIFY(dialog);
        QCOMPARE(focused()->objectName(), QStringLiteral("vaccineCombo"));
        QVERIFY(qobject_cast<QComboBox *>(focused())->currentText().contains(QStringLiteral("Comirnaty")));
        auto *appointment = dialog->findChild<QDateTimeEdit *>(QStringLiteral("appointmentEdit"));
        QCOMPARE(appointment->dateTime(), TestDesk::start().addSecs(3600)); // the next whole hour
        typeCustomer(QStringLiteral("홍길동"), QStringLiteral("1980-05-17"), QStringLiteral("010-1234-5678"),
                     kAppointment);
        QTest::keyClick(focused(), Qt::Key_Return);

        QCOMPARE(dialog->refusalText(), QString());
        QCOMPARE(desk.store.bookings()->count(), 1);
        const QString code = dialog->bookingCode();
        QCOMPARE(code.size(), 8);
        const auto booking = desk.store.bookings()->byCode(code);
        QVERIFY(booking);
        QCOMPARE(booking->customer.name, QStringLiteral("홍길동"));
        QCOMPARE(booking->customer.birthDate, QDate(1980, 5, 17));
        QCOMPARE(booking->customer.phone, QStringLiteral("01012345678"));
        QCOMPARE(booking->appointment, QDateTime(QDate(2024, 3, 5), QTime(10, 30)));

        // The code is shown, the new booking is in the table and selected, the stock counts it.
        auto *message = window.findChild<QMessageBox *>(QStringLiteral("bookedMessage"));
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(code));
        QTest::keyClick(message, Qt::Key_Return);
        QTRY_VERIFY(!message->isVisible());

        BookingTableModel *bookings = window.bookingModel();
        QCOMPARE(bookings->rowCount(), 1);
        QCOMPARE(bookings->bookingCode(0), code);
        QCOMPARE(bookings->index(0, BookingTableModel::NameColumn).data().toString(),
                 QStringLiteral("홍길동"));
        QCOMPARE(window.bookingsView()->currentIndex().row(), 0);
        QCOMPARE(window.stockModel()->index(0, StockTableModel::AvailableColumn).data().toInt(), 4);
    }

    void refusalIsShownInTheDialogAndNothingIsWritten()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        QVERIFY(!desk.addVaccine(QStringLiteral("Spikevax"), 0).isEmpty());
        const Customer customer{QStringLiteral("Hong Gildong"), QDate(1980, 5, 17),
                                QStringLiteral("01012345678")};
        const CommandResult first =
            desk.commands->book(vaccineId, customer, QDateTime(QDate(2024, 3, 5), QTime(9, 0)));
        QVERIFY(first.isDone());
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);

        // The same customer twice for the same vaccine (rule 5).
        BookingDialog *dialog = openBookingDialog(window);
        QVERIFY(dialog);
        typeCustomer(customer.name, QStringLiteral("1980-05-17"), QStringLiteral("010 9999 0000"),
                     kAppointment);
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->refusalText(), Refusal::make(RefusalCode::AlreadyBooked, first.value).message);
        QCOMPARE(focused()->objectName(), QStringLiteral("vaccineCombo"));
        QCOMPARE(desk.store.bookings()->count(), 1);

        // Another vaccine, with no stock: choose it with the arrow key, submit again.
        QTest::keyClick(focused(), Qt::Key_Down);
        QVERIFY(qobject_cast<QComboBox *>(focused())->currentText().contains(QStringLiteral("Spikevax")));
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->refusalText(), Refusal::make(RefusalCode::NotAvailable).message);
        QCOMPARE(desk.store.bookings()->count(), 1);

        // A birth date that is not a date never reaches the store.
        QTest::keyClick(focused(), Qt::Key_Up);
        QLineEdit *birthDate = dialog->findChild<QLineEdit *>(QStringLiteral("birthDateEdit"));
        birthDate->setFocus();
        QTest::keyClick(birthDate, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(birthDate, QStringLiteral("1980-13-45"));
        QTest::keyClick(birthDate, Qt::Key_Return);
        QCOMPARE(dialog->refusalText(),
                 Refusal::make(RefusalCode::InvalidDate, QStringLiteral("1980-13-45")).message);
        QCOMPARE(focused(), birthDate);

        // Escape closes the dialog without booking.
        QPointer<BookingDialog> guard(dialog);
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTRY_VERIFY(!guard || !guard->isVisible());
        QCOMPARE(desk.store.bookings()->count(), 1);
        QCOMPARE(window.bookingModel()->rowCount(), 1);
    }

    void cancelAfterConfirmation()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        const Customer customer{QStringLiteral("Hong Gildong"), QDate(1980, 5, 17),
                                QStringLiteral("01012345678")};
        const CommandResult booked =
            desk.commands->book(vaccineId, customer, QDateTime(QDate(2024, 3, 5), QTime(9, 0)));
        QVERIFY(booked.isDone());
        MainWindow window(&desk.store, desk.commands.get()); // the system clock only colours lots
        showWindow(window);
        QVERIFY(!window.cancelBookingAction()->isEnabled()); // nothing selected yet

        // Select the booking with the keyboard, then Delete; first say No, then Yes.
        QTableView *view = window.bookingsView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY(window.cancelBookingAction()->isEnabled());

        QString question;
        const auto answer = [&question](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [&question, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                question = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(question.contains(booked.value));
        QCOMPARE(desk.store.bookings()->byCode(booked.value)->state, BookingState::Booked);

        question.clear();
        window.activateWindow(); // offscreen does not hand activation back when the message box closes
        QTRY_VERIFY(window.isActiveWindow());
        answer(QMessageBox::Yes);
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(question.contains(booked.value));
        QCOMPARE(desk.store.bookings()->byCode(booked.value)->state, BookingState::Cancelled);
        QCOMPARE(window.bookingModel()->bookingState(0), BookingState::Cancelled);
        QCOMPARE(window.bookingModel()->index(0, BookingTableModel::StateColumn).data().toString(),
                 bookingStateText(BookingState::Cancelled));
        QCOMPARE(window.stockModel()->index(0, StockTableModel::BookedColumn).data().toInt(), 0);
        QVERIFY(!window.cancelBookingAction()->isEnabled()); // a cancelled booking cannot be cancelled again
    }

    void searchFiltersWhileTyping()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        const QDateTime appointment(QDate(2024, 3, 5), QTime(9, 0));
        QVERIFY(desk.commands
                    ->book(vaccineId,
                           {QStringLiteral("Kim A"), QDate(1980, 1, 1), QStringLiteral("01011112222")},
                           appointment)
                    .isDone());
        QVERIFY(desk.commands
                    ->book(vaccineId,
                           {QStringLiteral("Lee B"), QDate(1981, 1, 1), QStringLiteral("01033334444")},
                           appointment)
                    .isDone());
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        showWindow(window);
        QCOMPARE(window.bookingModel()->rowCount(), 2);

        QCOMPARE(focused(), window.searchEdit());
        QTest::keyClicks(focused(), QStringLiteral("010-3333"));
        QTRY_COMPARE(window.bookingModel()->rowCount(), 1);
        QCOMPARE(window.bookingModel()->index(0, BookingTableModel::NameColumn).data().toString(),
                 QStringLiteral("Lee B"));

        // Ctrl+F selects the search text; typing replaces it; Tab to the field combo, pick Name.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClick(focused(), Qt::Key_Backspace);
        QTRY_COMPARE(window.bookingModel()->rowCount(), 2);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("searchField"));
        QTest::keyClick(focused(), Qt::Key_Down);
        QCOMPARE(window.bookingModel()->filterField(), BookingTableModel::Field::Name);
        window.searchEdit()->setFocus();
        QTest::keyClicks(focused(), QStringLiteral("Kim"));
        QTRY_COMPARE(window.bookingModel()->rowCount(), 1);
        QCOMPARE(window.bookingModel()->index(0, BookingTableModel::NameColumn).data().toString(),
                 QStringLiteral("Kim A"));
    }

    void windowRenders()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 50);
        QVERIFY(
            !desk.addVaccine(QStringLiteral("Spikevax"), 20, TestDesk::start().date().addDays(12)).isEmpty());
        for (int i = 0; i < 12; ++i) {
            const Customer customer{QStringLiteral("고객 %1").arg(i), QDate(1960 + i, 1 + i, 1),
                                    QStringLiteral("0102000%1").arg(1000 + i)};
            QVERIFY(desk.commands
                        ->book(vaccineId, customer, TestDesk::start().addDays(1 + i % 3).addSecs(600 * i))
                        .isDone());
        }
        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        window.resize(1000, 640);
        showWindow(window);
        // Set ANTICORONA_SCREENSHOT=/path/desk to look at the window, its lots tab and the booking dialog.
        const QString base = qEnvironmentVariable("ANTICORONA_SCREENSHOT");
        const auto shoot = [&base](QWidget *widget, const QString &suffix) {
            const QImage image = widget->grab().toImage();
            QVERIFY(!image.isNull());
            if (!base.isEmpty())
                QVERIFY(image.save(base + suffix + QStringLiteral(".png")));
        };
        shoot(&window, QString());
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("stockTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        shoot(&window, QStringLiteral("-lots"));

        BookingDialog *dialog = openBookingDialog(window);
        QVERIFY(dialog);
        typeCustomer(QStringLiteral("Hong Gildong"), QStringLiteral("1980-05-17"),
                     QStringLiteral("010-1234-5678"), QStringLiteral("2024-03-01 10:30"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(!dialog->refusalText().isEmpty()); // the appointment is in the past
        shoot(dialog, QStringLiteral("-booking"));
        dialog->reject();
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"

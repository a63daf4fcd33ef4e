#include "TestDesk.h"
#include "models/commands/PasswordHasher.h"
#include "models/commands/StaffAdmin.h"
#include "models/itemmodels/StockTableModel.h"
#include "translations/Translations.h"
#include "ui/dialogs/EnrollDialog.h"
#include "ui/dialogs/ReceiveStockDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/StaffDialog.h"
#include "ui/dialogs/VaccineDialog.h"
#include "ui/dialogs/WriteOffDialog.h"
#include "ui/widgets/BookingSlip.h"
#include "ui/widgets/StockChart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

namespace {
SlipContent sampleSlip(const QUrl &server)
{
    return {QStringLiteral("Seoul Central Clinic (Mapo-gu, 2F)"),
            QStringLiteral("ABCD2345"),
            QStringLiteral("Comirnaty"),
            QDateTime(QDate(2024, 3, 5), QTime(10, 30)),
            QStringLiteral("홍길동 (Hong, Gil-dong)"),
            BookingSlip::myPageUrl(server, QStringLiteral("ABCD2345"))};
}

// The slip's PDF as text, as a person copying from it gets it; empty when pdftotext is not installed.
// Written by "Save as PDF" (QPdfWriter) or, with `printed`, by printing to a PDF file (QPrinter).
QString pdfText(const SlipContent &content, const QString &dir, bool printed = false)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return QString();
    const QString path = dir + QStringLiteral("/slip.pdf");
    if (printed) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        if (!BookingSlip(content).print(&printer))
            return QStringLiteral("not printed");
    } else if (QString error; !BookingSlip(content).writePdf(path, &error)) {
        return QStringLiteral("not written: ") + error;
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return QStringLiteral("pdftotext did not finish");
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

// Every tick of `axis` a whole number, one step apart, and more than two of them.
bool integerTicks(const QValueAxis *axis, QString *why)
{
    const qreal span = axis->max() - axis->min();
    const int intervals = axis->tickCount() - 1;
    *why = QStringLiteral("%1..%2 in %3 ticks").arg(axis->min()).arg(axis->max()).arg(axis->tickCount());
    if (intervals < 2 || axis->min() != qRound(axis->min()) || axis->max() != qRound(axis->max()))
        return false;
    const qreal step = span / intervals;
    return step >= 1 && step == qRound(step) && axis->labelFormat() == QStringLiteral("%d");
}
} // namespace

// What the desk prints and draws, read as a customer or a manager reads it.
class TestDeskWords final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup() { Translations::install(qApp, QLocale(QLocale::English)); }

    void slipPdfTextKeepsPunctuation_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("printed");
        QTest::newRow("ko saved") << QLocale(QLocale::Korean) << false;
        QTest::newRow("en saved") << QLocale(QLocale::English) << false;
        QTest::newRow("ko printed") << QLocale(QLocale::Korean) << true;
        QTest::newRow("en printed") << QLocale(QLocale::English) << true;
    }

    // What a customer or a clerk copies out of the PDF is what the slip shows, punctuation included.
    void slipPdfTextKeepsPunctuation()
    {
        QFETCH(QLocale, locale);
        QFETCH(bool, printed);
        Translations::install(qApp, locale);
        QLocale::setDefault(locale);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString text =
            pdfText(sampleSlip(QUrl(QStringLiteral("https://clinic.example/"))), dir.path(), printed);
        QLocale::setDefault(QLocale(QLocale::English));
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const auto slip = [](const char *source) {
            return QCoreApplication::translate("BookingSlip", source).simplified();
        };
        for (const QString &expected :
             {slip("Vaccine:"), slip("Appointment:"), slip("Name:"), QStringLiteral("ABCD2345"),
              slip("Please bring an ID card and this slip to your appointment."),
              QStringLiteral("https://clinic.example/mypage?code=ABCD2345"), QStringLiteral("10:30"),
              QStringLiteral("Seoul Central Clinic (Mapo-gu, 2F)"),
              QStringLiteral("홍길동 (Hong, Gil-dong)")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }

    void standaloneSlipSaysHowToCheckTheBooking()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString text = pdfText(sampleSlip(QUrl()), dir.path());
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("call or visit Seoul Central Clinic (Mapo-gu, 2F)")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Scan the code")));
    }

    // The vaccine form as the booking form: every error at once under its field, each gone once fixed.
    void vaccineFormShowsAllErrorsAtOnce()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        VaccineDialog dialog(desk.commands.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("vaccineNameEdit"));
        auto *maker = dialog.findChild<QLineEdit *>(QStringLiteral("manufacturerEdit"));
        auto *nameError = dialog.findChild<QLabel *>(QStringLiteral("vaccineNameError"));
        auto *makerError = dialog.findChild<QLabel *>(QStringLiteral("manufacturerError"));
        QVERIFY(name && maker && nameError && makerError);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

        ok->click();
        QVERIFY(nameError->isVisible());
        QVERIFY(makerError->isVisible());
        QCOMPARE(dialog.refusalText().count(QLatin1Char('\n')), 1);
        QCOMPARE(QApplication::focusWidget(), name);

        QTest::keyClicks(name, QStringLiteral("Comirnaty"));
        QVERIFY(!nameError->isVisible()); // fixed: gone at once
        QVERIFY(makerError->isVisible());
        ok->click();
        QCOMPARE(QApplication::focusWidget(), maker);
        QTest::keyClicks(maker, QStringLiteral("Pfizer"));
        QVERIFY(!makerError->isVisible());

        // A wrong field is selected when the focus comes back to it: typing replaces it.
        name->setText(QStringLiteral(" "));
        ok->click();
        QCOMPARE(QApplication::focusWidget(), name);
        QVERIFY(name->hasSelectedText());
        QTest::keyClicks(name, QStringLiteral("Spikevax"));
        QCOMPARE(name->text(), QStringLiteral("Spikevax"));
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(desk.store.stock()->vaccines().size(), 1);
    }

    void staffFormShowsAllErrorsAtOnce()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        StaffAdmin admin(&desk.store, &desk.clock, &hasher, Actor::system(QStringLiteral("test")));
        StaffDialog dialog(&admin, StaffDialog::Mode::Add);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("staffUsernameEdit"));
        auto *usernameError = dialog.findChild<QLabel *>(QStringLiteral("staffUsernameError"));
        QVERIFY(username && usernameError);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        // Username, name, password and roles, all at once; the two empty passwords agree.
        QCOMPARE(dialog.refusalText().split(QLatin1Char('\n')).size(), 4);
        QCOMPARE(QApplication::focusWidget(), username);
        QTest::keyClicks(username, QStringLiteral("kim.nurse"));
        QVERIFY(!usernameError->isVisible());
        QCOMPARE(dialog.refusalText().split(QLatin1Char('\n')).size(), 3);
    }

    void receiptFormShowsAllErrorsAtOnce()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        QVERIFY(!desk.addVaccine(QStringLiteral("Comirnaty"), 0).isEmpty());
        const QDate today = TestDesk::start().date();
        ReceiveStockDialog dialog(&desk.store, desk.commands.get(), today);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *lot = dialog.findChild<QLineEdit *>(QStringLiteral("lotNumberEdit"));
        auto *expiry = dialog.findChild<QDateTimeEdit *>(QStringLiteral("expiryEdit"));
        auto *lotError = dialog.findChild<QLabel *>(QStringLiteral("lotNumberError"));
        auto *expiryError = dialog.findChild<QLabel *>(QStringLiteral("expiryError"));
        QVERIFY(lot && expiry && lotError && expiryError);
        expiry->setDate(today.addDays(-1));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(lotError->isVisible());
        QVERIFY(expiryError->isVisible());
        QCOMPARE(QApplication::focusWidget(), lot);
        expiry->setDate(today.addMonths(6));
        QVERIFY(!expiryError->isVisible());
        QVERIFY(lotError->isVisible());
        QTest::keyClicks(lot, QStringLiteral("EX-1"));
        QVERIFY(!lotError->isVisible());
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Write-off as the other forms: a quantity over the lot and an empty reason, both at once.
    void writeOffFormShowsAllErrorsAtOnce()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString vaccine = desk.addVaccine(QStringLiteral("Comirnaty"), 3);
        QVERIFY(!vaccine.isEmpty());
        StockTableModel stock(&desk.store);
        WriteOffDialog dialog(&stock, desk.commands.get(), &desk.store);
        dialog.setVaccine(vaccine);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *quantity = dialog.findChild<QSpinBox *>(QStringLiteral("quantitySpin"));
        auto *reason = dialog.findChild<QComboBox *>(QStringLiteral("reasonCombo"));
        auto *quantityError = dialog.findChild<QLabel *>(QStringLiteral("quantityError"));
        auto *reasonError = dialog.findChild<QLabel *>(QStringLiteral("reasonError"));
        QVERIFY(quantity && reason && quantityError && reasonError);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

        quantity->setValue(4);
        dialog.resize(320, dialog.height()); // narrow: the quantity's error takes two lines or more
        ok->click();                         // no question: the form alone says what is wrong
        QVERIFY(quantityError->isVisible());
        QVERIFY(reasonError->isVisible());
        // The dialog grows for every line of it, none cut off at the bottom.
        QCoreApplication::sendPostedEvents();
        QVERIFY2(quantityError->heightForWidth(quantityError->width()) >
                     quantityError->fontMetrics().height(),
                 "the error fits on one line: the test proves nothing");
        QVERIFY2(quantityError->height() >= quantityError->heightForWidth(quantityError->width()),
                 qPrintable(QStringLiteral("%1 high, needs %2")
                                .arg(quantityError->height())
                                .arg(quantityError->heightForWidth(quantityError->width()))));
        QCOMPARE(dialog.refusalText().split(QLatin1Char('\n')).size(), 2);
        QCOMPARE(QApplication::focusWidget(), quantity);

        QTest::keyClicks(reason->lineEdit(), QStringLiteral("Broken vial"));
        QVERIFY(!reasonError->isVisible()); // fixed: gone at once
        QVERIFY(quantityError->isVisible());
        quantity->setValue(2);
        QVERIFY(!quantityError->isVisible());
        QCOMPARE(dialog.refusalText(), QString());
        QCOMPARE(desk.store.stock()->level(vaccine)->onHand, 3);
    }

    // The one field Settings can get wrong says so under itself, not under the form.
    void settingsServerErrorIsNextToItsField()
    {
        SettingsDialog dialog(DeskSettings{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        auto *serverError = dialog.findChild<QLabel *>(QStringLiteral("serverError"));
        QVERIFY(server && serverError);
        QTest::keyClicks(server, QStringLiteral("ftp://x"));
        QVERIFY(serverError->isVisible());
        QCOMPARE(dialog.problemText(), serverError->text());
        server->setText(QStringLiteral("https://clinic.example"));
        QVERIFY(!serverError->isVisible());
        QCOMPARE(dialog.problemText(), QString());
    }

    void enrollFormShowsAllErrorsAtOnce()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        EnrollDialog dialog(&desk.store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("enrollCodeEdit"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("enrollNameEdit"));
        QVERIFY(code && name);
        code->setText(QStringLiteral("ABC"));
        name->clear();
        dialog.enroll(); // nothing is sent: the form alone says what is wrong
        QCOMPARE(dialog.problemText().split(QLatin1Char('\n')).size(), 2);
        QCOMPARE(QApplication::focusWidget(), code);
        QVERIFY(code->hasSelectedText());
        QTest::keyClicks(name, QStringLiteral("front desk"));
        QCOMPARE(dialog.problemText(),
                 QStringLiteral("The one-time code has 20 letters and digits, as XXXXX-XXXXX-XXXXX-XXXXX."));
    }

    void chartAxesOnAnEmptyClinic_data()
    {
        QTest::addColumn<int>("doses");
        QTest::addColumn<int>("bookings");
        QTest::newRow("nothing") << 0 << 0;
        QTest::newRow("two bookings, much stock") << 500 << 2;
    }

    void chartAxesOnAnEmptyClinic()
    {
        QFETCH(int, doses);
        QFETCH(int, bookings);
        TestDesk desk;
        QVERIFY(desk.open());
        if (doses > 0) {
            const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), doses);
            for (int i = 0; i < bookings; ++i) {
                const Customer customer{QStringLiteral("Kim %1").arg(QChar(u'A' + i)), QDate(1980, 1, 1 + i),
                                        QStringLiteral("0101234000%1").arg(i)};
                QVERIFY(desk.commands->book(vaccineId, customer, TestDesk::start().addDays(1)).isDone());
            }
        }
        StockChart chart(&desk.store, &desk.clock);
        chart.resize(640, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QChart *drawn = chart.findChild<QChartView *>()->chart();
        QVERIFY(drawn);
        QString why;
        for (const QString &name : {QStringLiteral("stockAxis"), QStringLiteral("bookedAxis")}) {
            const auto *axis = drawn->findChild<QValueAxis *>(name);
            QVERIFY2(axis, qPrintable(name));
            QVERIFY2(integerTicks(axis, &why), qPrintable(name + QStringLiteral(": ") + why));
        }
        // Two bookings read on their own scale, not as a line at the bottom of the stock's.
        const auto *booked = drawn->findChild<QValueAxis *>(QStringLiteral("bookedAxis"));
        QVERIFY2(booked->max() <= qMax(4, 2 * bookings), qPrintable(QString::number(booked->max())));

        const auto *days = drawn->findChild<QBarCategoryAxis *>();
        QVERIFY(days);
        QCOMPARE(days->count(), StockChart::kDays);
        // The month on the first day; 2024-03-04 is the test desk's today.
        QCOMPARE(days->at(0), QStringLiteral("3/4"));
        QCOMPARE(days->at(1), QStringLiteral("5"));
    }
};

QTEST_MAIN(TestDeskWords)
#include "test_desk_words.moc"

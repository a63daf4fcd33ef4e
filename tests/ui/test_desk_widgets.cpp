#include "TestDesk.h"
#include "models/itemmodels/StockTableModel.h"
#include "ui/DeskSettings.h"
#include "ui/IdleWatcher.h"
#include "ui/StoreError.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SlipDialog.h"
#include "ui/dialogs/WriteOffDialog.h"
#include "ui/widgets/BookingSlip.h"
#include "ui/widgets/QrCode.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWheelEvent>

namespace {
// Translates one string, enough to see a dialog follow a language switch.
class OneStringTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QLatin1String(context) == QLatin1String("SettingsDialog") &&
            QLatin1String(sourceText) == QLatin1String("Settings"))
            return QStringLiteral("설정");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

SlipContent sampleSlip()
{
    return {
        QStringLiteral("Seoul Central Clinic"),
        QStringLiteral("ABCD2345"),
        QStringLiteral("Comirnaty"),
        QDateTime(QDate(2024, 3, 5), QTime(10, 30)),
        QStringLiteral("홍길동"),
        BookingSlip::myPageUrl(QUrl(QStringLiteral("https://clinic.example/")), QStringLiteral("ABCD2345"))};
}

// Clicks `button` in the next message box that opens, once it is the modal widget.
void answerNextBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}
} // namespace

// The desk's stand-alone widgets: QR code, booking slip, settings, idle lock, write-off.
class TestDeskWidgets final : public QObject
{
    Q_OBJECT

private slots:
    // Staff read the rule's reason, or a plain sentence: never SQLite's text.
    void commandAnswersForStaffNeverShowDriverText()
    {
        const Refusal refusal = Refusal::make(RefusalCode::NotAvailable);
        QCOMPARE(StoreError::messageOf(CommandResult::refused(refusal)), refusal.message);
        const QString failed = StoreError::messageOf(CommandResult::failed(QStringLiteral("disk I/O error")));
        QVERIFY(!failed.isEmpty());
        QVERIFY(!failed.contains(QStringLiteral("disk I/O")));
        QCOMPARE(StoreError::forStaff(QStringLiteral("no such table: bookings")), failed);
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("AnticoronaTest"));
        QApplication::setApplicationName(QStringLiteral("test_desk_widgets"));
    }

    void myPageUrlCarriesOnlyTheCode()
    {
        QCOMPARE(BookingSlip::myPageUrl(QUrl(QStringLiteral("https://clinic.example/")),
                                        QStringLiteral("abcd2345")),
                 QUrl(QStringLiteral("https://clinic.example/mypage?code=ABCD2345")));
        QCOMPARE(
            BookingSlip::myPageUrl(QUrl(QStringLiteral("http://host:8080/anticorona")), QStringLiteral("X")),
            QUrl(QStringLiteral("http://host:8080/anticorona/mypage?code=X")));
        QVERIFY(BookingSlip::myPageUrl(QUrl(), QStringLiteral("ABCD2345")).isEmpty());
    }

    void qrCodeOfMyPageUrlIsASquareGrid()
    {
        const QrCode code = QrCode::encode(sampleSlip().myPageUrl.toString());
        QVERIFY(!code.isNull());
        QVERIFY(code.size() >= 21 && code.size() <= 177);
        QCOMPARE((code.size() - 17) % 4, 0); // version v has 17 + 4v modules per side
        // The finder pattern in the top left corner: dark ring, light ring, dark centre.
        QVERIFY(code.isDark(0, 0));
        QVERIFY(!code.isDark(1, 1));
        QVERIFY(code.isDark(3, 3));
        QVERIFY(!code.isDark(-1, 0));
        QVERIFY(!code.isDark(code.size(), 0));

        const int module = 3;
        const QImage image = code.toImage(module);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.width(), (code.size() + 2 * QrCode::kQuietZone) * module);
        const int corner = QrCode::kQuietZone * module;
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));           // quiet zone
        QCOMPARE(image.pixelColor(corner, corner), QColor(Qt::black)); // finder
        QCOMPARE(image.pixelColor(corner + module, corner + module), QColor(Qt::white));
    }

    void qrCodeRefusesWhatItCannotEncode()
    {
        QVERIFY(QrCode::encode(QString()).isNull());
        QVERIFY(QrCode::encode(QString(5000, QLatin1Char('x'))).isNull()); // more than version 40 holds
        QVERIFY(QrCode::encode(QString(5000, QLatin1Char('x'))).toImage().isNull());
        QVERIFY(QrCode::encode(QStringLiteral("a\u0000b")).isNull());
    }

    void slipIsWrittenAsPdf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("slip.pdf"));
        const BookingSlip slip(sampleSlip());
        QString error;
        QVERIFY2(slip.writePdf(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
        QVERIFY2(file.size() > 2000, qPrintable(QString::number(file.size())));
    }

    void slipReportsAnUnwritablePath()
    {
        QTemporaryDir dir;
        const BookingSlip slip(sampleSlip());
        QString error;
        QVERIFY(!slip.writePdf(dir.filePath(QStringLiteral("missing/folder/slip.pdf")), &error));
        QVERIFY(!error.isEmpty());
    }

    void slipPaintsPreviewWithAndWithoutServer()
    {
        const QImage withQr = BookingSlip(sampleSlip()).toImage(QSize(420, 592));
        QVERIFY(!withQr.isNull());
        SlipContent standalone = sampleSlip();
        standalone.myPageUrl = QUrl();
        const QImage withoutQr = BookingSlip(standalone).toImage(QSize(420, 592));
        QVERIFY(!withoutQr.isNull());
        QVERIFY(withQr != withoutQr);
        QVERIFY(BookingSlip(sampleSlip()).toImage(QSize()).isNull());
    }

    void slipDialogPreviewsAndEscapeCloses()
    {
        SlipDialog dialog(sampleSlip());
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("slipPreview"));
        QVERIFY(preview);
        QVERIFY(!preview->pixmap().isNull());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("savePdfButton")));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("printButton")));
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void settingsRoundTripThroughIni()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.ini"));
        DeskSettings saved;
        saved.language = QStringLiteral("ko");
        saved.serverUrl = QUrl(QStringLiteral("https://clinic.example"));
        saved.idleLockMinutes = 0;
        saved.waterMarks.insert(QStringLiteral("0190a000-0000-7000-8000-00000000000a"), {3, 9});
        saved.waterMarks.insert(QStringLiteral("0190a000-0000-7000-8000-00000000000b"), {0, 0});
        {
            QSettings settings(path, QSettings::IniFormat);
            saved.save(settings);
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(DeskSettings::load(settings), saved);
        const RightsSettings rights = saved.rightsSettings();
        QCOMPARE(rights.marksFor(QStringLiteral("0190a000-0000-7000-8000-00000000000a"), 100).low, 3);
        QCOMPARE(rights.marksFor(QStringLiteral("0190a000-0000-7000-8000-00000000000a"), 100).high, 9);
        // A vaccine left to the default follows its bookings.
        QCOMPARE(rights.marksFor(QStringLiteral("other"), 20).low, 10);

        // A vaccine set back to the default loses its stored marks.
        saved.waterMarks.remove(QStringLiteral("0190a000-0000-7000-8000-00000000000a"));
        saved.save(settings);
        QCOMPARE(DeskSettings::load(settings), saved);
    }

    void myPageLinksDefaultToTheSyncServer()
    {
        DeskSettings settings;
        const QString enrolled = QStringLiteral("https://sync.clinic.example");
        QCOMPARE(settings.myPageServer(QString()), QUrl());
        QCOMPARE(settings.myPageServer(enrolled), QUrl(enrolled));
        // An address typed in the Settings wins: MyPage may be published under another name.
        settings.serverUrl = QUrl(QStringLiteral("https://mypage.clinic.example"));
        QCOMPARE(settings.myPageServer(enrolled), settings.serverUrl);
        QCOMPARE(settings.myPageServer(QString()), settings.serverUrl);
    }

    void settingsFallBackToDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("Desk/language"), QStringLiteral("fr"));
            settings.setValue(QStringLiteral("Desk/serverUrl"), QStringLiteral("ftp://x"));
            settings.setValue(QStringLiteral("Desk/idleLockMinutes"), -3);
            // Hand-edited marks that cannot be: the vaccine keeps its default.
            settings.setValue(QStringLiteral("WaterMarks/a/low"), 9);
            settings.setValue(QStringLiteral("WaterMarks/a/high"), 3);
            settings.setValue(QStringLiteral("WaterMarks/b/low"), -1);
            settings.setValue(QStringLiteral("WaterMarks/b/high"), 4);
            settings.setValue(QStringLiteral("WaterMarks/c/low"), QStringLiteral("many"));
        }
        QSettings settings(path, QSettings::IniFormat);
        const DeskSettings loaded = DeskSettings::load(settings);
        QCOMPARE(loaded, DeskSettings());
        QCOMPARE(loaded.idleLockMinutes, DeskSettings::kDefaultIdleLockMinutes);
        QVERIFY(loaded.serverUrl.isEmpty());
        QCOMPARE(DeskSettings::defaultLanguage(QLocale(QLocale::Korean, QLocale::SouthKorea)),
                 QStringLiteral("ko"));
        QCOMPARE(DeskSettings::defaultLanguage(QLocale(QLocale::German)), QStringLiteral("en"));
        QCOMPARE(DeskSettings::defaultLanguage(QLocale(QLocale::English)), QStringLiteral("en"));
    }

    void settingsDialogValidatesServerAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("ftp") << QStringLiteral("ftp://x") << false;
        QTest::newRow("not a url") << QStringLiteral("not a url") << false;
        QTest::newRow("no scheme") << QStringLiteral("clinic.example") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("user info") << QStringLiteral("https://admin:secret@clinic.example") << false;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("https") << QStringLiteral("https://clinic.example") << true;
        QTest::newRow("http with port") << QStringLiteral("http://192.168.0.10:8080") << true;
    }

    void settingsDialogValidatesServerAddress()
    {
        QFETCH(QString, typed);
        QFETCH(bool, acceptable);
        DeskSettings initial;
        initial.serverUrl = QUrl(QStringLiteral("https://old.example"));
        SettingsDialog dialog(initial);
        auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        QVERIFY(server);
        QVERIFY(okButton(dialog)->isEnabled());
        server->setText(typed);
        QCOMPARE(dialog.isServerUrlAcceptable(), acceptable);
        QCOMPARE(okButton(dialog)->isEnabled(), acceptable);
        QCOMPARE(dialog.problemText().isEmpty(), acceptable);
        QCOMPARE(dialog.settings().serverUrl, acceptable ? QUrl(typed) : QUrl());

        // Enter submits only a usable form.
        dialog.show();
        QTest::keyClick(server, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(acceptable ? QDialog::Accepted : QDialog::Rejected));
        QCOMPARE(dialog.isVisible(), !acceptable);
    }

    void settingsDialogEditsEverythingAndEscapeCancels()
    {
        SettingsDialog dialog(DeskSettings{});
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(language->itemText(0), QStringLiteral("한국어"));
        QCOMPARE(language->itemText(1), QStringLiteral("English"));
        language->setCurrentIndex(0);
        dialog.findChild<QSpinBox *>(QStringLiteral("idleLockSpin"))->setValue(25);
        QCOMPARE(dialog.settings().language, QStringLiteral("ko"));
        QCOMPARE(dialog.settings().idleLockMinutes, 25);
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void settingsDialogSetsWaterMarksPerVaccineOrLeavesTheDefault()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString a = desk.addVaccine(QStringLiteral("Alpha"), 0);
        const QString b = desk.addVaccine(QStringLiteral("Beta"), 0);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        DeskSettings initial;
        initial.waterMarks.insert(a, {3, 9});
        SettingsDialog dialog(initial);
        dialog.setWaterMarks(&desk.store, true);
        auto automatic = [&](const QString &id) {
            return dialog.findChild<QCheckBox *>(QStringLiteral("automaticMarks_") + id);
        };
        auto low = [&](const QString &id) {
            return dialog.findChild<QSpinBox *>(QStringLiteral("lowMark_") + id);
        };
        auto high = [&](const QString &id) {
            return dialog.findChild<QSpinBox *>(QStringLiteral("highMark_") + id);
        };
        QVERIFY(automatic(a) && automatic(b) && low(a) && high(b));
        QVERIFY(!automatic(a)->isChecked());
        QCOMPARE(low(a)->value(), 3);
        QCOMPARE(high(a)->value(), 9);
        QVERIFY(automatic(b)->isChecked());
        QVERIFY(!low(b)->isEnabled() && !high(b)->isEnabled());
        QCOMPARE(dialog.settings().waterMarks, initial.waterMarks);

        // Beta gets its own marks; Alpha goes back to the default.
        automatic(b)->setChecked(false);
        QVERIFY(low(b)->isEnabled() && high(b)->isEnabled());
        low(b)->setValue(4);
        high(b)->setValue(12);
        automatic(a)->setChecked(true);
        QMap<QString, DeskSettings::WaterMarks> expected;
        expected.insert(b, {4, 12});
        QCOMPARE(dialog.settings().waterMarks, expected);
        // The high mark never goes under the low one.
        low(b)->setValue(20);
        QCOMPARE(dialog.settings().waterMarks.value(b).high, 20);

        // Reception sees them, read-only.
        SettingsDialog reception(initial);
        reception.setWaterMarks(&desk.store, false);
        auto *alphaLow = reception.findChild<QSpinBox *>(QStringLiteral("lowMark_") + a);
        QVERIFY(alphaLow && !alphaLow->isEnabled());
        QVERIFY(!reception.findChild<QCheckBox *>(QStringLiteral("automaticMarks_") + b)->isEnabled());
        QCOMPARE(reception.settings().waterMarks, initial.waterMarks);
    }

    void settingsDialogRetranslates()
    {
        SettingsDialog dialog(DeskSettings{});
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
        OneStringTranslator korean;
        QCoreApplication::installTranslator(&korean);
        // The switch is announced by a posted LanguageChange; deliver it now rather than wait for it.
        QCoreApplication::sendPostedEvents();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("설정"));
        QCoreApplication::removeTranslator(&korean);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
    }

    void idleWatcherFiresAfterTimeoutAndActivityPostponesIt()
    {
        FixedClock clock(TestDesk::start());
        QWidget widget;
        IdleWatcher watcher(&clock);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        QVERIFY(!watcher.isEnabled());
        clock.advanceSecs(3600);
        QVERIFY(!watcher.checkNow()); // disabled until a timeout is set

        watcher.setTimeoutMinutes(10);
        clock.advanceSecs(9 * 60);
        QVERIFY(!watcher.checkNow());
        QTest::keyClick(&widget, Qt::Key_A); // activity: the ten minutes start again
        clock.advanceSecs(9 * 60);
        QVERIFY(!watcher.checkNow());
        QTest::mouseClick(&widget, Qt::LeftButton);
        clock.advanceSecs(9 * 60);
        QVERIFY(!watcher.checkNow());
        QMouseEvent move(QEvent::MouseMove, QPointF(5, 5), QPointF(5, 5), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&widget, &move);
        clock.advanceSecs(9 * 60);
        QVERIFY(!watcher.checkNow());
        QWheelEvent wheel(QPointF(5, 5), QPointF(5, 5), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&widget, &wheel);
        clock.advanceSecs(10 * 60 - 1);
        QVERIFY(!watcher.checkNow());
        QCOMPARE(idle.count(), 0);

        clock.advanceSecs(1);
        QVERIFY(watcher.checkNow());
        QCOMPARE(idle.count(), 1);
        clock.advanceSecs(60);
        QVERIFY(watcher.checkNow());
        QCOMPARE(idle.count(), 1); // once per idle period

        QTest::keyClick(&widget, Qt::Key_B);
        QVERIFY(!watcher.checkNow());
        clock.advanceSecs(10 * 60);
        QVERIFY(watcher.checkNow());
        QCOMPARE(idle.count(), 2);

        watcher.setTimeoutMinutes(0);
        clock.advanceSecs(24 * 3600);
        QVERIFY(!watcher.checkNow());
        QCOMPARE(idle.count(), 2);
    }

    void idleWatcherTimerChecksByItself()
    {
        FixedClock clock(TestDesk::start());
        IdleWatcher watcher(&clock);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.setTimeoutMs(20);
        clock.advanceSecs(1); // the clock, not the timer, decides: it is already past the timeout
        // The wait is only a bound; the timer's first wake-up finds the desk idle.
        QVERIFY(idle.wait(5000));
        QCOMPARE(idle.count(), 1);
    }

    void idleWatcherHonoursAShorterTimeoutAtOnce()
    {
        FixedClock clock(TestDesk::start());
        IdleWatcher watcher(&clock);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.setTimeoutMinutes(30); // its timer now waits half an hour
        watcher.setTimeoutMs(20);
        clock.advanceSecs(1);
        // Within a second or two, not when the old half hour has run out.
        QVERIFY(idle.wait(3000));
        QCOMPARE(idle.count(), 1);
    }

    void writeOffRefusesMoreThanAvailable()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString other = desk.addVaccine(QStringLiteral("Spikevax"), 7);
        const QString vaccine = desk.addVaccine(QStringLiteral("Comirnaty"), 3);
        QVERIFY(!vaccine.isEmpty() && !other.isEmpty());
        StockTableModel stock(&desk.store);
        const qint64 eventsBefore = desk.store.outbox()->count();

        WriteOffDialog dialog(&stock, desk.commands.get(), &desk.store);
        dialog.setVaccine(vaccine);
        auto *available = dialog.findChild<QLabel *>(QStringLiteral("availableLabel"));
        QVERIFY(available->text().contains(QLatin1String("3")));
        auto *quantity = dialog.findChild<QSpinBox *>(QStringLiteral("quantitySpin"));
        auto *reason = dialog.findChild<QComboBox *>(QStringLiteral("reasonCombo"));
        QVERIFY(reason->isEditable());
        QCOMPARE(reason->count(), 3);
        QCOMPARE(reason->currentText(), QString());
        dialog.show();

        quantity->setValue(4);
        reason->setCurrentIndex(0);
        okButton(dialog)->click();
        QVERIFY(!dialog.refusalText().isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(desk.store.stock()->level(vaccine)->onHand, 3);
        QCOMPARE(desk.store.outbox()->count(), eventsBefore);

        // No reason: refused too.
        quantity->setValue(1);
        reason->setEditText(QString());
        okButton(dialog)->click();
        QVERIFY(!dialog.refusalText().isEmpty());
        QCOMPARE(desk.store.stock()->level(vaccine)->onHand, 3);

        // Return in the reason field writes off once, not twice, after the question.
        reason->setEditText(QStringLiteral("Dropped tray"));
        answerNextBox(QMessageBox::Yes);
        QTest::keyClick(reason->lineEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(desk.store.stock()->level(vaccine)->onHand, 2);
        QCOMPARE(desk.store.stock()->level(other)->onHand, 7);
        QCOMPARE(desk.store.outbox()->count(), eventsBefore + 1);
    }

    void writeOffShowsAvailableLive()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        const QString first = desk.addVaccine(QStringLiteral("Comirnaty"), 3);
        desk.addVaccine(QStringLiteral("Spikevax"), 12);
        StockTableModel stock(&desk.store);
        WriteOffDialog dialog(&stock, desk.commands.get(), &desk.store);
        auto *vaccine = dialog.findChild<QComboBox *>(QStringLiteral("vaccineCombo"));
        auto *available = dialog.findChild<QLabel *>(QStringLiteral("availableLabel"));
        QCOMPARE(vaccine->count(), 2);
        for (int row = 0; row < vaccine->count(); ++row) {
            vaccine->setCurrentIndex(row);
            QVERIFY(available->text().contains(QString::number(stock.level(row).available())));
        }
        dialog.setVaccine(first);
        QVERIFY(available->text().contains(QLatin1String("3")));
        QVERIFY(desk.commands->writeOff(first, 2, QStringLiteral("Expired")).isDone());
        stock.reload();
        dialog.setVaccine(first);
        QVERIFY(available->text().contains(QLatin1String("1")));
        QVERIFY(!available->text().contains(QLatin1String("3")));
    }

    void writeOffWithoutVaccinesSaysWhy()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        StockTableModel stock(&desk.store);
        WriteOffDialog dialog(&stock, desk.commands.get(), &desk.store);
        okButton(dialog)->click();
        QVERIFY(!dialog.refusalText().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestDeskWidgets)
#include "test_desk_widgets.moc"

#include "TestDesk.h"
#include "models/commands/Authenticator.h"
#include "models/commands/ClinicSetup.h"
#include "models/commands/PasswordHasher.h"
#include "models/commands/StaffAdmin.h"
#include "models/csv/BookingCsvImport.h"
#include "models/domain/Role.h"
#include "models/itemmodels/StockTableModel.h"
#include "translations/Translations.h"
#include "ui/DeskSettings.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/BookingDialog.h"
#include "ui/dialogs/CsvImportDialog.h"
#include "ui/dialogs/EnrollDialog.h"
#include "ui/dialogs/InjectDialog.h"
#include "ui/dialogs/ReceiveStockDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SetupWizard.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/dialogs/SlipDialog.h"
#include "ui/dialogs/StaffDialog.h"
#include "ui/dialogs/VaccineDialog.h"
#include "ui/dialogs/WriteOffDialog.h"
#include "ui/widgets/SlipContent.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QWizard>

namespace {
// The letter Alt takes for `text` ("&Find" F, "접종소 이름(&N)" N), null when none; "&&" is a plain &.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype at = 0; at + 1 < text.size(); ++at) {
        if (text.at(at) != QLatin1Char('&'))
            continue;
        if (text.at(at + 1) == QLatin1Char('&')) {
            ++at;
            continue;
        }
        return text.at(at + 1).toUpper();
    }
    return QChar();
}

using Mnemonics = QMultiMap<QChar, QString>;

void add(Mnemonics &found, const QString &text)
{
    const QChar key = mnemonicOf(text);
    if (!key.isNull())
        found.insert(key, text);
}

// Every Alt letter in force in `window` as it is shown: buttons, labels with a buddy, group boxes,
// tabs and the menu bar's titles (shortcuts inside menus are per menu, see menuClashes).
Mnemonics windowMnemonics(QWidget *window)
{
    Mnemonics found;
    const auto shown = [window](const QWidget *widget) { return widget->isVisibleTo(window); };
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button))
            add(found, button->text());
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (shown(label) && label->buddy())
            add(found, label->text());
    }
    for (const QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box))
            add(found, box->title());
    }
    for (const QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!shown(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i))
                add(found, tabs->tabText(i));
        }
    }
    for (const QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (const QAction *action : bar->actions()) {
            if (action->isVisible())
                add(found, action->text());
        }
    }
    return found;
}

QStringList clashesIn(const Mnemonics &found, const QString &where)
{
    QStringList clashes;
    for (const QChar &key : found.uniqueKeys()) {
        const QStringList owners = found.values(key);
        if (owners.size() > 1)
            clashes.append(
                QStringLiteral("%1: Alt+%2 is %3").arg(where, key, owners.join(QStringLiteral(" and "))));
    }
    return clashes;
}

QStringList menuClashes(const QMenu *menu)
{
    Mnemonics found;
    QStringList clashes;
    for (const QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        add(found, action->text());
        if (action->menu())
            clashes += menuClashes(action->menu());
    }
    return clashes + clashesIn(found, QStringLiteral("menu ") + menu->title());
}

QStringList windowClashes(QWidget *window, const QString &where)
{
    QStringList clashes = clashesIn(windowMnemonics(window), where);
    for (const QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (const QAction *action : bar->actions()) {
            if (action->menu())
                clashes += menuClashes(action->menu());
        }
    }
    return clashes;
}
} // namespace

// Opens every window, page, dialog and menu of the desk in Korean and in English and fails on two
// things that answer to the same Alt letter in one window or one menu: one of them can never be
// reached by keyboard, and which one wins is Qt's choice, not the clinic's.
class TestMnemonics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanupTestCase() { Translations::install(qApp, QLocale(QLocale::English)); }

    void noClash_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("ko") << QLocale(QLocale::Korean);
        QTest::newRow("en") << QLocale(QLocale::English);
    }

    void noClash()
    {
        QFETCH(QLocale, locale);
        Translations::install(qApp, locale);
        QStringList clashes;

        TestDesk desk;
        QVERIFY(desk.open());
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        {
            ClinicSetup setup(&desk.store, &desk.clock, &hasher);
            SetupWizard wizard(&setup);
            wizard.show();
            clashes += windowClashes(&wizard, QStringLiteral("setup wizard, clinic page"));
            wizard.findChild<QLineEdit *>(QStringLiteral("siteNameEdit"))
                ->setText(QStringLiteral("Mapo Clinic"));
            wizard.next();
            QVERIFY(wizard.currentId() != wizard.startId());
            clashes += windowClashes(&wizard, QStringLiteral("setup wizard, administrator page"));
            QVERIFY(setup
                        .createClinic(QStringLiteral("Mapo Clinic"), QStringLiteral("admin"),
                                      QStringLiteral("Admin"), QStringLiteral("correct horse"), everyRole())
                        .isDone());
        }
        const QString vaccineId = desk.addVaccine(QStringLiteral("Comirnaty"), 5);
        QVERIFY(!vaccineId.isEmpty());

        MainWindow window(&desk.store, desk.commands.get(), &desk.clock);
        StaffAdmin admin(&desk.store, &desk.clock, &hasher, Actor::system(QStringLiteral("test")));
        window.setStaffAdmin(&admin);
        window.applyRoles();
        window.show();
        for (int i = 0; i < window.pages()->count(); ++i) {
            if (!window.pages()->isTabVisible(i))
                continue;
            window.pages()->setCurrentIndex(i);
            clashes +=
                windowClashes(&window, QStringLiteral("main window, page ") + window.pages()->tabText(i));
        }

        const auto check = [&clashes](QWidget &dialog, const QString &where) {
            dialog.show();
            clashes += windowClashes(&dialog, where);
            dialog.close();
        };
        {
            Authenticator authenticator(&desk.store, &desk.clock, &hasher);
            SignInDialog signIn(&authenticator, QStringLiteral("Mapo Clinic"), false);
            check(signIn, QStringLiteral("sign-in"));
            SignInDialog locked(&authenticator, QStringLiteral("Mapo Clinic"), true);
            check(locked, QStringLiteral("locked desk"));
        }
        BookingDialog booking(&desk.store, desk.commands.get(), TestDesk::start().addDays(1));
        check(booking, QStringLiteral("booking"));
        VaccineDialog vaccine(desk.commands.get());
        check(vaccine, QStringLiteral("vaccine"));
        ReceiveStockDialog receive(&desk.store, desk.commands.get(), TestDesk::start().date());
        check(receive, QStringLiteral("receive stock"));
        StockTableModel stock(&desk.store);
        WriteOffDialog writeOff(&stock, desk.commands.get(), &desk.store);
        check(writeOff, QStringLiteral("write-off"));
        InjectDialog inject(desk.commands.get(), QStringLiteral("7NYW"), QStringLiteral("Hong Gildong"),
                            QDate(1980, 5, 17), desk.store.stock()->lots(vaccineId),
                            TestDesk::start().date());
        check(inject, QStringLiteral("injection"));
        for (const auto mode :
             {StaffDialog::Mode::Add, StaffDialog::Mode::ChangeRoles, StaffDialog::Mode::ResetPassword}) {
            Staff staff;
            staff.username = QStringLiteral("nurse.kim");
            staff.displayName = QStringLiteral("Kim");
            staff.roles = everyRole();
            StaffDialog dialog(&admin, mode, staff);
            check(dialog, QStringLiteral("staff %1").arg(static_cast<int>(mode)));
        }
        SettingsDialog settings{DeskSettings()};
        check(settings, QStringLiteral("settings"));
        EnrollDialog enroll(&desk.store);
        check(enroll, QStringLiteral("enroll"));
        SlipContent content{QStringLiteral("Mapo Clinic"),  QStringLiteral("7NYW"),
                            QStringLiteral("Comirnaty"),    TestDesk::start().addDays(1),
                            QStringLiteral("Hong Gildong"), QUrl()};
        SlipDialog slip(content);
        check(slip, QStringLiteral("slip"));
        const BookingCsvImport importer(&desk.store, &desk.clock);
        const BookingCsvImport::Preview preview =
            importer.preview("name,birth_date,phone,vaccine,appointment\n"
                             "Kim,1980-01-01,010-1234-5678,Comirnaty,2024-03-05 10:00\n"
                             "Lee,1980-13-01,010-1234-5679,Comirnaty,2024-03-05 10:00\n");
        CsvImportDialog import(importer, preview, desk.commands.get());
        check(import, QStringLiteral("CSV import"));

        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestMnemonics)
#include "test_mnemonics.moc"

#include "tools/screenshots/ScreenshotTour.h"

#include "models/commands/Authenticator.h"
#include "models/commands/ClinicSetup.h"
#include "models/commands/DeskCommands.h"
#include "models/commands/StaffAdmin.h"
#include "models/domain/Booking.h"
#include "models/domain/DatabaseError.h"
#include "models/itemmodels/BookingTableModel.h"
#include "models/itemmodels/TodayTableModel.h"
#include "models/store/LocalStore.h"
#include "models/store/StaffStore.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/BookingDialog.h"
#include "ui/dialogs/InjectDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/dialogs/WriteOffDialog.h"
#include "ui/pages/AdminPage.h"
#include "ui/pages/BookingsPage.h"
#include "ui/pages/StockPage.h"
#include "ui/pages/TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cstdio>

namespace {
const QSize kWindowSize(1280, 800);
constexpr int kWaitMs = 10000;
// Long enough for the rules; the accounts only live in a throw-away demo database.
const QString kPassword = QStringLiteral("demo-password-2026");
const QString kAdminUsername = QStringLiteral("admin");
// Two syllables that many of the demo's given names share: a realistic search at the counter.
const QString kNameSearch = QStringLiteral("민수");
constexpr int kInjectionsWanted = 3;

struct StaffAccount
{
    const char *username;
    const char *name;
    Roles roles;
};

// Types like a person: ASCII through the keys, Hangul as a Korean input method commits it
// (a syllable at a time), since no key on the board sends a composed syllable.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(widget, &commit);
        }
    }
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
}

// Lets queued paints and timers run so the picture is what the screen would show.
void settle()
{
    QTest::qWait(50);
    QCoreApplication::processEvents();
}
} // namespace

ScreenshotTour::ScreenshotTour(LocalStore *store, DeskCommands *commands, const Clock *clock, const QDir &out,
                               const QString &language)
    : m_store(store)
    , m_commands(commands)
    , m_clock(clock)
    , m_out(out)
    , m_language(language)
    , m_staffAdmin(std::make_unique<StaffAdmin>(store, clock, &m_hasher, commands->actor()))
{}

ScreenshotTour::~ScreenshotTour() = default;

bool ScreenshotTour::run()
{
    if (!prepareStaff() || !signIn())
        return false;
    bool ok = bookings();
    ok = refusedBooking() && ok;
    ok = stock() && ok;
    ok = refusedWriteOff() && ok;
    ok = today() && ok;
    ok = admin() && ok;
    return ok;
}

bool ScreenshotTour::fail(const QString &why)
{
    std::fprintf(stderr, "%s\n", qPrintable(why));
    return false;
}

bool ScreenshotTour::save(const QPixmap &picture, const QString &name)
{
    const QString path = m_out.filePath(QStringLiteral("%1-%2.png").arg(name, m_language));
    if (picture.isNull() || !picture.save(path))
        return fail(tr("Could not write %1.").arg(path));
    std::printf("%s\n", qPrintable(path));
    return true;
}

QPixmap ScreenshotTour::windowWithDialog(QWidget *dialog) const
{
    QPixmap picture = m_window->grab();
    QPainter painter(&picture);
    // A modal dialog dims what it covers on most desktops; say the same here.
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 60));
    const QPixmap front = dialog->grab();
    // Without a window manager the dialog has no frame: draw a plain title bar so its title shows.
    const int titleHeight = dialog->fontMetrics().height() + 10;
    const QSize framed(front.width(), front.height() + titleHeight);
    const QPoint topLeft((picture.width() - framed.width()) / 2, (picture.height() - framed.height()) / 2);
    const QRect titleBar(topLeft, QSize(framed.width(), titleHeight));
    painter.fillRect(titleBar, dialog->palette().color(QPalette::Highlight));
    painter.setPen(dialog->palette().color(QPalette::HighlightedText));
    painter.setFont(dialog->font());
    painter.drawText(titleBar.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft, dialog->windowTitle());
    painter.drawPixmap(topLeft + QPoint(0, titleHeight), front);
    painter.setPen(QColor(0, 0, 0, 120));
    painter.drawRect(QRect(topLeft, framed).adjusted(-1, -1, 0, 0));
    return picture;
}

bool ScreenshotTour::prepareStaff()
{
    const StaffAccount accounts[] = {
        {"reception1", "이하은", Role::Reception},
        {"nurse1", "박지훈", Role::InjectionStaff},
        {"stock1", "최도윤", Role::VaccineManager | Role::Reception},
    };
    try {
        ClinicSetup setup(m_store, m_clock, &m_hasher);
        if (setup.needsSetup()) {
            const CommandResult made =
                setup.createClinic(QStringLiteral("서울 중앙 예방접종센터"), kAdminUsername,
                                   QStringLiteral("김수진"), kPassword, everyRole());
            if (!made.isDone())
                return fail(made.message());
            m_store->reloadIdentity();
        }
        const auto administrator = m_store->staff()->byUsername(kAdminUsername);
        if (!administrator)
            return fail(tr("The database has staff but no account named %1.").arg(kAdminUsername));
        m_staffAdmin->setActor(Actor::of(*administrator));
        for (const StaffAccount &account : accounts) {
            const QString username = QString::fromUtf8(account.username);
            if (m_store->staff()->byUsername(username))
                continue;
            const CommandResult added =
                m_staffAdmin->addStaff(username, QString::fromUtf8(account.name), kPassword, account.roles);
            if (!added.isDone())
                return fail(added.message());
        }
    } catch (const DatabaseError &error) {
        return fail(error.message());
    }
    return true;
}

bool ScreenshotTour::signIn()
{
    Authenticator authenticator(m_store, m_clock, &m_hasher);
    SignInDialog dialog(&authenticator, m_store->identity().siteName, false);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return fail(tr("The sign-in dialog was not shown."));
    auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    if (!username || !password)
        return fail(tr("The sign-in dialog has no username or password field."));
    replaceText(username, kAdminUsername);
    replaceText(password, kPassword);
    settle();
    const bool saved = save(dialog.grab(), QStringLiteral("signin"));
    QTest::keyClick(password, Qt::Key_Return);
    if (!QTest::qWaitFor([&dialog] { return dialog.result() == QDialog::Accepted; }, kWaitMs))
        return fail(tr("Signing in did not succeed: %1").arg(dialog.refusalText()));

    m_actor = Actor::of(dialog.staff());
    m_commands->setActor(m_actor);
    m_staffAdmin->setActor(m_actor);
    m_window = std::make_unique<MainWindow>(m_store, m_commands, m_clock);
    m_window->setStaffAdmin(m_staffAdmin.get());
    m_window->applyRoles();
    m_window->refresh();
    m_window->setLocked(false);
    m_window->resize(kWindowSize);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return fail(tr("The main window was not shown."));
    return saved;
}

namespace {
// The page shortcuts (Alt+1..) as a person uses them; the tab is picked directly only when the
// shortcut does not reach a window that has no window manager to make it active.
void showPage(MainWindow *window, QWidget *page)
{
    const int index = window->pages()->indexOf(page);
    if (index < 0)
        return;
    QTest::keyClick(window, Qt::Key(Qt::Key_1 + index), Qt::AltModifier);
    if (window->pages()->currentWidget() != page)
        window->pages()->setCurrentWidget(page);
    settle();
}

// Opens a dialog by its shortcut, or by its action when the shortcut does not reach the window (as
// showPage); null when it was not shown.
template<typename Dialog> Dialog *openDialog(MainWindow *window, QKeyCombination keys, QAction *action)
{
    QTest::keyClick(window, keys.key(), keys.keyboardModifiers());
    if (!window->findChild<Dialog *>())
        action->trigger();
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [window, &dialog] {
            dialog = window->findChild<Dialog *>();
            return dialog && dialog->isVisible();
        },
        kWaitMs);
    return shown && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}
} // namespace

bool ScreenshotTour::bookings()
{
    BookingsPage *page = m_window->bookingsPage();
    showPage(m_window.get(), page);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = page->searchEdit();
    replaceText(search, kNameSearch);
    QTest::keyClick(search, Qt::Key_Return);
    BookingTableModel *model = page->bookingModel();
    if (!QTest::qWaitFor([model] { return model->filterText() == kNameSearch && model->rowCount() > 0; },
                         kWaitMs))
        return fail(tr("The search for %1 found nothing.").arg(kNameSearch));
    // The first customer still booked is the one the refused booking tries again.
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->bookingState(row) != BookingState::Booked)
            continue;
        const auto text = [model, row](int column) { return model->index(row, column).data().toString(); };
        m_bookedName = text(BookingTableModel::NameColumn);
        m_bookedBirthDate = text(BookingTableModel::BirthDateColumn);
        m_bookedPhone = text(BookingTableModel::PhoneColumn);
        m_bookedVaccine = text(BookingTableModel::VaccineColumn);
        QTableView *view = page->bookingsView();
        view->setFocus(Qt::TabFocusReason);
        view->selectRow(row);
        break;
    }
    settle();
    return save(m_window->grab(), QStringLiteral("bookings"));
}

bool ScreenshotTour::refusedBooking()
{
    if (m_bookedName.isEmpty())
        return fail(tr("No booked customer to book again."));
    showPage(m_window.get(), m_window->bookingsPage());
    auto *dialog = openDialog<BookingDialog>(m_window.get(), Qt::ControlModifier | Qt::Key_N,
                                             m_window->newBookingAction());
    if (!dialog)
        return fail(tr("The new booking dialog was not shown."));

    auto *vaccine = dialog->findChild<QComboBox *>(QStringLiteral("vaccineCombo"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *birthDate = dialog->findChild<QLineEdit *>(QStringLiteral("birthDateEdit"));
    auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    if (!vaccine || !name || !birthDate || !phone)
        return fail(tr("The new booking dialog lacks a field."));
    int wanted = -1;
    for (int i = 0; i < vaccine->count(); ++i) {
        if (vaccine->itemText(i).startsWith(m_bookedVaccine))
            wanted = i;
    }
    if (wanted < 0)
        return fail(tr("The vaccine %1 is not offered.").arg(m_bookedVaccine));
    vaccine->setFocus(Qt::TabFocusReason);
    while (vaccine->currentIndex() < wanted)
        QTest::keyClick(vaccine, Qt::Key_Down);
    while (vaccine->currentIndex() > wanted)
        QTest::keyClick(vaccine, Qt::Key_Up);
    replaceText(name, m_bookedName);
    replaceText(birthDate, m_bookedBirthDate);
    replaceText(phone, m_bookedPhone);
    QTest::keyClick(phone, Qt::Key_Return);
    if (!QTest::qWaitFor([dialog] { return !dialog->refusalText().isEmpty(); }, kWaitMs))
        return fail(tr("The second booking of the same customer was not refused."));
    settle();
    const bool saved = save(windowWithDialog(dialog), QStringLiteral("booking-refused"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    settle();
    return saved;
}

bool ScreenshotTour::stock()
{
    StockPage *page = m_window->stockPage();
    showPage(m_window.get(), page);
    page->reload();
    settle();
    bool ok = save(m_window->grab(), QStringLiteral("stock"));
    // The lots and their expiry colours sit on the second tab, beside the same chart.
    if (auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("stockTabs"))) {
        tabs->setFocus(Qt::TabFocusReason);
        QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
        if (tabs->currentIndex() != 1)
            tabs->setCurrentIndex(1);
        settle();
        ok = save(m_window->grab(), QStringLiteral("lots")) && ok;
        tabs->setCurrentIndex(0);
    }
    return ok;
}

// A vaccine manager's form with two things wrong at once: more doses than the lot holds, no reason.
bool ScreenshotTour::refusedWriteOff()
{
    showPage(m_window.get(), m_window->stockPage());
    auto *dialog =
        openDialog<WriteOffDialog>(m_window.get(), Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_W,
                                   m_window->stockPage()->writeOffAction());
    if (!dialog)
        return fail(tr("The write-off dialog was not shown."));
    auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantitySpin"));
    if (!quantity)
        return fail(tr("The write-off dialog lacks a field."));
    quantity->setFocus(Qt::TabFocusReason);
    QTest::keyClick(quantity, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(quantity, QStringLiteral("99999"));
    QTest::keyClick(quantity, Qt::Key_Return);
    if (!QTest::qWaitFor([dialog] { return dialog->refusalText().contains(QLatin1Char('\n')); }, kWaitMs))
        return fail(tr("The write-off did not say both of what is wrong."));
    settle();
    const bool saved = save(windowWithDialog(dialog), QStringLiteral("writeoff-refused"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    settle();
    return saved;
}

bool ScreenshotTour::today()
{
    TodayPage *page = m_window->todayPage();
    showPage(m_window.get(), page);
    TodayTableModel *model = page->todayModel();
    int injected = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        injected += model->bookingState(row) == BookingState::Injected;
    // A demo made before the clinic opens has nobody injected yet today: the nurse injects a few.
    QTableView *view = page->todayView();
    for (int row = 0; injected < kInjectionsWanted && row < model->rowCount(); ++row) {
        if (model->bookingState(row) != BookingState::Booked)
            continue;
        view->setFocus(Qt::TabFocusReason);
        view->selectRow(row);
        page->injectAction()->trigger();
        QPointer<InjectDialog> dialog;
        if (!QTest::qWaitFor(
                [page, &dialog] {
                    dialog = page->findChild<InjectDialog *>();
                    return dialog && dialog->isVisible();
                },
                kWaitMs))
            return fail(tr("The injection dialog was not shown."));
        if (!QTest::qWaitForWindowExposed(dialog))
            return fail(tr("A dialog was not shown."));
        QTest::keyClick(dialog, Qt::Key_Return);
        if (!QTest::qWaitFor([&dialog] { return dialog.isNull(); }, kWaitMs))
            return fail(tr("The injection was not recorded: %1").arg(dialog->refusalText()));
        ++injected;
    }
    view->clearSelection();
    settle();
    return save(m_window->grab(), QStringLiteral("today"));
}

bool ScreenshotTour::admin()
{
    AdminPage *page = m_window->adminPage();
    showPage(m_window.get(), page);
    page->reload();
    settle();
    return save(m_window->grab(), QStringLiteral("admin"));
}

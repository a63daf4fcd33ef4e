#include "ui/MainWindow.h"

#include "models/commands/DeskCommands.h"
#include "models/domain/Actor.h"
#include "models/domain/KoreanParticles.h"
#include "models/store/LocalStore.h"
#include "sync/SyncWorker.h"
#include "ui/ShortcutNotices.h"
#include "ui/pages/AdminPage.h"
#include "ui/pages/BookingsPage.h"
#include "ui/pages/StockPage.h"
#include "ui/pages/SyncPage.h"
#include "ui/pages/TodayPage.h"
#include "ui/widgets/ColumnFitter.h"
#include "ui/widgets/SyncStatusLabel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int kStatusMs = 8000;
const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kStateKey = QStringLiteral("MainWindow/state");
const QString kPageKey = QStringLiteral("MainWindow/page");
// The page each person used last, by staff id: the page's object name.
const QString kPersonPageKey = QStringLiteral("MainWindow/pageOf/");
} // namespace

MainWindow::MainWindow(LocalStore *store, DeskCommands *commands, QWidget *parent)
    : MainWindow(store, commands, nullptr, parent)
{}

MainWindow::MainWindow(LocalStore *store, DeskCommands *commands, const Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_commands(commands)
    , m_clock(clock ? clock : &m_systemClock)
{
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_bookingsPage = new BookingsPage(store, commands, m_clock, m_pages);
    m_todayPage = new TodayPage(store, commands, m_clock, m_pages);
    m_stockPage = new StockPage(store, commands, m_clock, m_pages);
    m_adminPage = new AdminPage(store, m_clock, m_pages);
    m_syncPage = new SyncPage(store, commands, m_pages);
    for (QWidget *page : {static_cast<QWidget *>(m_bookingsPage), static_cast<QWidget *>(m_todayPage),
                          static_cast<QWidget *>(m_stockPage), static_cast<QWidget *>(m_adminPage),
                          static_cast<QWidget *>(m_syncPage)})
        addPage(page);

    // A change on one page changes what the others show.
    connect(m_bookingsPage, &BookingsPage::bookingsChanged, m_stockPage, &StockPage::reload);
    connect(m_bookingsPage, &BookingsPage::bookingsChanged, m_todayPage, &TodayPage::reload);
    connect(m_todayPage, &TodayPage::injectionsChanged, m_stockPage, &StockPage::reload);
    connect(m_todayPage, &TodayPage::injectionsChanged, m_bookingsPage, &BookingsPage::reload);
    connect(m_stockPage, &StockPage::stockChanged, m_todayPage, &TodayPage::reload);
    const auto status = [this](const QString &message) { showStatus(message); };
    connect(m_bookingsPage, &BookingsPage::statusMessage, this, status);
    connect(m_todayPage, &TodayPage::statusMessage, this, status);
    connect(m_stockPage, &StockPage::statusMessage, this, status);
    connect(m_adminPage, &AdminPage::statusMessage, this, status);
    connect(m_syncPage, &SyncPage::statusMessage, this, status);
    connect(m_bookingsPage, &BookingsPage::bookingsChanged, this, &MainWindow::localChange);
    connect(m_todayPage, &TodayPage::injectionsChanged, this, &MainWindow::localChange);
    connect(m_stockPage, &StockPage::stockChanged, this, &MainWindow::localChange);
    // Every change writes an audit line: the trail shows it if it is open (else when it is next shown).
    connect(this, &MainWindow::localChange, m_adminPage, &AdminPage::auditChanged);
    // and the Sync page counts it among the changes waiting (read when next shown).
    connect(this, &MainWindow::localChange, m_syncPage, &SyncPage::reload);

    m_lockedLabel = new QLabel(this);
    m_lockedLabel->setObjectName(QStringLiteral("lockedLabel"));
    m_lockedLabel->setAlignment(Qt::AlignCenter);
    m_lockedLabel->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    layout->addWidget(m_lockedLabel);
    setCentralWidget(central);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_syncLabel = new SyncStatusLabel(this);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    createActions();
    createMenus();
    new ShortcutNotices(this, m_pages, status);
    // Hidden from whoever lacks the role (applyRoles); their keys say which role they need.
    const QList<std::pair<Role, QList<QAction *>>> roleActions{
        {Role::Reception,
         {m_bookingsPage->newBookingAction(), m_bookingsPage->cancelBookingAction(),
          m_bookingsPage->slipAction(), m_bookingsPage->findAction(), m_bookingsPage->exportAction(),
          m_bookingsPage->importAction()}},
        {Role::InjectionStaff,
         {m_todayPage->injectAction(), m_todayPage->undoAction(), m_todayPage->findAction()}},
        {Role::VaccineManager,
         {m_stockPage->registerVaccineAction(), m_stockPage->receiveStockAction(),
          m_stockPage->writeOffAction()}},
        {Role::Administrator, {m_adminPage->addStaffAction(), m_settings}}};
    for (const auto &[role, actions] : roleActions) {
        for (QAction *action : actions)
            ShortcutNotices::setRole(action, role);
    }
    retranslate();
    applyRoles();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(kStateKey).toByteArray());
    if (QWidget *current = m_pages->currentWidget())
        current->setFocus();
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::rememberPage);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page)
{
    m_pages->addTab(page, QString());
}

void MainWindow::createActions()
{
    const auto make = [this](const char *name, const QKeySequence &key) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        addAction(action);
        return action;
    };
    m_refresh = make("refreshAction", QKeySequence(Qt::Key_F5));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    m_fitColumns = make("fitColumnsAction", QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitColumns, &QAction::triggered, this, &MainWindow::fitColumns);
    m_settings = make("settingsAction", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, [this] {
        // Hidden from the others too; this is for a shortcut that reaches it anyway.
        if (!m_commands->actor().can(Role::Administrator)) {
            showStatus(tr("Only an administrator can change the settings."));
            return;
        }
        emit settingsRequested();
    });
    m_lock = make("lockAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lock, &QAction::triggered, this, &MainWindow::lockRequested);
    m_signOut = make("signOutAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    m_quit = make("quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    auto *languages = new QActionGroup(this);
    // Each language is named in itself, so someone who cannot read the current one still finds theirs.
    for (const auto &[code, name] : {std::pair{QStringLiteral("ko"), QStringLiteral("한국어")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        auto *language = new QAction(name, languages);
        language->setObjectName(QStringLiteral("languageAction_") + code);
        language->setCheckable(true);
        language->setData(code);
        connect(language, &QAction::triggered, this, [this, code] { emit languageRequested(code); });
        m_languages.append(language);
    }
    m_shortcuts = make("shortcutsAction", QKeySequence(Qt::Key_F1));
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_about = make("aboutAction", QKeySequence());
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Anticorona"),
                           tr("<b>Anticorona %1</b><p>The vaccination desk: bookings, stock and injections, "
                              "working with or without the network.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction *show = make("pageAction", QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        show->setObjectName(QStringLiteral("pageAction%1").arg(i + 1));
        connect(show, &QAction::triggered, this, [this, i] {
            if (!m_pages->isTabVisible(i))
                return;
            m_pages->setCurrentIndex(i);
            m_pages->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
        m_pageActions.append(show);
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_bookingsPage->exportAction());
    m_fileMenu->addAction(m_bookingsPage->importAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_lock);
    m_fileMenu->addAction(m_signOut);
    m_fileMenu->addAction(m_quit);

    m_bookingsMenu = menuBar()->addMenu(QString());
    m_bookingsMenu->addAction(m_bookingsPage->newBookingAction());
    m_bookingsMenu->addAction(m_bookingsPage->cancelBookingAction());
    m_bookingsMenu->addAction(m_bookingsPage->slipAction());
    m_bookingsMenu->addSeparator();
    m_bookingsMenu->addAction(m_bookingsPage->findAction());

    m_todayMenu = menuBar()->addMenu(QString());
    m_todayMenu->addAction(m_todayPage->injectAction());
    m_todayMenu->addAction(m_todayPage->undoAction());
    m_todayMenu->addSeparator();
    m_todayMenu->addAction(m_todayPage->findAction());

    m_stockMenu = menuBar()->addMenu(QString());
    m_stockMenu->addAction(m_stockPage->registerVaccineAction());
    m_stockMenu->addAction(m_stockPage->receiveStockAction());
    m_stockMenu->addAction(m_stockPage->writeOffAction());
    m_stockMenu->addSeparator();
    m_stockMenu->addAction(m_adminPage->addStaffAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_pageActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addAction(m_fitColumns);
    m_viewMenu->addAction(m_syncPage->syncNowAction());
    addAction(m_syncPage->syncNowAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languages);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslate()
{
    const Actor &actor = m_commands->actor();
    setWindowTitle(tr("Anticorona — %1").arg(m_store->identity().siteName));
    m_pages->setTabText(m_pages->indexOf(m_bookingsPage), tr("Bookings"));
    m_pages->setTabText(m_pages->indexOf(m_todayPage), tr("Today"));
    m_pages->setTabText(m_pages->indexOf(m_stockPage), tr("Stock and lots"));
    m_pages->setTabText(m_pages->indexOf(m_adminPage), tr("Staff and audit"));
    m_pages->setTabText(m_pages->indexOf(m_syncPage), tr("Sync"));
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions.at(i)->setText(tr("Show %1").arg(m_pages->tabText(i)));
    m_fileMenu->setTitle(tr("&File"));
    m_bookingsMenu->setTitle(tr("&Bookings"));
    m_todayMenu->setTitle(tr("&Injections"));
    m_stockMenu->setTitle(tr("&Stock"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("&Language"));
    m_refresh->setText(tr("&Refresh"));
    m_fitColumns->setText(tr("&Fit columns to contents"));
    m_fitColumns->setStatusTip(tr("Widen or narrow the table's columns to what they show"));
    m_settings->setText(tr("&Settings…"));
    m_lock->setText(tr("&Lock the desk"));
    m_lock->setStatusTip(tr("Hide the screen until someone signs in again"));
    m_signOut->setText(tr("Sign &out"));
    m_quit->setText(tr("&Quit"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About Anticorona"));
    m_lockedLabel->setText(tr("The desk is locked. Sign in to go on."));
    QStringList roles;
    for (const Role role : allRoles()) {
        if (actor.can(role))
            roles.append(roleText(role));
    }
    // Nobody signed in (before the first sign-in, after a sign-out): nobody named.
    if (roles.isEmpty())
        m_userLabel->clear();
    else
        m_userLabel->setText(
            tr("Signed in: %1 (%2)").arg(actor.displayName, roles.join(QStringLiteral(", "))));
}

void MainWindow::setLanguage(const QString &code)
{
    for (QAction *language : std::as_const(m_languages))
        language->setChecked(language->data().toString() == code);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyRoles()
{
    const QScopedValueRollback<bool> applying(m_applyingRoles, true);
    const Roles roles = m_commands->actor().roles;
    const bool reception = roles.testFlag(Role::Reception);
    const bool injection = roles.testFlag(Role::InjectionStaff);
    const bool vaccines = roles.testFlag(Role::VaccineManager);
    const bool admin = roles.testFlag(Role::Administrator);
    const QList<std::pair<QWidget *, bool>> pages{{m_bookingsPage, reception},
                                                  {m_todayPage, injection},
                                                  {m_stockPage, vaccines},
                                                  {m_adminPage, admin},
                                                  {m_syncPage, true}};
    for (const auto &[page, allowed] : pages) {
        m_pages->setTabVisible(m_pages->indexOf(page), allowed);
        page->setEnabled(allowed);
    }
    for (QAction *action : {m_bookingsPage->newBookingAction(), m_bookingsPage->cancelBookingAction(),
                            m_bookingsPage->slipAction(), m_bookingsPage->findAction(),
                            m_bookingsPage->exportAction(), m_bookingsPage->importAction()})
        action->setVisible(reception);
    m_bookingsMenu->menuAction()->setVisible(reception);
    for (QAction *action :
         {m_todayPage->injectAction(), m_todayPage->undoAction(), m_todayPage->findAction()})
        action->setVisible(injection);
    m_todayMenu->menuAction()->setVisible(injection);
    for (QAction *action : {m_stockPage->registerVaccineAction(), m_stockPage->receiveStockAction(),
                            m_stockPage->writeOffAction()})
        action->setVisible(vaccines);
    m_adminPage->addStaffAction()->setVisible(admin);
    m_settings->setVisible(admin); // the server, the idle lock and the desk's stock limits
    m_stockMenu->menuAction()->setVisible(vaccines || admin);
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions.at(i)->setVisible(m_pages->isTabVisible(i));
    statusBar()->clearMessage(); // said to the last person
    m_todayPage->resetDay();     // the next person starts on today, not on the day the last one looked at
    // Keeping the page shown would open every sign-in on Sync: before anyone signs in it is the only
    // page shown, and it stays shown for every role.
    m_pages->setCurrentWidget(landingPage());
    retranslate();
}

QWidget *MainWindow::landingPage() const
{
    const Actor &actor = m_commands->actor();
    const auto allowed = [this](const QWidget *page) {
        return page && m_pages->indexOf(page) >= 0 && m_pages->isTabVisible(m_pages->indexOf(page));
    };
    QSettings settings;
    if (!actor.staffId.isEmpty()) {
        const QString name = settings.value(kPersonPageKey + actor.staffId).toString();
        for (int i = 0; i < m_pages->count(); ++i) {
            if (!name.isEmpty() && m_pages->widget(i)->objectName() == name && allowed(m_pages->widget(i)))
                return m_pages->widget(i);
        }
    }
    QWidget *deskLast = m_pages->widget(settings.value(kPageKey, -1).toInt());
    if (actor.staffId.isEmpty() && allowed(deskLast))
        return deskLast; // a program, not a person: the page left open at this desk
    const QList<std::pair<Role, QWidget *>> own{{Role::Reception, m_bookingsPage},
                                                {Role::InjectionStaff, m_todayPage},
                                                {Role::VaccineManager, m_stockPage}};
    for (const auto &[role, page] : own) {
        if (actor.can(role))
            return page;
    }
    if (actor.can(Role::Administrator))
        return allowed(deskLast) ? deskLast : m_adminPage;
    return m_syncPage;
}

void MainWindow::rememberPage()
{
    const QWidget *page = m_pages->currentWidget();
    if (m_applyingRoles || m_locked || !page)
        return;
    QSettings settings;
    settings.setValue(kPageKey, m_pages->currentIndex());
    const QString staffId = m_commands->actor().staffId;
    if (!staffId.isEmpty())
        settings.setValue(kPersonPageKey + staffId, page->objectName());
}

void MainWindow::setServerUrl(const QString &url)
{
    m_bookingsPage->setServerUrl(url);
    m_syncPage->setServerUrl(url);
}

void MainWindow::attachSync(SyncWorker *worker)
{
    connect(this, &MainWindow::localChange, worker, &SyncWorker::requestSync);
    connect(m_syncPage, &SyncPage::syncRequested, worker, &SyncWorker::syncNow);
    connect(worker, &SyncWorker::roundStarted, m_syncLabel, &SyncStatusLabel::setRoundStarted);
    connect(worker, &SyncWorker::progress, m_syncLabel, &SyncStatusLabel::setProgress);
    connect(worker, &SyncWorker::received, m_syncLabel, &SyncStatusLabel::setReceived);
    connect(worker, &SyncWorker::roundFinished, m_syncLabel, &SyncStatusLabel::setRound);
    connect(worker, &SyncWorker::statusChanged, m_syncLabel, &SyncStatusLabel::setStatus);
    connect(worker, &SyncWorker::offlineSinceChanged, m_syncLabel, &SyncStatusLabel::setOfflineSince);
    connect(worker, &SyncWorker::roundFinished, m_syncPage, &SyncPage::setRound);
    connect(worker, &SyncWorker::statusChanged, m_syncPage, &SyncPage::setStatus);
    connect(worker, &SyncWorker::offlineSinceChanged, m_syncPage, &SyncPage::setOfflineSince);
    // What other desks did arrives with a round: the pages show it.
    connect(worker, &SyncWorker::roundFinished, this, [this](const SyncRound &round) {
        if (round.pulled > 0 || round.rejected > 0) {
            m_bookingsPage->reload();
            m_todayPage->reload();
            m_stockPage->reload();
        }
    });
}

void MainWindow::setStaffAdmin(StaffAdmin *admin)
{
    m_adminPage->setStaffAdmin(admin);
}

void MainWindow::setLocked(bool locked)
{
    m_locked = locked;
    m_pages->setVisible(!locked);
    m_lockedLabel->setVisible(locked);
    menuBar()->setEnabled(!locked);
    for (QAction *action : actions())
        action->setEnabled(!locked);
}

void MainWindow::showSignedOut()
{
    setLocked(true);
    applyRoles();
}

QAction *MainWindow::newBookingAction() const
{
    return m_bookingsPage->newBookingAction();
}

QAction *MainWindow::cancelBookingAction() const
{
    return m_bookingsPage->cancelBookingAction();
}

QTableView *MainWindow::bookingsView() const
{
    return m_bookingsPage->bookingsView();
}

QTableView *MainWindow::stockView() const
{
    return m_stockPage->stockView();
}

QLineEdit *MainWindow::searchEdit() const
{
    return m_bookingsPage->searchEdit();
}

BookingTableModel *MainWindow::bookingModel() const
{
    return m_bookingsPage->bookingModel();
}

StockTableModel *MainWindow::stockModel() const
{
    return m_stockPage->stockModel();
}

void MainWindow::refresh()
{
    m_bookingsPage->reload();
    m_todayPage->reload();
    m_stockPage->reload();
    m_adminPage->reload();
    m_syncPage->reload();
    showStatus(tr("Refreshed."));
}

void MainWindow::fitColumns()
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (auto *view = qobject_cast<QTableView *>(widget); view && ColumnFitter::of(view)) {
            ColumnFitter::of(view)->fit();
            return;
        }
    }
    if (QWidget *page = m_pages->currentWidget()) {
        for (ColumnFitter *fitter : page->findChildren<ColumnFitter *>())
            fitter->fit();
    }
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(KoreanParticles::fitted(message), kStatusMs);
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (QMenu *menu : {m_fileMenu, m_bookingsMenu, m_todayMenu, m_stockMenu, m_viewMenu, m_helpMenu}) {
        if (!menu->menuAction()->isVisible())
            continue;
        rows += QStringLiteral("<tr><th colspan=2 align=left>%1</th></tr>")
                    .arg(menu->title().remove(QLatin1Char('&')));
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible() || action->shortcuts().isEmpty())
                continue;
            QStringList keys; // every one: Del and Ctrl+D both cancel a booking
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(ShortcutNotices::plainText(action).toHtmlEscaped(),
                             keys.join(QStringLiteral(", ")).toHtmlEscaped());
        }
    }
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                    QStringLiteral("<table cellspacing=6>%1</table>").arg(rows), QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("shortcutsBox"));
    box.setInformativeText(tr("In every form, Enter confirms and Escape cancels. Alt with an underlined "
                              "letter jumps to that field."));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, m_pages->currentIndex());
    QMainWindow::closeEvent(event);
}

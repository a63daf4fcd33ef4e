#include "ui/pages/TodayPage.h"

#include "models/commands/DeskCommands.h"
#include "models/domain/Booking.h"
#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/ShownDate.h"
#include "models/itemmodels/TodayTableModel.h"
#include "models/store/LocalStore.h"
#include "ui/ConfirmedCommand.h"
#include "ui/ShortcutNotices.h"
#include "ui/StoreError.h"
#include "ui/dialogs/InjectDialog.h"
#include "ui/widgets/InactiveRowsProxy.h"
#include "ui/widgets/TableViews.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

TodayPage::TodayPage(LocalStore *store, DeskCommands *commands, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_commands(commands)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("todayPage"));
    const QDate today = clock->now().toLocalTime().date();
    // Read on first show: a day of a busy clinic is thousands of rows nobody needs at start-up.
    m_model = new TodayTableModel(store, QDate(), this);
    connect(m_model, &TodayTableModel::errorOccurred, this,
            [this](const QString &detail) { emit statusMessage(StoreError::forStaff(detail)); });

    m_inject = new QAction(this);
    m_inject->setObjectName(QStringLiteral("injectAction"));
    m_inject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_inject, &QAction::triggered, this, &TodayPage::inject);
    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("undoInjectionAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, this, &TodayPage::undoInjection);
    m_find = new QAction(this);
    m_find->setObjectName(QStringLiteral("todayFindAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("todaySearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);
    m_waitingOnly = new QCheckBox(this);
    m_waitingOnly->setObjectName(QStringLiteral("waitingOnly"));
    // A day is read whole and narrowed in memory: no need to wait for the typing to pause.
    connect(m_search, &QLineEdit::textChanged, this, &TodayPage::applyFilter);
    connect(m_waitingOnly, &QCheckBox::toggled, this, &TodayPage::applyFilter);

    m_day = new QDateEdit(today, this);
    m_day->setObjectName(QStringLiteral("todayDate"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(ShownDate::dateFormat());
    connect(m_day, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (isVisible())
            m_model->setDate(day);
        else
            m_stale = true;
    });
    m_dayLabel = new QLabel(this);
    m_dayLabel->setBuddy(m_day);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("todaySummary"));

    auto *shown = new InactiveRowsProxy(TodayTableModel::StateRole, this);
    shown->setSourceModel(m_model); // row for row: the rows of m_view are m_model's
    m_view = TableViews::make(shown, QStringLiteral("todayView"), this);
    TableViews::fitColumns(m_view, TodayTableModel::NameColumn);
    m_view->addActions({m_inject, m_undo});
    // Only while the focus is on this page: Ctrl+Z elsewhere must not undo an injection selected
    // on a page nobody is looking at, and Ctrl+F finds on the page being looked at.
    addActions({m_inject, m_undo, m_find});
    for (QAction *action : {m_inject, m_undo, m_find})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QTableView::activated, this, &TodayPage::inject);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TodayPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayPage::showSummary);

    auto *top = new QHBoxLayout;
    top->addWidget(m_dayLabel);
    top->addWidget(m_day);
    top->addWidget(m_searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_waitingOnly);
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setTabOrder(m_view, m_day);
    setTabOrder(m_day, m_search);
    setTabOrder(m_search, m_waitingOnly);
    m_search->installEventFilter(this);
    setFocusProxy(m_view);
    m_midnight = new QTimer(this);
    m_midnight->setSingleShot(true);
    m_midnight->setTimerType(Qt::PreciseTimer);
    connect(m_midnight, &QTimer::timeout, this, &TodayPage::resetDay);
    retranslate();
    updateActions();
    resetDay();
}

void TodayPage::resetDay()
{
    m_lastInjectedCode.clear(); // the next person, or the next day, starts with no injection of their own
    m_lastInjectedWho.clear();
    updateActions();
    const QDateTime now = m_clock->now().toLocalTime();
    m_day->setDate(now.date());
    // Fired a little early, the timer finds the old day and waits again for the few milliseconds left.
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
    constexpr qint64 kDayMs = 24 * 3600 * 1000;
    m_midnight->start(int(qBound(qint64(1), now.msecsTo(midnight), kDayMs)));
}

void TodayPage::retranslate()
{
    m_inject->setText(tr("Mark &injected…"));
    m_inject->setStatusTip(tr("Record that the selected customer was vaccinated, with the lot used"));
    m_undo->setText(tr("&Undo injection"));
    m_undo->setStatusTip(tr("Take back a mistaken injection recorded today; the dose returns to its lot"));
    m_dayLabel->setText(tr("&Day:"));
    m_find->setText(tr("&Find on today's list"));
    m_searchLabel->setText(tr("Find a &person:"));
    m_search->setPlaceholderText(tr("Part of a name, a booking code or phone digits"));
    m_waitingOnly->setText(tr("&Waiting only"));
    showSummary();
    updateActions(); // the reasons of the disabled actions
}

void TodayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool TodayPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box goes into the list, as on the Bookings page; so does Enter, which has
    // no search to start here (the list follows every key).
    const auto *key = event->type() == QEvent::KeyPress ? static_cast<QKeyEvent *>(event) : nullptr;
    if (watched == m_search && key && key->modifiers() == Qt::NoModifier &&
        (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        if (m_model->rowCount() > 0) {
            if (currentRow() < 0)
                TableViews::selectRow(m_view, 0);
            m_view->setFocus(Qt::OtherFocusReason);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TodayPage::showEvent(QShowEvent *event)
{
    // A desk left open overnight shows the new day when someone comes back to the page.
    const QDate today = m_clock->now().toLocalTime().date();
    if (m_day->date() < today)
        m_day->setDate(today);
    if (m_model->date() != m_day->date())
        m_model->setDate(m_day->date()); // reads the day
    else if (m_stale)
        m_model->refresh(); // changed on another page while this one was hidden
    m_stale = false;
    QWidget::showEvent(event);
}

void TodayPage::updateActions()
{
    const int row = currentRow();
    const BookingState state = row >= 0 ? m_model->bookingState(row) : BookingState::Cancelled;
    m_inject->setEnabled(row >= 0 && state == BookingState::Booked);
    m_undo->setEnabled((row >= 0 && state == BookingState::Injected) || !m_lastInjectedCode.isEmpty());
    // Said when Ctrl+I or Ctrl+Z is pressed all the same (ShortcutNotices).
    if (row < 0) {
        const QString why = tr("Select a person on the list first: find them (Ctrl+F), then Down goes "
                               "into the list.");
        ShortcutNotices::setReason(m_inject, why);
        ShortcutNotices::setReason(m_undo, why);
        return;
    }
    const QString code = m_model->bookingCode(row);
    ShortcutNotices::setReason(m_inject, tr("Booking %1 is %2: only a booking still waiting can be marked "
                                            "injected.")
                                             .arg(code, bookingStateText(state)));
    ShortcutNotices::setReason(
        m_undo, tr("Booking %1 is %2: only an injection can be undone.").arg(code, bookingStateText(state)));
}

void TodayPage::showSummary()
{
    // Counted once per reload of the day, not on every move of the selection.
    m_summary->setText(
        tr("%1 waiting, %2 injected").arg(m_model->waitingCount()).arg(m_model->injectedCount()));
}

void TodayPage::inject()
{
    const int row = currentRow();
    if (row < 0 || m_model->bookingState(row) != BookingState::Booked)
        return;
    const QString code = m_model->bookingCode(row);
    QList<Lot> lots;
    std::optional<Booking> booking;
    try {
        booking = m_store->bookings()->byCode(code);
        if (!booking)
            return;
        lots = m_store->stock()->lots(booking->vaccineId);
    } catch (const DatabaseError &error) {
        emit statusMessage(StoreError::forStaff(error.message()));
        return;
    }
    const QString who = m_model->index(row, TodayTableModel::NameColumn).data().toString();
    const QDate today = m_clock->now().toLocalTime().date();
    const QDate day = booking->appointment.date();
    if (day != today) {
        // Injecting the wrong person's booking, or on the wrong day, must not pass unnoticed.
        const QString dayText = ShownDate::date(day) + QLocale().toString(day, QStringLiteral(" (ddd)"));
        QMessageBox box(QMessageBox::Warning, tr("Not today's booking"),
                        tr("The booking of %1 (%2) is for %3, not today.").arg(who, code, dayText),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("otherDayQuestion"));
        box.setInformativeText(tr("Record the injection today all the same?"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    auto *dialog = new InjectDialog(m_commands, code, who, booking->customer.birthDate, lots, today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, code, row, who] {
        m_lastInjectedCode = code;
        m_lastInjectedWho = who;
        reload();
        selectCode(code);
        selectNextWaiting(row);
        emit injectionsChanged();
        emit statusMessage(tr("%1 injected from lot %2.").arg(code, dialog->lotNumber()));
    });
    dialog->open();
}

void TodayPage::undoInjection()
{
    // The injection selected, or else the one just made here: after it the selection moved on.
    const int row = currentRow();
    QString code = m_lastInjectedCode;
    QString who = m_lastInjectedWho;
    if (row >= 0 && m_model->bookingState(row) == BookingState::Injected) {
        code = m_model->bookingCode(row);
        who = m_model->index(row, TodayTableModel::NameColumn).data().toString();
    }
    if (code.isEmpty())
        return;
    if (!ConfirmedCommand::run(this, tr("Undo injection"),
                               tr("Undo the injection of %1 (%2)? The dose goes back to its lot and the "
                                  "booking is open again. The first record stays in the history.")
                                   .arg(who, code),
                               tr("Injection not undone"), [&] { return m_commands->undoInjection(code); }))
        return;
    if (code == m_lastInjectedCode) {
        m_lastInjectedCode.clear();
        m_lastInjectedWho.clear();
    }
    reload();
    selectCode(code);
    emit injectionsChanged();
    emit statusMessage(tr("Injection of %1 undone.").arg(code));
}

void TodayPage::reload()
{
    if (!isVisible()) {
        m_stale = true; // read when next shown
        return;
    }
    const int row = currentRow();
    const QString code = row >= 0 ? m_model->bookingCode(row) : QString();
    m_model->refresh();
    if (!code.isEmpty())
        selectCode(code);
}

void TodayPage::applyFilter()
{
    const int row = currentRow();
    const QString code = row >= 0 ? m_model->bookingCode(row) : QString();
    m_model->setFilter(m_search->text(), m_waitingOnly->isChecked());
    if (!code.isEmpty())
        selectCode(code);
    // One person found is the one to inject: Ctrl+I from the search box, as Ctrl+P on Bookings.
    if (m_model->rowCount() == 1 && currentRow() != 0)
        TableViews::selectRow(m_view, 0);
}

void TodayPage::selectNextWaiting(int row)
{
    const int count = m_model->rowCount();
    for (int step = 0; step < count; ++step) {
        const int candidate = (row + step) % count;
        if (m_model->bookingState(candidate) == BookingState::Booked) {
            TableViews::selectRow(m_view, candidate);
            return;
        }
    }
}

void TodayPage::selectCode(const QString &code)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->bookingCode(row) == code) {
            TableViews::selectRow(m_view, row);
            return;
        }
    }
}

int TodayPage::currentRow() const
{
    return TableViews::currentRow(m_view);
}

#include "ui/pages/BookingsPage.h"

#include "models/commands/DeskCommands.h"
#include "models/csv/BookingCsvExport.h"
#include "models/csv/BookingCsvImport.h"
#include "models/domain/DatabaseError.h"
#include "models/itemmodels/BookingTableModel.h"
#include "models/store/LocalStore.h"
#include "ui/ConfirmedCommand.h"
#include "ui/ShortcutNotices.h"
#include "ui/StoreError.h"
#include "ui/dialogs/BookingDialog.h"
#include "ui/dialogs/CsvImportDialog.h"
#include "ui/dialogs/SlipDialog.h"
#include "ui/widgets/BookingSlip.h"
#include "ui/widgets/TableViews.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kSearchDelayMs = 150;

// The next whole hour: a sensible first guess the receptionist types over.
QDateTime defaultAppointment(const QDateTime &now)
{
    const QDateTime hour(now.date(), QTime(now.time().hour(), 0));
    return hour.addSecs(3600);
}
} // namespace

BookingsPage::BookingsPage(LocalStore *store, DeskCommands *commands, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_commands(commands)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("bookingsPage"));
    m_model = new BookingTableModel(store, this);
    createActions();

    m_searchField = new QComboBox(this);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->addItem(QString(), int(BookingTableModel::Field::Any));
    m_searchField->addItem(QString(), int(BookingTableModel::Field::Name));
    m_searchField->addItem(QString(), int(BookingTableModel::Field::Phone));
    m_searchField->addItem(QString(), int(BookingTableModel::Field::Code));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_findLabel = new QLabel(this);
    m_findLabel->setBuddy(m_searchEdit);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &BookingsPage::applySearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &BookingsPage::applySearch);
    connect(m_searchField, &QComboBox::currentIndexChanged, this, &BookingsPage::applySearch);

    m_view = TableViews::make(m_model, QStringLiteral("bookingsView"), this);
    TableViews::fitColumns(m_view, BookingTableModel::NameColumn);
    m_view->addActions({m_cancelBooking, m_slip});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BookingsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BookingsPage::selectSingleMatch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BookingsPage::updateActions);
    m_searchEdit->installEventFilter(this);
    connect(m_view, &QTableView::activated, this, &BookingsPage::showSlip);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("bookingCount"));
    connect(m_model, &QAbstractItemModel::modelReset, this, &BookingsPage::showCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BookingsPage::showCount);
    connect(m_model, &BookingTableModel::errorOccurred, this,
            [this](const QString &detail) { emit statusMessage(StoreError::forStaff(detail)); });

    auto *search = new QHBoxLayout;
    search->addWidget(m_findLabel);
    search->addWidget(m_searchEdit, 1);
    search->addWidget(m_searchField);
    search->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(search);
    layout->addWidget(m_view);
    setTabOrder(m_searchEdit, m_searchField);
    setTabOrder(m_searchField, m_view);
    setFocusProxy(m_searchEdit);

    retranslate();
    updateActions();
}

void BookingsPage::createActions()
{
    const auto make = [this](const char *name, const QKeySequence &key, void (BookingsPage::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newBooking = make("newBookingAction", QKeySequence(Qt::CTRL | Qt::Key_N), &BookingsPage::newBooking);
    m_cancelBooking = make("cancelBookingAction", QKeySequence(Qt::Key_Delete), &BookingsPage::cancelBooking);
    m_cancelBooking->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::CTRL | Qt::Key_D)});
    m_cancelBooking->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_slip = make("slipAction", QKeySequence::Print, &BookingsPage::showSlip);
    m_export = make("exportAction", QKeySequence(Qt::CTRL | Qt::Key_E), &BookingsPage::exportCsv);
    m_import = make("importAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &BookingsPage::importCsv);
    m_find = new QAction(this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    // Ctrl+F finds on the page being looked at: Today has its own search.
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
}

void BookingsPage::retranslate()
{
    m_newBooking->setText(tr("&New booking…"));
    m_newBooking->setStatusTip(tr("Book a vaccination for a customer"));
    m_cancelBooking->setText(tr("&Cancel booking…"));
    m_cancelBooking->setStatusTip(tr("Cancel the selected booking and free its dose"));
    m_slip->setText(tr("Booking &slip…"));
    m_slip->setStatusTip(tr("Print the selected booking's slip or save it as PDF"));
    m_export->setText(tr("&Export bookings to CSV…"));
    m_import->setText(tr("&Import bookings from CSV…"));
    m_find->setText(tr("&Find booking"));
    m_findLabel->setText(tr("Fin&d:"));
    m_searchField->setItemText(0, tr("Anything"));
    m_searchField->setItemText(1, tr("Name (any part)"));
    m_searchField->setItemText(2, tr("Phone"));
    m_searchField->setItemText(3, tr("Code"));
    m_searchEdit->setPlaceholderText(
        tr("Any part of a name, a phone number's start or last four digits, or a booking code"));
    showCount();
    updateActions(); // the reasons of the disabled actions
}

void BookingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool BookingsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        if (m_searchTimer->isActive())
            applySearch(); // the list shown is the one typed
        if (m_model->rowCount() > 0) {
            if (currentRow() < 0)
                TableViews::selectRow(m_view, 0);
            m_view->setFocus(Qt::OtherFocusReason);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void BookingsPage::selectSingleMatch()
{
    if (m_model->rowCount() == 1 && !m_model->canFetchMore(QModelIndex()) && currentRow() != 0)
        TableViews::selectRow(m_view, 0);
}

void BookingsPage::showCount()
{
    const int shown = m_model->rowCount();
    m_count->setText(m_model->canFetchMore(QModelIndex())
                         ? tr("%n booking(s) shown, more as you scroll", nullptr, shown)
                         : tr("%n booking(s)", nullptr, shown));
}

void BookingsPage::applySearch()
{
    m_searchTimer->stop();
    const auto field = BookingTableModel::Field(m_searchField->currentData().toInt());
    m_model->setFilter(field, m_searchEdit->text());
}

void BookingsPage::newBooking()
{
    auto *dialog = new BookingDialog(m_store, m_commands, defaultAppointment(m_clock->now()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BookingDialog::booked, this, &BookingsPage::showBooked);
    dialog->open();
}

void BookingsPage::showBooked(const QString &code)
{
    m_model->reload();
    if (m_model->rowOfCode(code) < 0 && !m_searchEdit->text().isEmpty()) {
        // The search shown would hide the booking just made, and Ctrl+P would print nothing.
        m_searchEdit->clear();
        applySearch();
    }
    selectBooking(code);
    emit bookingsChanged();
    emit statusMessage(tr("Booked: code %1.").arg(code));
    auto *box = new QMessageBox(QMessageBox::Information, tr("Booked"),
                                tr("The booking code is %1.").arg(code), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("bookedMessage"));
    box->setInformativeText(tr("Give the code to the customer: with it and their birth date they can "
                               "check the booking online."));
    QPushButton *print = box->addButton(tr("&Print slip…"), QMessageBox::AcceptRole);
    print->setObjectName(QStringLiteral("printSlipButton"));
    box->setDefaultButton(print);
    box->setEscapeButton(QMessageBox::Close);
    connect(print, &QPushButton::clicked, this, [this, code] {
        selectBooking(code);
        showSlip();
    });
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void BookingsPage::cancelBooking()
{
    const int row = currentRow();
    if (row < 0 || m_model->bookingState(row) != BookingState::Booked)
        return;
    const QString code = m_model->bookingCode(row);
    const QString name = m_model->index(row, BookingTableModel::NameColumn).data().toString();
    if (!ConfirmedCommand::run(
            this, tr("Cancel booking"),
            tr("Cancel booking %1 for %2? Its dose becomes available again.").arg(code, name),
            tr("Booking not cancelled"), [&] { return m_commands->cancel(code); }))
        return;
    reload();
    selectBooking(code);
    emit bookingsChanged();
    emit statusMessage(tr("Booking %1 cancelled.").arg(code));
}

void BookingsPage::showSlip()
{
    const int row = currentRow();
    if (row < 0 || m_model->bookingState(row) != BookingState::Booked)
        return;
    const QString code = m_model->bookingCode(row);
    std::optional<Booking> booking;
    try {
        booking = m_store->bookings()->byCode(code);
    } catch (const DatabaseError &error) {
        emit statusMessage(StoreError::forStaff(error.message()));
        return;
    }
    if (!booking)
        return;
    SlipContent content;
    content.siteName = m_store->identity().siteName;
    content.code = code;
    content.vaccineName = m_model->index(row, BookingTableModel::VaccineColumn).data().toString();
    content.appointment = booking->appointment;
    content.customerName = booking->customer.name;
    content.myPageUrl = BookingSlip::myPageUrl(QUrl(m_serverUrl), code);
    auto *dialog = new SlipDialog(content, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BookingsPage::exportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export bookings"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(tr("bookings.csv")),
                                     tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvFile(path);
}

void BookingsPage::exportCsvFile(const QString &path)
{
    BookingCsvExport exporter(m_store);
    exporter.setFilter(m_model->filterField(), m_model->filterText());
    QProgressDialog progress(tr("Exporting bookings…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const BookingCsvExport::Result result = exporter.writeFile(path, [&progress](qint64 done, qint64 total) {
        if (total > 0) {
            progress.setMaximum(int(qMin<qint64>(total, INT_MAX)));
            progress.setValue(int(qMin<qint64>(done, INT_MAX)));
        }
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    switch (result.status) {
    case BookingCsvExport::Result::Status::Done:
        emit statusMessage(tr("%n booking(s) exported to %1.", nullptr, int(result.rows)).arg(path));
        break;
    case BookingCsvExport::Result::Status::Cancelled:
        emit statusMessage(tr("Export cancelled; no file was written."));
        break;
    case BookingCsvExport::Result::Status::Failed:
        QMessageBox::warning(this, tr("Export failed"), result.error);
        break;
    }
}

void BookingsPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import bookings"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importCsvFile(path);
}

CsvImportDialog *BookingsPage::importCsvFile(const QString &path)
{
    const BookingCsvImport importer(m_store, m_clock);
    const BookingCsvImport::Preview preview = importer.previewFile(path);
    if (!preview.error.isEmpty()) {
        QMessageBox::warning(this, tr("Import bookings"), preview.error);
        return nullptr;
    }
    auto *dialog = new CsvImportDialog(importer, preview, m_commands, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const BookingCsvImport::Report &report = dialog->report();
        m_model->reload();
        emit bookingsChanged();
        QString text = tr("%n booking(s) imported.", nullptr, report.imported);
        if (report.cancelled)
            text += QLatin1Char(' ') + tr("Stopped before the end: the rest were not booked.");
        emit statusMessage(text);
        if (report.refused.isEmpty())
            return;
        QStringList lines;
        for (const BookingCsvImport::Row &row : report.refused)
            lines.append(tr("line %1: %2").arg(row.line).arg(row.reason));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import finished"), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importReport"));
        box->setInformativeText(
            tr("%n row(s) were refused while booking.", nullptr, int(report.refused.size())));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
    return dialog;
}

void BookingsPage::reload()
{
    const int row = currentRow();
    const QString code = row >= 0 ? m_model->bookingCode(row) : QString();
    const int loaded = m_model->rowCount();
    m_model->reload();
    // As far as it was read before: a booking selected past the first page stays selected (a sync
    // round reloads the list while a clerk is scrolled down it).
    while (m_model->rowCount() < loaded && m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    if (!code.isEmpty())
        selectBooking(code);
}

void BookingsPage::updateActions()
{
    const int row = currentRow();
    const bool open = row >= 0 && m_model->bookingState(row) == BookingState::Booked;
    m_cancelBooking->setEnabled(open);
    m_slip->setEnabled(open);
    // Said when Del or Ctrl+P is pressed all the same (ShortcutNotices).
    const QString why =
        row < 0 ? tr("Select a booking first: find it (Ctrl+F), then Down goes into the list.")
                : tr("Booking %1 is %2: only a booking still open can be printed or cancelled.")
                      .arg(m_model->bookingCode(row), bookingStateText(m_model->bookingState(row)));
    ShortcutNotices::setReason(m_cancelBooking, why);
    ShortcutNotices::setReason(m_slip, why);
}

void BookingsPage::selectBooking(const QString &code)
{
    const int row = m_model->rowOfCode(code);
    if (row < 0)
        return;
    TableViews::selectRow(m_view, row);
}

int BookingsPage::currentRow() const
{
    return TableViews::currentRow(m_view);
}

#include "ui/MainWindow.h"

#include "models/BookingTableModel.h"
#include "models/DeskCommands.h"
#include "models/LocalStore.h"
#include "models/LotTableModel.h"
#include "models/StockTableModel.h"
#include "ui/BookingDialog.h"
#include "ui/LotExpiryProxy.h"
#include "ui/ReceiveStockDialog.h"
#include "ui/VaccineDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
constexpr int kSearchDelayMs = 150;
constexpr int kStatusMs = 8000;
const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kStateKey = QStringLiteral("MainWindow/state");
const QString kSplitterKey = QStringLiteral("MainWindow/splitter");

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Fixed, compact row heights: the view never measures the rows it has not shown.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// For the short tables (a row per vaccine or lot): every column fits its contents, `stretch` takes the rest.
void fitColumns(QTableView *view, int stretch)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

// The next whole hour: a sensible first guess the receptionist types over.
QDateTime defaultAppointment(const QDateTime &now)
{
    const QDateTime hour(now.date(), QTime(now.time().hour(), 0));
    return hour.addSecs(3600);
}
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
    setWindowTitle(tr("Anticorona — %1").arg(store->identity().siteName));
    m_stockModel = new StockTableModel(store, this);
    m_lotModel = new LotTableModel(store, m_clock, this);
    m_bookingModel = new BookingTableModel(store, this);
    for (const QString &error :
         {m_stockModel->errorMessage(), m_lotModel->errorMessage(), m_bookingModel->errorMessage()}) {
        if (!error.isEmpty())
            showModelError(error);
    }
    connect(m_stockModel, &StockTableModel::errorOccurred, this, &MainWindow::showModelError);
    connect(m_lotModel, &LotTableModel::errorOccurred, this, &MainWindow::showModelError);
    connect(m_bookingModel, &BookingTableModel::errorOccurred, this, &MainWindow::showModelError);

    createActions();
    createMenus();

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(createStockPane());
    m_splitter->addWidget(createBookingsPane());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->showMessage(tr("Ready"));

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());

    updateActions();
    m_searchEdit->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newBooking = new QAction(tr("&New booking…"), this);
    m_newBooking->setObjectName(QStringLiteral("newBookingAction"));
    m_newBooking->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newBooking->setStatusTip(tr("Book a vaccination for a customer"));
    connect(m_newBooking, &QAction::triggered, this, &MainWindow::newBooking);

    m_cancelBooking = new QAction(tr("&Cancel booking…"), this);
    m_cancelBooking->setObjectName(QStringLiteral("cancelBookingAction"));
    m_cancelBooking->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::CTRL | Qt::Key_D)});
    m_cancelBooking->setStatusTip(tr("Cancel the selected booking and free its dose"));
    connect(m_cancelBooking, &QAction::triggered, this, &MainWindow::cancelBooking);

    m_registerVaccine = new QAction(tr("Register &vaccine…"), this);
    m_registerVaccine->setObjectName(QStringLiteral("registerVaccineAction"));
    connect(m_registerVaccine, &QAction::triggered, this, &MainWindow::registerVaccine);

    m_receiveStock = new QAction(tr("&Receive stock…"), this);
    m_receiveStock->setObjectName(QStringLiteral("receiveStockAction"));
    connect(m_receiveStock, &QAction::triggered, this, &MainWindow::receiveStock);

    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);

    m_find = new QAction(tr("&Find booking"), this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_find, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quit);
    QMenu *bookings = menuBar()->addMenu(tr("&Bookings"));
    bookings->addAction(m_newBooking);
    bookings->addAction(m_cancelBooking);
    bookings->addSeparator();
    bookings->addAction(m_find);
    QMenu *stock = menuBar()->addMenu(tr("&Stock"));
    stock->addAction(m_registerVaccine);
    stock->addAction(m_receiveStock);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);

    QToolBar *toolBar = addToolBar(tr("Actions"));
    toolBar->setObjectName(QStringLiteral("actionsToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_newBooking);
    toolBar->addAction(m_cancelBooking);
    toolBar->addSeparator();
    toolBar->addAction(m_receiveStock);
    toolBar->addAction(m_refresh);
}

QWidget *MainWindow::createStockPane()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("stockTabs"));
    m_stockView = makeTable(m_stockModel, QStringLiteral("stockView"), tabs);
    fitColumns(m_stockView, StockTableModel::ManufacturerColumn);
    tabs->addTab(m_stockView, tr("S&tock"));

    auto *lots = new LotExpiryProxy(this);
    lots->setSourceModel(m_lotModel);
    m_lotsView = makeTable(lots, QStringLiteral("lotsView"), tabs);
    fitColumns(m_lotsView, LotTableModel::VaccineColumn);
    tabs->addTab(m_lotsView, tr("&Lots"));
    return tabs;
}

QWidget *MainWindow::createBookingsPane()
{
    auto *pane = new QWidget(this);
    m_searchField = new QComboBox(pane);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->addItem(tr("Phone"), int(BookingTableModel::Field::Phone));
    m_searchField->addItem(tr("Name"), int(BookingTableModel::Field::Name));
    m_searchField->addItem(tr("Code"), int(BookingTableModel::Field::Code));
    m_searchEdit = new QLineEdit(pane);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Start of a phone number, name or booking code (Ctrl+F)"));
    auto *label = new QLabel(tr("F&ind:"), pane);
    label->setBuddy(m_searchEdit);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &MainWindow::applySearch);
    connect(m_searchField, &QComboBox::currentIndexChanged, this, &MainWindow::applySearch);

    m_bookingsView = makeTable(m_bookingModel, QStringLiteral("bookingsView"), pane);
    m_bookingsView->resizeColumnsToContents();
    connect(m_bookingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateActions);
    connect(m_bookingModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);

    auto *count = new QLabel(pane);
    count->setObjectName(QStringLiteral("bookingCount"));
    const auto showCount = [this, count] {
        const int shown = m_bookingModel->rowCount();
        count->setText(m_bookingModel->canFetchMore(QModelIndex())
                           ? tr("%n booking(s) shown, more as you scroll", nullptr, shown)
                           : tr("%n booking(s)", nullptr, shown));
    };
    connect(m_bookingModel, &QAbstractItemModel::modelReset, count, showCount);
    connect(m_bookingModel, &QAbstractItemModel::rowsInserted, count, showCount);
    showCount();

    auto *search = new QHBoxLayout;
    search->addWidget(label);
    search->addWidget(m_searchField);
    search->addWidget(m_searchEdit, 1);
    search->addWidget(count);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(search);
    layout->addWidget(m_bookingsView);
    setTabOrder(m_searchEdit, m_searchField);
    setTabOrder(m_searchField, m_bookingsView);
    return pane;
}

void MainWindow::applySearch()
{
    m_searchTimer->stop();
    const auto field = BookingTableModel::Field(m_searchField->currentData().toInt());
    m_bookingModel->setFilter(field, m_searchEdit->text());
}

void MainWindow::newBooking()
{
    auto *dialog = new BookingDialog(m_store, m_commands, defaultAppointment(m_clock->now()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BookingDialog::booked, this, [this](const QString &code) {
        reloadStock();
        m_bookingModel->reload();
        selectBooking(code);
        statusBar()->showMessage(tr("Booked: code %1.").arg(code), kStatusMs);
        auto *box = new QMessageBox(QMessageBox::Information, tr("Booked"),
                                    tr("The booking code is %1.").arg(code), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("bookedMessage"));
        box->setInformativeText(tr("Give the code to the customer: with their birth date it shows the "
                                   "booking on MyPage."));
        box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void MainWindow::cancelBooking()
{
    const int row = currentBookingRow();
    if (row < 0 || m_bookingModel->bookingState(row) != BookingState::Booked)
        return;
    const QString code = m_bookingModel->bookingCode(row);
    const QString name = m_bookingModel->index(row, BookingTableModel::NameColumn).data().toString();
    const auto answer = QMessageBox::question(
        this, tr("Cancel booking"),
        tr("Cancel booking %1 for %2? Its dose becomes available again.").arg(code, name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const CommandResult result = m_commands->cancel(code);
    if (!result.isDone()) {
        QMessageBox::warning(this, tr("Booking not cancelled"), result.message());
        return;
    }
    reloadStock();
    m_bookingModel->reload();
    selectBooking(code);
    statusBar()->showMessage(tr("Booking %1 cancelled.").arg(code), kStatusMs);
}

void MainWindow::registerVaccine()
{
    auto *dialog = new VaccineDialog(m_commands, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadStock();
        statusBar()->showMessage(tr("Vaccine %1 registered.").arg(dialog->vaccineName()), kStatusMs);
    });
    dialog->open();
}

void MainWindow::receiveStock()
{
    auto *dialog = new ReceiveStockDialog(m_store, m_commands, m_clock->now().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reloadStock();
        statusBar()->showMessage(tr("Stock received."), kStatusMs);
    });
    dialog->open();
}

void MainWindow::refresh()
{
    const int row = currentBookingRow();
    const QString code = row >= 0 ? m_bookingModel->bookingCode(row) : QString();
    reloadStock();
    m_bookingModel->reload();
    if (!code.isEmpty())
        selectBooking(code);
    statusBar()->showMessage(tr("Refreshed."), kStatusMs);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::updateActions()
{
    const int row = currentBookingRow();
    m_cancelBooking->setEnabled(row >= 0 && m_bookingModel->bookingState(row) == BookingState::Booked);
}

void MainWindow::showModelError(const QString &message)
{
    statusBar()->showMessage(tr("The database could not be read: %1").arg(message));
}

void MainWindow::selectBooking(const QString &code)
{
    const int row = m_bookingModel->rowOfCode(code);
    if (row < 0)
        return;
    const QModelIndex index = m_bookingModel->index(row, BookingTableModel::CodeColumn);
    m_bookingsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    m_bookingsView->scrollTo(index);
}

void MainWindow::reloadStock()
{
    m_stockModel->reload();
    m_lotModel->reload();
}

int MainWindow::currentBookingRow() const
{
    const QModelIndex current = m_bookingsView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

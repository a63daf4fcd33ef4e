#include "ui/pages/StockPage.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/LotTableModel.h"
#include "models/itemmodels/StockTableModel.h"
#include "ui/StoreError.h"
#include "ui/dialogs/ReceiveStockDialog.h"
#include "ui/dialogs/VaccineDialog.h"
#include "ui/dialogs/WriteOffDialog.h"
#include "ui/widgets/LotExpiryProxy.h"
#include "ui/widgets/StockChart.h"
#include "ui/widgets/TableViews.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

StockPage::StockPage(LocalStore *store, DeskCommands *commands, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_commands(commands)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("stockPage"));
    m_stockModel = new StockTableModel(store, this);
    m_lotModel = new LotTableModel(store, clock, this);
    connect(m_stockModel, &StockTableModel::errorOccurred, this,
            [this](const QString &detail) { emit statusMessage(StoreError::forStaff(detail)); });
    connect(m_lotModel, &LotTableModel::errorOccurred, this,
            [this](const QString &detail) { emit statusMessage(StoreError::forStaff(detail)); });

    m_registerVaccine = new QAction(this);
    m_registerVaccine->setObjectName(QStringLiteral("registerVaccineAction"));
    m_registerVaccine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_registerVaccine, &QAction::triggered, this, &StockPage::registerVaccine);
    m_receiveStock = new QAction(this);
    m_receiveStock->setObjectName(QStringLiteral("receiveStockAction"));
    m_receiveStock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_receiveStock, &QAction::triggered, this, &StockPage::receiveStock);
    m_writeOff = new QAction(this);
    m_writeOff->setObjectName(QStringLiteral("writeOffAction"));
    m_writeOff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_writeOff, &QAction::triggered, this, &StockPage::writeOff);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("stockTabs"));
    m_stockView = TableViews::make(m_stockModel, QStringLiteral("stockView"), m_tabs);
    TableViews::fitColumns(m_stockView, StockTableModel::ManufacturerColumn);
    m_tabs->addTab(m_stockView, QString());
    auto *lots = new LotExpiryProxy(this);
    lots->setSourceModel(m_lotModel);
    m_lotsView = TableViews::make(lots, QStringLiteral("lotsView"), m_tabs);
    TableViews::fitColumns(m_lotsView, LotTableModel::VaccineColumn);
    m_tabs->addTab(m_lotsView, QString());

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("lotLegend"));
    m_legend->setWordWrap(true);
    m_chart = new StockChart(store, clock, this);

    auto *tables = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_tabs);
    tablesLayout->addWidget(m_legend);
    // The chart below the tables, across the page: its fourteen days need the width more than the
    // tables, which are short on most desks, need the height.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("stockSplitter"));
    splitter->addWidget(tables);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_stockView);

    retranslate();
}

void StockPage::retranslate()
{
    m_registerVaccine->setText(tr("Register &vaccine…"));
    m_registerVaccine->setStatusTip(tr("Add a vaccine to the catalogue"));
    m_receiveStock->setText(tr("&Receive stock…"));
    m_receiveStock->setStatusTip(tr("Receive a lot: lot number, expiry and quantity"));
    m_writeOff->setText(tr("&Write off…"));
    m_writeOff->setStatusTip(tr("Write off wasted or expired doses, with a reason"));
    m_tabs->setTabText(0, tr("S&tock per vaccine"));
    m_tabs->setTabText(1, tr("&Lots"));
    m_legend->setText(tr("Lots in red have expired; lots in amber expire within 30 days. "
                         "Injections take the earliest expiry that has not expired."));
}

void StockPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StockPage::registerVaccine()
{
    auto *dialog = new VaccineDialog(m_commands, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        stockHasChanged(tr("Vaccine %1 registered.").arg(dialog->vaccineName()));
        selectVaccine(dialog->vaccineId()); // its first lot is received next: Ctrl+R offers it
    });
    dialog->open();
}

void StockPage::receiveStock()
{
    auto *dialog = new ReceiveStockDialog(m_store, m_commands, m_clock->now().date(), this);
    const QModelIndex current = m_stockView->currentIndex();
    if (current.isValid())
        dialog->setVaccine(current.siblingAtColumn(0).data(StockTableModel::VaccineIdRole).toString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { stockHasChanged(tr("Stock received.")); });
    dialog->open();
}

void StockPage::writeOff()
{
    auto *dialog = new WriteOffDialog(m_stockModel, m_commands, m_store, this);
    const QModelIndex current = m_stockView->currentIndex();
    if (current.isValid())
        dialog->setVaccine(current.siblingAtColumn(0).data(StockTableModel::VaccineIdRole).toString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        stockHasChanged(tr("%n dose(s) of %1 written off from lot %2: %3.", nullptr, dialog->quantity())
                            .arg(dialog->vaccineName(), dialog->lotNumber(), dialog->reason()));
    });
    dialog->open();
}

void StockPage::reload()
{
    m_stockModel->reload();
    m_lotModel->reload();
    m_chart->reload();
}

void StockPage::selectVaccine(const QString &vaccineId)
{
    for (int row = 0; row < m_stockModel->rowCount(); ++row) {
        if (m_stockModel->index(row, 0).data(StockTableModel::VaccineIdRole).toString() == vaccineId) {
            m_tabs->setCurrentWidget(m_stockView);
            TableViews::selectRow(m_stockView, row);
            return;
        }
    }
}

void StockPage::stockHasChanged(const QString &message)
{
    reload();
    emit stockChanged();
    emit statusMessage(message);
}

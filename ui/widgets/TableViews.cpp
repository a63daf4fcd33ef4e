#include "ui/widgets/TableViews.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>
#include <QTableView>

namespace {
QString columnsKey(const QTableView *view)
{
    return QStringLiteral("Columns/") + view->objectName();
}
} // namespace

namespace TableViews {

QTableView *make(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table for the next field, as users expect
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

void fitColumns(QTableView *view, int stretch)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

int currentRow(const QTableView *view)
{
    const QModelIndex current = view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void selectRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(index,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

void restoreColumns(QTableView *view)
{
    const QByteArray state = QSettings().value(columnsKey(view)).toByteArray();
    if (!state.isEmpty())
        view->horizontalHeader()->restoreState(state);
}

void saveColumns(const QTableView *view)
{
    QSettings().setValue(columnsKey(view), view->horizontalHeader()->saveState());
}

} // namespace TableViews

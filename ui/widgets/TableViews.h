#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

// How the desk's tables look and remember themselves, shared by every page.
namespace TableViews {
// A read-only, row-selecting table with compact fixed row heights (the view never measures rows it
// has not shown, which keeps a lazily fetched million-row model cheap). Its columns are kept by a
// ColumnFitter: fitted to the contents as rows arrive, the last column taking the slack, a person's
// widths remembered (QSettings, keyed by the view's object name).
QTableView *make(QAbstractItemModel *model, const QString &objectName, QWidget *parent);
// `stretch` takes the slack instead of the last column.
void fitColumns(QTableView *view, int stretch);
// The row of the view's current index, -1 when there is none.
int currentRow(const QTableView *view);
// Makes `row` current and selected, and scrolls to it.
void selectRow(QTableView *view, int row);
} // namespace TableViews

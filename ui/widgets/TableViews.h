#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

// How the desk's tables look and remember themselves, shared by every page.
namespace TableViews {
// A read-only, row-selecting table with compact fixed row heights (the view never measures rows it
// has not shown, which keeps a lazily fetched million-row model cheap).
QTableView *make(QAbstractItemModel *model, const QString &objectName, QWidget *parent);
// For the short tables (a row per vaccine or lot): every column fits its contents, `stretch` takes the rest.
void fitColumns(QTableView *view, int stretch);
// The row of the view's current index, -1 when there is none.
int currentRow(const QTableView *view);
// Makes `row` current and selected, and scrolls to it.
void selectRow(QTableView *view, int row);
// Column widths survive a restart (QSettings, keyed by the view's object name).
void restoreColumns(QTableView *view);
void saveColumns(const QTableView *view);
} // namespace TableViews

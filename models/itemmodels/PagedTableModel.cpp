#include "models/itemmodels/PagedTableModel.h"

#include "models/domain/DatabaseError.h"

PagedTableModel::PagedTableModel(int columnCount, int pageSize, OnReloadError onReloadError, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
    , m_pageSize(qMax(1, pageSize))
    , m_onReloadError(onReloadError)
{}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRows();
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columnCount)
        return {};
    return columnTitle(section);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    // A view (or a model tester) may ask for more while rows are being reset or inserted: ignore that.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    m_changing = true;
    const int count = readPage(false);
    if (count > 0) {
        const int first = loadedRows();
        beginInsertRows(QModelIndex(), first, first + count - 1);
        showStagedPage(false);
        endInsertRows();
    }
    m_changing = false;
    if (count < 0)
        emit errorOccurred(m_errorMessage);
}

void PagedTableModel::reload()
{
    // The first page is read before the reset and shown inside it: a view sees one change, not a reset
    // and an insert, and none at all when a model keeps its rows on an error. The error is reported
    // after the reset, when the model is whole again for whoever listens.
    m_changing = true;
    const int count = readPage(true);
    if (count >= 0 || m_onReloadError == OnReloadError::ClearRows) {
        beginResetModel();
        showStagedPage(true);
        endResetModel();
    }
    m_changing = false;
    if (count < 0)
        emit errorOccurred(m_errorMessage);
}

int PagedTableModel::readPage(bool first)
{
    int count = 0;
    try {
        count = stagePage(first);
    } catch (const DatabaseError &error) {
        // Stop here: a view would otherwise ask again at once, forever.
        m_atEnd = true;
        m_errorMessage = error.message();
        return -1;
    }
    m_errorMessage.clear();
    m_atEnd = count < m_pageSize;
    return count;
}

#include "models/itemmodels/AuditTableModel.h"

#include "models/domain/DatabaseError.h"
#include "models/store/LocalStore.h"

AuditTableModel::AuditTableModel(LocalStore *store, QObject *parent, int pageSize)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_pageSize(qMax(1, pageSize))
{
    reload();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_rows.at(index.row());
    if (role == ActionRole)
        return entry.action;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case StaffColumn:
        return entry.staffName;
    case ActionColumn:
        return AuditEntry::actionText(entry.action);
    case SubjectColumn:
        return entry.subject;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case StaffColumn:
        return tr("Staff");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Subject");
    case ColumnCount:
        break;
    }
    return {};
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    // A view may ask for more while rows are being reset or inserted: ignore that.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    const QList<AuditEntry> page = fetchPage();
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
}

void AuditTableModel::setFilter(const AuditStore::Filter &filter)
{
    m_filter = filter;
    reload();
}

void AuditTableModel::reload()
{
    // The first page is read inside the reset, so a view sees one change, not a reset and an insert.
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_lastId = 0;
    m_atEnd = false;
    m_rows = fetchPage();
    endResetModel();
    m_changing = false;
}

QList<AuditEntry> AuditTableModel::fetchPage()
{
    QList<AuditEntry> page;
    try {
        page = m_store->audit()->page(m_filter, m_lastId, m_pageSize);
    } catch (const DatabaseError &error) {
        // Stop here: a view would otherwise ask again at once, forever.
        m_atEnd = true;
        m_errorMessage = error.message();
        emit errorOccurred(m_errorMessage);
        return {};
    }
    m_errorMessage.clear();
    m_atEnd = page.size() < m_pageSize;
    if (!page.isEmpty())
        m_lastId = page.constLast().id;
    return page;
}

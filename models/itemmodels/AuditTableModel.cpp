#include "models/itemmodels/AuditTableModel.h"

#include "models/domain/ShownDate.h"
#include "models/store/LocalStore.h"

AuditTableModel::AuditTableModel(LocalStore *store, QObject *parent, int pageSize)
    : PagedRows(ColumnCount, pageSize, OnReloadError::ClearRows, parent)
    , m_store(store)
{
    reload();
}

void AuditTableModel::setFilter(const AuditStore::Filter &filter)
{
    m_filter = filter;
    reload();
}

QList<AuditEntry> AuditTableModel::queryPage(const AuditEntry *last, int limit)
{
    return m_store->audit()->page(m_filter, last ? last->id : 0, limit);
}

QVariant AuditTableModel::cell(const AuditEntry &entry, int column, int role) const
{
    if (role == ActionRole)
        return entry.action;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case TimeColumn:
        return ShownDate::second(entry.at);
    case StaffColumn:
        return entry.staffName;
    case ActionColumn:
        return AuditEntry::actionText(entry.action);
    case SubjectColumn:
        return entry.subject;
    case DescriptionColumn:
        return entry.description();
    case ColumnCount:
        break;
    }
    return {};
}

QString AuditTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case TimeColumn:
        return tr("Time");
    case StaffColumn:
        return tr("Staff");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Subject");
    case DescriptionColumn:
        return tr("What changed");
    case ColumnCount:
        break;
    }
    return {};
}

#pragma once

#include "models/domain/AuditEntry.h"
#include "models/itemmodels/PagedRows.h"
#include "models/store/AuditStore.h"

class LocalStore;

// The audit trail, newest first, read a page at a time as a view scrolls (keyset paging on
// the audit id, so the thousandth page costs what the first does). DescriptionColumn says in words
// what changed (AuditEntry::description), in the language installed when it is shown. Reads only:
// call reload() after a change. Threading: the thread that opened the store.
class AuditTableModel final : public PagedRows<AuditEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column { TimeColumn, StaffColumn, ActionColumn, SubjectColumn, DescriptionColumn, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1 }; // the stable action name

    explicit AuditTableModel(LocalStore *store, QObject *parent = nullptr, int pageSize = kDefaultPageSize);

    // Narrows the list and reads it again from the newest entry.
    void setFilter(const AuditStore::Filter &filter);
    const AuditStore::Filter &filter() const { return m_filter; }
    AuditEntry entry(int row) const { return rows().value(row); }

private:
    QList<AuditEntry> queryPage(const AuditEntry *last, int limit) override;
    QVariant cell(const AuditEntry &entry, int column, int role) const override;
    QString columnTitle(int column) const override;

    LocalStore *m_store = nullptr;
    AuditStore::Filter m_filter;
};

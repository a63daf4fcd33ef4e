#pragma once

#include "models/domain/Staff.h"
#include "models/itemmodels/PagedRows.h"

class Clock;
class LocalStore;

// The desk's staff accounts for the administrator: username, name, roles, and whether the account is
// active or locked now (by the clock). A short list, read whole; call reload() after a change. A reload
// that cannot read the store keeps the rows it had (errorOccurred says why).
// Threading: the thread that opened the store.
class StaffTableModel final : public PagedRows<Staff>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffTableModel)

public:
    enum Column { UsernameColumn, NameColumn, RolesColumn, StatusColumn, ColumnCount };
    enum Role { StaffIdRole = Qt::UserRole + 1 };

    StaffTableModel(LocalStore *store, const Clock *clock, QObject *parent = nullptr);

    Staff staff(int row) const { return rows().value(row); }

private:
    QList<Staff> queryPage(const Staff *last, int limit) override;
    QVariant cell(const Staff &staff, int column, int role) const override;
    QString columnTitle(int column) const override;

    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
};

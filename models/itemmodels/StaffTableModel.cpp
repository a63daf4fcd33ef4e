#include "models/itemmodels/StaffTableModel.h"

#include "models/domain/Clock.h"
#include "models/domain/ShownDate.h"
#include "models/store/LocalStore.h"

#include <QLocale>

StaffTableModel::StaffTableModel(LocalStore *store, const Clock *clock, QObject *parent)
    : PagedRows(ColumnCount, kWholeList, OnReloadError::KeepRows, parent)
    , m_store(store)
    , m_clock(clock)
{
    reload();
}

QVariant StaffTableModel::cell(const Staff &staff, int column, int role) const
{
    if (role == StaffIdRole)
        return staff.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case UsernameColumn:
        return staff.username;
    case NameColumn:
        return staff.displayName;
    case RolesColumn: {
        QStringList names;
        for (const ::Role each : allRoles()) {
            if (staff.roles.testFlag(each))
                names.append(roleText(each));
        }
        return names.join(QStringLiteral(", "));
    }
    case StatusColumn:
        if (!staff.active)
            return tr("Deactivated");
        if (staff.lockedUntil.isValid() && staff.lockedUntil > m_clock->now())
            return tr("Locked until %1").arg(ShownDate::time(staff.lockedUntil));
        return tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

QString StaffTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case UsernameColumn:
        return tr("Username");
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QList<Staff> StaffTableModel::queryPage(const Staff *last, int limit)
{
    Q_UNUSED(limit);
    if (last)
        return {};
    return m_store->staff()->all();
}

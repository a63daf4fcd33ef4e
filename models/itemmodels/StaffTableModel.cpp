#include "models/itemmodels/StaffTableModel.h"

#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/store/LocalStore.h"

#include <QLocale>

StaffTableModel::StaffTableModel(LocalStore *store, const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    reload();
}

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Staff &staff = m_rows.at(index.row());
    if (role == StaffIdRole)
        return staff.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
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
            return tr("Locked until %1")
                .arg(QLocale().toString(staff.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        return tr("Active");
    }
    return {};
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void StaffTableModel::reload()
{
    try {
        QList<Staff> rows = m_store->staff()->all();
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        m_errorMessage.clear();
    } catch (const DatabaseError &error) {
        m_errorMessage = error.message();
        emit errorOccurred(m_errorMessage);
    }
}

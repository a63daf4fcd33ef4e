#pragma once

#include "models/domain/Staff.h"

#include <QAbstractTableModel>
#include <QList>

class Clock;
class LocalStore;

// The desk's staff accounts for the administrator: username, name, roles, and whether the account is
// active or locked now (by the clock). A short list, read whole; call reload() after a change.
// Threading: the thread that opened the store.
class StaffTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffTableModel)

public:
    enum Column { UsernameColumn, NameColumn, RolesColumn, StatusColumn, ColumnCount };
    enum Role { StaffIdRole = Qt::UserRole + 1 };

    StaffTableModel(LocalStore *store, const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Staff staff(int row) const { return m_rows.value(row); }
    QString errorMessage() const { return m_errorMessage; }

public slots:
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
    QList<Staff> m_rows;
    QString m_errorMessage;
};

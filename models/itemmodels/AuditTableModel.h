#pragma once

#include "models/domain/AuditEntry.h"
#include "models/store/AuditStore.h"

#include <QAbstractTableModel>
#include <QList>

class LocalStore;

// The audit trail, newest first, read a page at a time as a view scrolls (keyset paging on
// the audit id, so the thousandth page costs what the first does). Reads only: call reload()
// after a change. Threading: the thread that opened the store.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column { TimeColumn, StaffColumn, ActionColumn, SubjectColumn, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1 }; // the stable action name

    static constexpr int kDefaultPageSize = 200;

    explicit AuditTableModel(LocalStore *store, QObject *parent = nullptr, int pageSize = kDefaultPageSize);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Narrows the list and reads it again from the newest entry.
    void setFilter(const AuditStore::Filter &filter);
    const AuditStore::Filter &filter() const { return m_filter; }
    AuditEntry entry(int row) const { return m_rows.value(row); }
    QString errorMessage() const { return m_errorMessage; }

public slots:
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    QList<AuditEntry> fetchPage();

    LocalStore *m_store = nullptr;
    int m_pageSize = kDefaultPageSize;
    AuditStore::Filter m_filter;
    QList<AuditEntry> m_rows;
    qint64 m_lastId = 0;
    bool m_atEnd = false;
    bool m_changing = false;
    QString m_errorMessage;
};

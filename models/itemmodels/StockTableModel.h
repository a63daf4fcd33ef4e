#pragma once

#include "models/domain/StockLevel.h"

#include <QAbstractTableModel>
#include <QList>

class LocalStore;

// One row per vaccine of the desk's site: name, manufacturer, doses on hand, booked and available.
// Reads through StockStore; call reload() after a command changed the stock.
// Threading: the thread that opened the store.
class StockTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockTableModel)

public:
    enum Column { NameColumn, ManufacturerColumn, OnHandColumn, BookedColumn, AvailableColumn, ColumnCount };
    enum Role { VaccineIdRole = Qt::UserRole + 1 };

    explicit StockTableModel(LocalStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    StockLevel level(int row) const { return m_rows.value(row).level; }
    QString errorMessage() const { return m_errorMessage; }

public slots:
    void reload();

signals:
    // The store could not be read; the model keeps its previous rows.
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        StockLevel level;
        QString manufacturer;
    };

    LocalStore *m_store = nullptr;
    QList<Row> m_rows;
    QString m_errorMessage;
};

#pragma once

#include "models/domain/StockLevel.h"
#include "models/itemmodels/PagedRows.h"

class LocalStore;

// A vaccine's stock as StockTableModel lists it, with the vaccine's manufacturer.
struct StockRow
{
    StockLevel level;
    QString manufacturer;
};

// One row per vaccine of the desk's site: name, manufacturer, doses on hand, booked and available.
// Reads through StockStore; call reload() after a command changed the stock. A reload that cannot read
// the store keeps the rows it had (errorOccurred says why).
// Threading: the thread that opened the store.
class StockTableModel final : public PagedRows<StockRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockTableModel)

public:
    enum Column { NameColumn, ManufacturerColumn, OnHandColumn, BookedColumn, AvailableColumn, ColumnCount };
    enum Role { VaccineIdRole = Qt::UserRole + 1 };

    explicit StockTableModel(LocalStore *store, QObject *parent = nullptr);

    StockLevel level(int row) const { return rows().value(row).level; }

private:
    QList<StockRow> queryPage(const StockRow *last, int limit) override;
    QVariant cell(const StockRow &row, int column, int role) const override;
    QString columnTitle(int column) const override;

    LocalStore *m_store = nullptr;
};

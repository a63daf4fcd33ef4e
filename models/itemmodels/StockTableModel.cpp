#include "models/itemmodels/StockTableModel.h"

#include "models/store/LocalStore.h"

#include <QHash>

StockTableModel::StockTableModel(LocalStore *store, QObject *parent)
    : PagedRows(ColumnCount, kWholeList, OnReloadError::KeepRows, parent)
    , m_store(store)
{
    reload();
}

QVariant StockTableModel::cell(const StockRow &row, int column, int role) const
{
    if (role == VaccineIdRole)
        return row.level.vaccineId;
    if (role == Qt::TextAlignmentRole && column >= OnHandColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case NameColumn:
        return row.level.vaccineName;
    case ManufacturerColumn:
        return row.manufacturer;
    case OnHandColumn:
        return row.level.onHand;
    case BookedColumn:
        return row.level.booked;
    case AvailableColumn:
        return row.level.available();
    case ColumnCount:
        break;
    }
    return {};
}

QString StockTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case NameColumn:
        return tr("Vaccine");
    case ManufacturerColumn:
        return tr("Manufacturer");
    case OnHandColumn:
        return tr("On hand");
    case BookedColumn:
        return tr("Booked");
    case AvailableColumn:
        return tr("Available");
    case ColumnCount:
        break;
    }
    return {};
}

QList<StockRow> StockTableModel::queryPage(const StockRow *last, int limit)
{
    Q_UNUSED(limit);
    if (last)
        return {};
    QHash<QString, QString> manufacturers;
    for (const Vaccine &vaccine : m_store->stock()->vaccines())
        manufacturers.insert(vaccine.id, vaccine.manufacturer);
    QList<StockRow> rows;
    for (const StockLevel &level : m_store->stock()->levels())
        rows.append(StockRow{level, manufacturers.value(level.vaccineId)});
    return rows;
}

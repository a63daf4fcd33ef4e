#include "models/itemmodels/StockTableModel.h"

#include "models/domain/DatabaseError.h"
#include "models/store/LocalStore.h"

#include <QHash>

StockTableModel::StockTableModel(LocalStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

int StockTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == VaccineIdRole)
        return row.level.vaccineId;
    if (role == Qt::TextAlignmentRole && index.column() >= OnHandColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
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

QVariant StockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
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

void StockTableModel::reload()
{
    QList<Row> rows;
    try {
        QHash<QString, QString> manufacturers;
        for (const Vaccine &vaccine : m_store->stock()->vaccines())
            manufacturers.insert(vaccine.id, vaccine.manufacturer);
        for (const StockLevel &level : m_store->stock()->levels())
            rows.append(Row{level, manufacturers.value(level.vaccineId)});
    } catch (const DatabaseError &error) {
        m_errorMessage = error.message();
        emit errorOccurred(m_errorMessage);
        return;
    }
    m_errorMessage.clear();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

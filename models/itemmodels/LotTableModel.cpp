#include "models/itemmodels/LotTableModel.h"

#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/store/LocalStore.h"

#include <QHash>

LotTableModel::LotTableModel(LocalStore *store, const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    reload();
}

int LotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

LotTableModel::ExpiryStatus LotTableModel::expiryStatus(int row) const
{
    const Lot &lot = m_rows.at(row).lot;
    if (lot.isExpiredOn(m_today))
        return ExpiryStatus::Expired;
    if (lot.expiry <= m_today.addDays(kSoonDays))
        return ExpiryStatus::Soon;
    return ExpiryStatus::Ok;
}

QVariant LotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ExpiryStatusRole:
        return QVariant::fromValue(expiryStatus(index.row()));
    case VaccineIdRole:
        return row.lot.vaccineId;
    case Qt::TextAlignmentRole:
        if (index.column() >= ReceivedColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        if (index.column() != ExpiryColumn)
            return {};
        switch (expiryStatus(index.row())) {
        case ExpiryStatus::Expired:
            return tr("Expired");
        case ExpiryStatus::Soon:
            return tr("Expires within %n day(s)", nullptr, kSoonDays);
        case ExpiryStatus::Ok:
            return {};
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case VaccineColumn:
        return row.vaccineName;
    case LotNumberColumn:
        return row.lot.lotNumber;
    case ExpiryColumn:
        return row.lot.expiry.toString(Qt::ISODate);
    case ReceivedColumn:
        return row.lot.received;
    case RemainingColumn:
        return row.lot.remaining;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case VaccineColumn:
        return tr("Vaccine");
    case LotNumberColumn:
        return tr("Lot");
    case ExpiryColumn:
        return tr("Expiry");
    case ReceivedColumn:
        return tr("Received");
    case RemainingColumn:
        return tr("Remaining");
    case ColumnCount:
        break;
    }
    return {};
}

void LotTableModel::reload()
{
    QList<Row> rows;
    try {
        QHash<QString, QString> names;
        for (const Vaccine &vaccine : m_store->stock()->vaccines())
            names.insert(vaccine.id, vaccine.name);
        for (const Lot &lot : m_store->stock()->lots())
            rows.append(Row{lot, names.value(lot.vaccineId)});
    } catch (const DatabaseError &error) {
        m_errorMessage = error.message();
        emit errorOccurred(m_errorMessage);
        return;
    }
    m_errorMessage.clear();
    beginResetModel();
    m_today = m_clock->now().date();
    m_rows = std::move(rows);
    endResetModel();
}

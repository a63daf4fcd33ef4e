#include "models/itemmodels/LotTableModel.h"

#include "models/domain/Clock.h"
#include "models/domain/ShownDate.h"
#include "models/store/LocalStore.h"

#include <QHash>

LotTableModel::LotTableModel(LocalStore *store, const Clock *clock, QObject *parent)
    : PagedRows(ColumnCount, kWholeList, OnReloadError::KeepRows, parent)
    , m_store(store)
    , m_clock(clock)
{
    reload();
}

LotTableModel::ExpiryStatus LotTableModel::expiryStatus(int row) const
{
    return statusOf(rows().at(row).lot);
}

LotTableModel::ExpiryStatus LotTableModel::statusOf(const Lot &lot) const
{
    if (lot.isExpiredOn(m_today))
        return ExpiryStatus::Expired;
    if (lot.expiry <= m_today.addDays(kSoonDays))
        return ExpiryStatus::Soon;
    return ExpiryStatus::Ok;
}

QVariant LotTableModel::cell(const LotRow &row, int column, int role) const
{
    switch (role) {
    case ExpiryStatusRole:
        return QVariant::fromValue(statusOf(row.lot));
    case VaccineIdRole:
        return row.lot.vaccineId;
    case Qt::TextAlignmentRole:
        if (column >= DaysLeftColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        if (column != ExpiryColumn && column != DaysLeftColumn)
            return {};
        switch (statusOf(row.lot)) {
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
    switch (Column(column)) {
    case VaccineColumn:
        return row.vaccineName;
    case LotNumberColumn:
        return row.lot.lotNumber;
    case ExpiryColumn:
        return ShownDate::date(row.lot.expiry);
    case DaysLeftColumn:
        if (row.lot.isExpiredOn(m_today))
            return tr("expired");
        return m_today.daysTo(row.lot.expiry);
    case ReceivedColumn:
        return row.lot.received;
    case RemainingColumn:
        return row.lot.remaining;
    case ColumnCount:
        break;
    }
    return {};
}

QString LotTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case VaccineColumn:
        return tr("Vaccine");
    case LotNumberColumn:
        return tr("Lot");
    case ExpiryColumn:
        return tr("Expiry");
    case DaysLeftColumn:
        return tr("Days left");
    case ReceivedColumn:
        return tr("Received");
    case RemainingColumn:
        return tr("Remaining");
    case ColumnCount:
        break;
    }
    return {};
}

QList<LotRow> LotTableModel::queryPage(const LotRow *last, int limit)
{
    Q_UNUSED(limit);
    if (last)
        return {};
    QHash<QString, QString> names;
    for (const Vaccine &vaccine : m_store->stock()->vaccines())
        names.insert(vaccine.id, vaccine.name);
    QList<LotRow> rows;
    for (const Lot &lot : m_store->stock()->lots())
        rows.append(LotRow{lot, names.value(lot.vaccineId)});
    // Read with the lots, so that a reload that fails keeps the date its rows were marked by.
    m_today = m_clock->now().date();
    return rows;
}

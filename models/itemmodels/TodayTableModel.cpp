#include "models/itemmodels/TodayTableModel.h"

#include "models/store/LocalStore.h"

TodayTableModel::TodayTableModel(LocalStore *store, const QDate &date, QObject *parent)
    : PagedRows(ColumnCount, kWholeList, OnReloadError::ClearRows, parent)
    , m_store(store)
    , m_date(date)
{
    reload();
}

QVariant TodayTableModel::cell(const BookingRow &row, int column, int role) const
{
    if (role == CodeRole)
        return row.code;
    if (role == StateRole)
        return int(row.state);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case TimeColumn:
        return row.appointment.mid(11, 5); // HH:mm of yyyy-MM-ddTHH:mm
    case CodeColumn:
        return row.code;
    case NameColumn:
        return row.name;
    case VaccineColumn:
        return row.vaccineName;
    case StateColumn:
        return bookingStateText(row.state);
    case ColumnCount:
        break;
    }
    return {};
}

QString TodayTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case TimeColumn:
        return tr("Time");
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case VaccineColumn:
        return tr("Vaccine");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

void TodayTableModel::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    reload();
}

QList<BookingRow> TodayTableModel::queryPage(const BookingRow *last, int limit)
{
    Q_UNUSED(limit);
    if (last || !m_date.isValid())
        return {};
    return m_store->bookings()->onDay(m_date);
}

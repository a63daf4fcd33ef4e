#include "models/itemmodels/TodayTableModel.h"

#include "models/domain/DatabaseError.h"
#include "models/domain/IsoText.h"
#include "models/store/LocalStore.h"

#include <QSqlQuery>

TodayTableModel::TodayTableModel(LocalStore *store, const QDate &date, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_date(date)
{
    refresh();
}

int TodayTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TodayTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodayTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BookingRow &row = m_rows.at(index.row());
    if (role == CodeRole)
        return row.code;
    if (role == StateRole)
        return int(row.state);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
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

QVariant TodayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
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
    refresh();
}

void TodayTableModel::refresh()
{
    QList<BookingRow> rows;
    QString error;
    if (m_date.isValid()) {
        try {
            // Appointments are stored as local yyyy-MM-ddTHH:mm text, so a day is a range on the index.
            QSqlQuery &query = m_store->database()->prepared(QStringLiteral(
                "SELECT b.id, b.code, b.name, v.name, b.appointment, b.state, b.vaccine_id FROM bookings b "
                "LEFT JOIN vaccines v ON v.id = b.vaccine_id WHERE b.appointment >= ? AND b.appointment < ? "
                "ORDER BY b.appointment, b.id"));
            query.addBindValue(IsoText::date(m_date));
            query.addBindValue(IsoText::date(m_date.addDays(1)));
            Database::exec(query);
            while (query.next()) {
                BookingRow row;
                row.rowId = query.value(0).toLongLong();
                row.code = query.value(1).toString();
                row.name = query.value(2).toString();
                row.vaccineName = query.value(3).toString();
                row.appointment = query.value(4).toString();
                row.state = BookingState(query.value(5).toInt());
                row.vaccineId = query.value(6).toString();
                rows.append(row);
            }
            query.finish();
        } catch (const DatabaseError &databaseError) {
            rows.clear();
            error = databaseError.message();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_errorMessage = error;
    endResetModel();
    if (!error.isEmpty())
        emit errorOccurred(error);
}

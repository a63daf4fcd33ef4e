#include "models/itemmodels/BookingTableModel.h"

#include "models/domain/Validation.h"
#include "models/store/LocalStore.h"

#include <limits>

BookingTableModel::BookingTableModel(LocalStore *store, QObject *parent, int pageSize)
    : PagedRows(ColumnCount, pageSize, OnReloadError::ClearRows, parent)
    , m_store(store)
{
    reload();
}

QVariant BookingTableModel::cell(const BookingRow &row, int column, int role) const
{
    if (role == CodeRole)
        return row.code;
    if (role == StateRole)
        return int(row.state);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case CodeColumn:
        return row.code;
    case NameColumn:
        return row.name;
    case BirthDateColumn:
        return row.birthDate;
    case PhoneColumn:
        return Validation::displayPhone(row.phone);
    case VaccineColumn:
        return row.vaccineName;
    case AppointmentColumn:
        return QString(row.appointment).replace(QLatin1Char('T'), QLatin1Char(' '));
    case StateColumn:
        return bookingStateText(row.state);
    case ColumnCount:
        break;
    }
    return {};
}

QString BookingTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case BirthDateColumn:
        return tr("Birth date");
    case PhoneColumn:
        return tr("Phone");
    case VaccineColumn:
        return tr("Vaccine");
    case AppointmentColumn:
        return tr("Appointment");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

int BookingTableModel::rowOfCode(const QString &code) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).code == code)
            return row;
    }
    return -1;
}

void BookingTableModel::setFilter(Field field, const QString &text)
{
    const QString normalised = normaliseFilter(field, text);
    if (field == m_filterField && normalised == m_filterText)
        return;
    m_filterField = field;
    m_filterText = normalised;
    reload();
}

QList<BookingRow> BookingTableModel::queryPage(const BookingRow *last, int limit)
{
    if (!last) {
        m_search = BookingSearch();
        if (!m_filterText.isEmpty())
            m_search = m_store->bookings()->planSearch(m_filterField, m_filterText);
    }
    const qint64 before = last ? last->rowId : std::numeric_limits<qint64>::max();
    return m_store->bookings()->searchPage(m_search, before, limit);
}

#include "models/itemmodels/TodayTableModel.h"

#include "models/store/LocalStore.h"

#include <algorithm>

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
    case BirthDateColumn:
        return row.birthDate;
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
    case BirthDateColumn:
        return tr("Birth date");
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

void TodayTableModel::setFilter(const QString &text, bool waitingOnly)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText && waitingOnly == m_waitingOnly)
        return;
    m_filterText = trimmed;
    m_waitingOnly = waitingOnly;
    reload();
}

bool TodayTableModel::matches(const BookingRow &row) const
{
    if (m_waitingOnly && row.state != BookingState::Booked)
        return false;
    if (m_filterText.isEmpty())
        return true;
    if (row.name.contains(m_filterText, Qt::CaseInsensitive))
        return true;
    QString code = m_filterText.toUpper();
    code.remove(QLatin1Char('-'));
    code.remove(QLatin1Char(' '));
    if (code.size() >= 3 && row.code.startsWith(code))
        return true;
    QString digits;
    for (const QChar c : m_filterText) {
        if (c.isDigit())
            digits.append(c);
        else if (!QStringLiteral("-. ()+").contains(c))
            return false; // not a phone number: only the name or the code could have matched
    }
    return !digits.isEmpty() && row.phone.contains(digits);
}

QList<BookingRow> TodayTableModel::queryPage(const BookingRow *last, int limit)
{
    Q_UNUSED(limit);
    if (last || !m_date.isValid()) {
        if (!last)
            m_waiting = m_injected = 0;
        return {};
    }
    QList<BookingRow> day = m_store->bookings()->onDay(m_date);
    m_waiting = int(std::count_if(day.cbegin(), day.cend(),
                                  [](const BookingRow &row) { return row.state == BookingState::Booked; }));
    m_injected = int(std::count_if(
        day.cbegin(), day.cend(), [](const BookingRow &row) { return row.state == BookingState::Injected; }));
    // A day is a few thousand rows at most: narrowed here rather than by another query.
    day.removeIf([this](const BookingRow &row) { return !matches(row); });
    return day;
}

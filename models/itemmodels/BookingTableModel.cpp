#include "models/itemmodels/BookingTableModel.h"

#include "models/domain/DatabaseError.h"
#include "models/domain/Validation.h"
#include "models/store/LocalStore.h"

BookingTableModel::BookingTableModel(LocalStore *store, QObject *parent, int pageSize)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_pageSize(qMax(1, pageSize))
{
    reload();
}

int BookingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == CodeRole)
        return row.code;
    if (role == StateRole)
        return int(row.state);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
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

QVariant BookingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
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

bool BookingTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void BookingTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        fetchMoreRows();
}

int BookingTableModel::rowOfCode(const QString &code) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).code == code)
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

void BookingTableModel::reload()
{
    // The first page is read inside the reset, so a view sees one change, not a reset and an insert.
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_lastRowId = std::numeric_limits<qint64>::max();
    m_atEnd = false;
    QList<Row> page = choosePlan() ? fetchPage() : QList<Row>();
    m_rows = std::move(page);
    endResetModel();
    m_changing = false;
}

void BookingTableModel::fetchMoreRows()
{
    // A view (or a model tester) may ask for more while rows are being reset or inserted: ignore that.
    if (m_atEnd || m_changing)
        return;
    const QList<Row> page = fetchPage();
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
}

QList<BookingTableModel::Row> BookingTableModel::fetchPage()
{
    QList<Row> page;
    try {
        page = m_store->bookings()->searchPage(m_search, m_lastRowId, m_pageSize);
    } catch (const DatabaseError &error) {
        // Stop here: a view would otherwise ask again at once, forever.
        m_atEnd = true;
        m_errorMessage = error.message();
        emit errorOccurred(m_errorMessage);
        return {};
    }
    m_errorMessage.clear();
    m_atEnd = page.size() < m_pageSize;
    if (!page.isEmpty())
        m_lastRowId = page.constLast().rowId;
    return page;
}

bool BookingTableModel::choosePlan()
{
    m_search = BookingSearch();
    if (m_filterText.isEmpty())
        return true;
    try {
        m_search = m_store->bookings()->planSearch(m_filterField, m_filterText);
    } catch (const DatabaseError &error) {
        m_atEnd = true;
        m_errorMessage = error.message();
        emit errorOccurred(m_errorMessage);
        return false;
    }
    return true;
}

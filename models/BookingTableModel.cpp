#include "models/BookingTableModel.h"

#include "models/DatabaseError.h"
#include "models/LocalStore.h"
#include "models/TextPrefix.h"

#include <QSqlQuery>

namespace {

QString columnOf(BookingTableModel::Field field)
{
    switch (field) {
    case BookingTableModel::Field::Phone:
        return QStringLiteral("phone");
    case BookingTableModel::Field::Name:
        return QStringLiteral("name");
    case BookingTableModel::Field::Code:
        return QStringLiteral("code");
    }
    return QString();
}

// `column >= ? AND column < ?`, or only the lower bound when the prefix has no upper one.
QString prefixRange(const QString &column, bool upperBound)
{
    QString range = column + QStringLiteral(" >= ?");
    if (upperBound)
        range += QStringLiteral(" AND ") + column + QStringLiteral(" < ?");
    return range;
}

const QString kSelect =
    QStringLiteral("SELECT b.id, b.code, b.name, b.birth_date, b.phone, v.name, b.appointment, b.state "
                   "FROM bookings b LEFT JOIN vaccines v ON v.id = b.vaccine_id WHERE ");

// The page queries; each shape is one cached prepared statement. Binds: [prefix, [upper,]] last id, page
// size. Unfiltered: walk the rowid down from the last row seen.
QString unfilteredSql()
{
    return kSelect + QStringLiteral("b.id < ? ORDER BY b.id DESC LIMIT ?");
}

// Few matches: take the page's ids from the column's (covering) index, sorting only the matches,
// then read those rows by rowid. The unary + and `id + 0` keep SQLite from walking the whole table
// by rowid instead, which it prefers when the LIMIT is a bound parameter.
QString sparseSql(const QString &column, bool upperBound)
{
    return kSelect +
           QStringLiteral(
               "b.id IN (SELECT id FROM bookings WHERE %1 AND +id < ? ORDER BY id + 0 DESC LIMIT ?) "
               "ORDER BY b.id DESC")
               .arg(prefixRange(column, upperBound));
}

// Many matches: walk the rowid down and test each row (unary + keeps SQLite off the column's index,
// which would sort every match for every page); with many matches a page fills quickly.
QString denseSql(const QString &column, bool upperBound)
{
    return kSelect + QStringLiteral("%1 AND b.id < ? ORDER BY b.id DESC LIMIT ?")
                         .arg(prefixRange(QStringLiteral("+b.") + column, upperBound));
}

QString countSql(const QString &column, bool upperBound)
{
    return QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM bookings WHERE %1 LIMIT ?)")
        .arg(prefixRange(column, upperBound));
}
} // namespace

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
        return row.phone;
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
        page = readPage();
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
    m_denseFilter = false;
    if (m_filterText.isEmpty())
        return true;
    try {
        const QString upper = TextPrefix::upperBound(m_filterText);
        QSqlQuery &query = m_store->database()->prepared(countSql(columnOf(m_filterField), !upper.isNull()));
        query.addBindValue(m_filterText);
        if (!upper.isNull())
            query.addBindValue(upper);
        query.addBindValue(kDenseMatches);
        Database::exec(query);
        m_denseFilter = query.next() && query.value(0).toInt() >= kDenseMatches;
        query.finish();
    } catch (const DatabaseError &error) {
        m_atEnd = true;
        m_errorMessage = error.message();
        emit errorOccurred(m_errorMessage);
        return false;
    }
    return true;
}

QList<BookingTableModel::Row> BookingTableModel::readPage() const
{
    const bool filtered = !m_filterText.isEmpty();
    const QString upper = filtered ? TextPrefix::upperBound(m_filterText) : QString();
    const QString column = columnOf(m_filterField);
    const QString sql = !filtered       ? unfilteredSql()
                        : m_denseFilter ? denseSql(column, !upper.isNull())
                                        : sparseSql(column, !upper.isNull());
    QSqlQuery &query = m_store->database()->prepared(sql);
    if (filtered) {
        query.addBindValue(m_filterText);
        if (!upper.isNull())
            query.addBindValue(upper);
    }
    query.addBindValue(m_lastRowId);
    query.addBindValue(m_pageSize);
    Database::exec(query);
    QList<Row> page;
    page.reserve(m_pageSize);
    while (query.next()) {
        Row row;
        row.rowId = query.value(0).toLongLong();
        row.code = query.value(1).toString();
        row.name = query.value(2).toString();
        row.birthDate = query.value(3).toString();
        row.phone = query.value(4).toString();
        row.vaccineName = query.value(5).toString();
        row.appointment = query.value(6).toString();
        row.state = BookingState(query.value(7).toInt());
        page.append(row);
    }
    query.finish();
    return page;
}

QString BookingTableModel::normaliseFilter(Field field, const QString &text)
{
    QString normalised;
    switch (field) {
    case Field::Phone:
        // Separators people type are dropped; anything else stays and simply matches nothing.
        for (const QChar c : text) {
            if (!QStringLiteral("-. ()+").contains(c))
                normalised.append(c);
        }
        return normalised;
    case Field::Code:
        for (const QChar c : text) {
            if (c != QLatin1Char('-') && !c.isSpace())
                normalised.append(c.toUpper());
        }
        return normalised;
    case Field::Name:
        return text.trimmed();
    }
    return normalised;
}

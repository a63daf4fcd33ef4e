#pragma once

#include "models/domain/Booking.h"
#include "models/store/BookingRow.h"
#include "models/store/BookingSearch.h"
#include "models/store/BookingStore.h"

#include <QAbstractTableModel>
#include <QList>

#include <limits>

class LocalStore;

// The desk's bookings, newest first, read a page at a time as a view scrolls (canFetchMore/fetchMore).
// Pages are keyset-paginated on the rowid (WHERE id < last seen ORDER BY id DESC LIMIT page), so a
// million bookings never load at once and page n costs what page 1 costs. setFilter() narrows the
// list as BookingStore searches: a prefix of the phone or code, a name by any part of two or more
// characters (or its first character), or Any, which tells them apart by the text's shape. The plan is
// chosen once per filter (BookingStore::planSearch), on reload.
// Reads only: call reload() after a command changed bookings. Threading: the thread that opened the store.
class BookingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingTableModel)

public:
    enum Column {
        CodeColumn,
        NameColumn,
        BirthDateColumn,
        PhoneColumn,
        VaccineColumn,
        AppointmentColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { CodeRole = Qt::UserRole + 1, StateRole };
    using Field = BookingStore::SearchField;

    static constexpr int kDefaultPageSize = 200;
    // A prefix filter with at least this many matches is read by walking the rowid rather than the index.
    static constexpr int kDenseMatches = BookingStore::kDenseMatches;

    explicit BookingTableModel(LocalStore *store, QObject *parent = nullptr, int pageSize = kDefaultPageSize);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows only the bookings BookingStore::search finds for `text` in `field` (phone: without dashes, dots,
    // spaces; code: upper-cased, without dashes or spaces). Empty text shows every booking. Reloads from
    // the first page.
    void setFilter(Field field, const QString &text);
    void clearFilter() { setFilter(m_filterField, QString()); }
    Field filterField() const { return m_filterField; }
    QString filterText() const { return m_filterText; }

    QString bookingCode(int row) const { return m_rows.value(row).code; }
    BookingState bookingState(int row) const { return m_rows.value(row).state; }
    // The row showing `code` among the rows fetched so far, -1 if none.
    int rowOfCode(const QString &code) const;
    int pageSize() const { return m_pageSize; }
    QString errorMessage() const { return m_errorMessage; }

    // The text a search compares for `field`: phone digits, a code's canonical letters, a trimmed name.
    static QString normaliseFilter(Field field, const QString &text)
    {
        return BookingStore::normaliseQuery(field, text);
    }

public slots:
    // Drops the fetched rows and reads the first page again, keeping the filter.
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    using Row = BookingRow;

    bool choosePlan();      // false when the store could not be read
    QList<Row> fetchPage(); // the next page, empty at the end or on an error
    void fetchMoreRows();

    LocalStore *m_store = nullptr;
    int m_pageSize = kDefaultPageSize;
    QList<Row> m_rows;
    qint64 m_lastRowId = std::numeric_limits<qint64>::max();
    bool m_atEnd = false;
    bool m_changing = false;
    BookingSearch m_search;
    Field m_filterField = Field::Phone;
    QString m_filterText;
    QString m_errorMessage;
};

#pragma once

#include "models/domain/Booking.h"
#include "models/itemmodels/PagedRows.h"
#include "models/store/BookingRow.h"
#include "models/store/BookingSearch.h"
#include "models/store/BookingStore.h"

class LocalStore;

// The desk's bookings, newest first, read a page at a time as a view scrolls (canFetchMore/fetchMore).
// Pages are keyset-paginated on the rowid (WHERE id < last seen ORDER BY id DESC LIMIT page), so a
// million bookings never load at once and page n costs what page 1 costs. setFilter() narrows the
// list as BookingStore searches: a prefix of the phone or code, a name by any part of two or more
// characters (or its first character), or Any, which tells them apart by the text's shape. The plan is
// chosen once per filter (BookingStore::planSearch), on reload.
// Reads only: call reload() after a command changed bookings. Threading: the thread that opened the store.
class BookingTableModel final : public PagedRows<BookingRow>
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

    // A prefix filter with at least this many matches is read by walking the rowid rather than the index.
    static constexpr int kDenseMatches = BookingStore::kDenseMatches;

    explicit BookingTableModel(LocalStore *store, QObject *parent = nullptr, int pageSize = kDefaultPageSize);

    // Shows only the bookings BookingStore::search finds for `text` in `field` (phone: without dashes, dots,
    // spaces; code: upper-cased, without dashes or spaces). Empty text shows every booking. Reloads from
    // the first page.
    void setFilter(Field field, const QString &text);
    void clearFilter() { setFilter(m_filterField, QString()); }
    Field filterField() const { return m_filterField; }
    QString filterText() const { return m_filterText; }

    QString bookingCode(int row) const { return rows().value(row).code; }
    BookingState bookingState(int row) const { return rows().value(row).state; }
    // The row showing `code` among the rows fetched so far, -1 if none.
    int rowOfCode(const QString &code) const;

    // The text a search compares for `field`: phone digits, a code's canonical letters, a trimmed name.
    static QString normaliseFilter(Field field, const QString &text)
    {
        return BookingStore::normaliseQuery(field, text);
    }

private:
    // The first page chooses the plan for the filter (BookingStore::planSearch).
    QList<BookingRow> queryPage(const BookingRow *last, int limit) override;
    QVariant cell(const BookingRow &row, int column, int role) const override;
    QString columnTitle(int column) const override;

    LocalStore *m_store = nullptr;
    BookingSearch m_search;
    Field m_filterField = Field::Phone;
    QString m_filterText;
};

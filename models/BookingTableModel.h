#pragma once

#include "models/Booking.h"
#include "models/BookingStore.h"

#include <QAbstractTableModel>
#include <QList>

#include <limits>

class LocalStore;

// The desk's bookings, newest first, read a page at a time as a view scrolls (canFetchMore/fetchMore).
// Pages are keyset-paginated on the rowid (WHERE id < last seen ORDER BY id DESC LIMIT page), so a
// million bookings never load at once and page n costs what page 1 costs. setFilter() narrows the
// list to a prefix of the phone, name or code, as a range on that column's index (LIKE could not use
// it for Hangul). A filter with few matches pages through the index; one with many (kDenseMatches,
// counted on reload) walks the rowid, which fills a page sooner than sorting every match would.
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
    // A filter with at least this many matches is read by walking the rowid rather than the column's index.
    static constexpr int kDenseMatches = 20000;

    explicit BookingTableModel(LocalStore *store, QObject *parent = nullptr, int pageSize = kDefaultPageSize);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows only bookings whose field starts with `text` (phone: without dashes, dots, spaces; code:
    // upper-cased, without dashes or spaces). Empty text shows every booking. Reloads from the first page.
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

    // The text a prefix search compares for `field`: phone digits, a code's canonical letters, a trimmed
    // name.
    static QString normaliseFilter(Field field, const QString &text);

public slots:
    // Drops the fetched rows and reads the first page again, keeping the filter.
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        qint64 rowId = 0;
        QString code;
        QString name;
        QString birthDate;
        QString phone;
        QString vaccineName;
        QString appointment;
        BookingState state = BookingState::Booked;
    };

    bool choosePlan();           // false when the store could not be read
    QList<Row> readPage() const; // throws DatabaseError
    QList<Row> fetchPage();      // the next page, empty at the end or on an error
    void fetchMoreRows();

    LocalStore *m_store = nullptr;
    int m_pageSize = kDefaultPageSize;
    QList<Row> m_rows;
    qint64 m_lastRowId = std::numeric_limits<qint64>::max();
    bool m_atEnd = false;
    bool m_changing = false;
    bool m_denseFilter = false;
    Field m_filterField = Field::Phone;
    QString m_filterText;
    QString m_errorMessage;
};

#pragma once

#include "models/itemmodels/PagedRows.h"
#include "models/store/BookingRow.h"

#include <QDate>

class LocalStore;

// The bookings whose appointment falls on one local date, in time order (then the order they were
// made): what the injection staff work through. A day holds a few thousand at most, so it is read
// whole (BookingStore::onDay), and narrowed here by setFilter(). Reads only: call refresh() after a
// command changed bookings.
// Threading: the thread that opened the store.
class TodayTableModel final : public PagedRows<BookingRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayTableModel)

public:
    enum Column {
        TimeColumn,
        CodeColumn,
        NameColumn,
        BirthDateColumn,
        VaccineColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { CodeRole = Qt::UserRole + 1, StateRole };

    // Shows `date`'s bookings; an invalid date shows none until setDate().
    explicit TodayTableModel(LocalStore *store, const QDate &date = QDate(), QObject *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // Shows only the bookings that `text` finds (a part of the name in any case, the start of the code,
    // digits anywhere in the phone: its last four as well), and with `waitingOnly` only those booked.
    void setFilter(const QString &text, bool waitingOnly);
    QString filterText() const { return m_filterText; }
    bool waitingOnly() const { return m_waitingOnly; }
    // The whole day's counts, whatever the filter shows.
    int waitingCount() const { return m_waiting; }
    int injectedCount() const { return m_injected; }
    QString bookingCode(int row) const { return rows().value(row).code; }
    BookingState bookingState(int row) const { return rows().value(row).state; }

public slots:
    void refresh() { reload(); }

private:
    QList<BookingRow> queryPage(const BookingRow *last, int limit) override;
    QVariant cell(const BookingRow &row, int column, int role) const override;
    QString columnTitle(int column) const override;

    bool matches(const BookingRow &row) const;

    LocalStore *m_store = nullptr;
    QDate m_date;
    QString m_filterText;
    bool m_waitingOnly = false;
    int m_waiting = 0;
    int m_injected = 0;
};

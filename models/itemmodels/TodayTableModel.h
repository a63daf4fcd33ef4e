#pragma once

#include "models/store/BookingRow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class LocalStore;

// The bookings whose appointment falls on one local date, in time order (then the order they were
// made): what the injection staff work through. A day holds a few thousand at most, so it is read
// whole, through the appointment index. Reads only: call refresh() after a command changed bookings.
// Threading: the thread that opened the store.
class TodayTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayTableModel)

public:
    enum Column { TimeColumn, CodeColumn, NameColumn, VaccineColumn, StateColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, StateRole };

    // Shows `date`'s bookings; an invalid date shows none until setDate().
    explicit TodayTableModel(LocalStore *store, const QDate &date = QDate(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    QString bookingCode(int row) const { return m_rows.value(row).code; }
    BookingState bookingState(int row) const { return m_rows.value(row).state; }
    QString errorMessage() const { return m_errorMessage; }

public slots:
    void refresh();

signals:
    void errorOccurred(const QString &message);

private:
    LocalStore *m_store = nullptr;
    QDate m_date;
    QList<BookingRow> m_rows;
    QString m_errorMessage;
};

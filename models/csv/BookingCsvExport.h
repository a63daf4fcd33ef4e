#pragma once

#include "models/store/BookingStore.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class LocalStore;
class QIODevice;

// Writes bookings, optionally filtered as the bookings table is, to CSV for a spreadsheet: UTF-8 with
// a BOM (so Excel reads Hangul), RFC 4180, a header row, newest first. Personal data goes only into the
// file the user chose. Reads a page at a time: memory stays flat for a million bookings.
// Threading: the thread that opened the store.
class BookingCsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(BookingCsvExport)

public:
    // Called after each page; returning false stops the export. `total` is -1 when it is not known.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    struct Result
    {
        enum class Status { Done, Cancelled, Failed };
        Status status = Status::Done;
        qint64 rows = 0; // bookings written
        QString error;   // Failed: why, for people
    };

    static constexpr int kPageRows = 1000;

    explicit BookingCsvExport(LocalStore *store)
        : m_store(store)
    {}
    // As BookingTableModel::setFilter; empty text exports every booking.
    void setFilter(BookingStore::SearchField field, const QString &text);

    static QStringList header(); // code, name, birth_date, phone, vaccine, appointment, state

    Result write(QIODevice *device, const Progress &progress = {}) const;
    // Through QSaveFile: a cancelled or failed export leaves no file (and an existing one untouched).
    Result writeFile(const QString &path, const Progress &progress = {}) const;

private:
    LocalStore *m_store = nullptr;
    BookingStore::SearchField m_field = BookingStore::SearchField::Any;
    QString m_text;
};

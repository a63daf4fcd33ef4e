#pragma once

#include "models/domain/Customer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class Clock;
class DeskCommands;
class LocalStore;

// Books customers listed in a CSV file, in two steps. preview() reads the file and checks every row
// as DeskCommands::book would, counting the rows above it (doses and rights they take, customers they
// book), and writes nothing. import() then books the rows the preview found good, each in its own
// command, and reports any the store refused by then.
//
// Columns: name, birth_date (YYYY-MM-DD), phone, vaccine (its name or id), appointment
// (YYYY-MM-DDTHH:MM or "YYYY-MM-DD HH:MM"), in that order, or in any order under a header row naming
// them (so an export reads back; other columns are then ignored). UTF-8, with or without a BOM.
// Threading: the thread that opened the store.
class BookingCsvImport final
{
    Q_DECLARE_TR_FUNCTIONS(BookingCsvImport)

public:
    // Called before each row is booked; returning false stops the import there.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Row
    {
        int line = 0;   // where the row starts in the file, from 1
        QString reason; // empty when the row can be booked; else why not, for people
        QString vaccineId;
        Customer customer;
        QDateTime appointment;

        bool isOk() const { return reason.isEmpty(); }
    };
    struct Preview
    {
        QString error; // the whole file could not be read; then there are no rows
        QList<Row> rows;

        int okCount() const;
    };
    struct Report
    {
        int imported = 0;
        bool cancelled = false;
        QList<Row> refused; // good in the preview, refused when booked (reason set)
    };

    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

    BookingCsvImport(LocalStore *store, const Clock *clock)
        : m_store(store)
        , m_clock(clock)
    {}

    Preview preview(const QByteArray &csv) const;
    Preview previewFile(const QString &path) const;
    Report import(const Preview &preview, DeskCommands *commands, const Progress &progress = {}) const;

private:
    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
};

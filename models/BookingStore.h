#pragma once

#include "models/Booking.h"

#include <QList>

#include <optional>

class Database;

// Bookings and injections. Every method throws DatabaseError.
class BookingStore final
{
public:
    enum class SearchField { Phone, Name, Code };

    explicit BookingStore(Database *db)
        : m_db(db)
    {}

    std::optional<Booking> byCode(const QString &code) const;
    // Rule 5: the code of the customer's BOOKED booking for the vaccine, empty if none.
    QString bookedCodeFor(const QString &vaccineId, const Customer &customer) const;
    // Prefix search on the indexed column, in the order of that column (then oldest first).
    QList<Booking> search(SearchField field, const QString &text, int limit = 100) const;
    QList<Booking> newest(int limit = 100) const;
    qint64 count() const;

    // Inserts with a fresh code; retries on the (rare) clash with an existing code.
    void insert(Booking &booking);
    void setState(const QString &bookingId, BookingState state);
    void insertInjection(const QString &bookingId, qint64 lotId, const QString &at, bool surety,
                         bool override);

    static Booking fromRecord(const class QSqlQuery &query); // columns of kColumns
    static const char *const kColumns;

private:
    Database *m_db = nullptr;
};

#pragma once

#include "models/domain/Booking.h"
#include "models/store/BookingRow.h"
#include "models/store/BookingSearch.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

class Database;
class NativeStatement;

// Bookings and their name pieces (name_grams). Every method throws DatabaseError.
//
// Search: a phone is found by a prefix of its digits or by its last four (four digits, unless they start
// with "01"; searching Any, also those when no phone starts with them), a code by a prefix of its letters, a
// name by one character at its start or by two or more anywhere in it (ASCII letters in any case). Any picks
// one of those from the text's shape. Results come newest first, keyset-paged on the rowid.
class BookingStore final
{
public:
    enum class SearchField { Phone, Name, Code, Any };
    // A prefix with at least this many matches is read by walking the rowid rather than the column's index.
    static constexpr int kDenseMatches = 20000;

    explicit BookingStore(Database *db)
        : m_db(db)
    {}

    std::optional<Booking> byCode(const QString &code) const;
    std::optional<Booking> byUid(const QString &uid) const;
    // Whether a booking with this uid is here: asked for every booking pulled from the feed.
    bool contains(const QString &uid) const;
    // Rule 5: the code of the customer's BOOKED booking for the vaccine, empty if none.
    QString bookedCodeFor(const QString &vaccineId, const Customer &customer) const;
    // Its statement (parameters :name, :birth, :vaccine, :phone), for tests of its query plan.
    static const char *bookedCodeQuery();
    // The first `limit` matches of `text`, newest first.
    QList<Booking> search(SearchField field, const QString &text, int limit = 100) const;

    // What a search compares for `typed`: phone digits, a code's canonical letters, a trimmed name.
    static QString normaliseQuery(SearchField field, const QString &typed);
    // Normalises `typed` and decides how to read it (one or two small counts on an index).
    BookingSearch planSearch(SearchField field, const QString &typed) const;
    // The matches with a row id below `beforeRowId`, newest first, at most `limit`.
    QList<BookingRow> searchPage(const BookingSearch &search, qint64 beforeRowId, int limit) const;
    // searchPage()'s statement for `search` (positional parameters), for tests of its query plan.
    static QString pageQuery(const BookingSearch &search);
    // The bookings whose appointment falls on `day`, whatever their state, in time order (then the order
    // they were made). A day holds a few thousand at most, so it is read whole, through the appointment
    // index.
    QList<BookingRow> onDay(const QDate &day) const;
    // The BOOKED appointments per day from `from` up to, not including, `until`, for one vaccine or, with
    // an empty id, all of them. Days without one are absent.
    QHash<QDate, int> bookedPerDay(const QDate &from, const QDate &until, const QString &vaccineId) const;
    qint64 countMatches(const BookingSearch &search) const;
    QList<Booking> newest(int limit = 100) const;
    qint64 count() const;

    // Enrollment of a desk with standalone history (DeskStore::adoptIdentity): its bookings move to
    // the server's site and those it holds name its new device id. In the caller's transaction.
    void adoptIdentity(const QString &oldDeviceId, const QString &newDeviceId, const QString &oldSiteId,
                       const QString &newSiteId);
    // Inserts with a fresh code; retries on the (rare) clash with an existing code.
    void insert(Booking &booking);
    // Another desk's booking from the feed, with the code it was made with (the server refused any
    // code already taken when it accepted it).
    void insertWithCode(const Booking &booking);
    void setState(const QString &bookingId, BookingState state);

    static Booking fromRecord(const class QSqlQuery &query); // columns of kColumns
    static const char *const kColumns;

private:
    // The one INSERT of a booking row, for insert() and insertWithCode(), bound with everything
    // but the code.
    NativeStatement &rowInsert(const Booking &booking);
    void insertNameGrams(qint64 rowId, const QString &name);
    int countUpTo(const BookingSearch &search, int cap) const;
    int countGramUpTo(const QString &gram, int cap) const;

    Database *m_db = nullptr;
};

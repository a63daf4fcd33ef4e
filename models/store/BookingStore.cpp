#include "models/store/BookingStore.h"

#include "models/domain/BookingCode.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/IsoText.h"
#include "models/sqlite/Database.h"
#include "models/sqlite/NativeStatement.h"
#include "models/store/NameGrams.h"
#include "models/store/TextPrefix.h"

#include <QSqlError>

#include <algorithm>
#include <limits>

const char *const BookingStore::kColumns =
    "uid, code, site_id, vaccine_id, name, birth_date, phone, appointment, state, holder, created_at";

namespace {
constexpr int kCodeAttempts = 8;
const QString kAppointmentFormat = QStringLiteral("yyyy-MM-ddTHH:mm");

QString selectWhere(const QString &condition)
{
    return QStringLiteral("SELECT %1 FROM bookings WHERE %2")
        .arg(QLatin1String(BookingStore::kColumns), condition);
}

// A piece found in more than this many names is "common": which common piece is scanned matters
// little, and counting further would cost more than it saves.
constexpr int kGramCountCap = 5000;

using Plan = BookingSearch::Plan;

const QString kFrom = QStringLiteral(" FROM bookings b LEFT JOIN vaccines v ON v.id = b.vaccine_id WHERE ");
// CROSS JOIN keeps name_grams the outer loop: its key (gram, booking_id) is already in page order.
const QString kFromGrams = QStringLiteral(
    " FROM name_grams g CROSS JOIN bookings b LEFT JOIN vaccines v ON v.id = b.vaccine_id WHERE b.id = "
    "g.booking_id AND ");

QString rowColumns()
{
    return QStringLiteral(
        "SELECT b.id, b.code, b.name, b.birth_date, b.phone, b.vaccine_id, v.name, b.appointment, b.state");
}

// kColumns, qualified: the join with vaccines has a `name` too.
QString bookingColumns()
{
    QStringList columns = QString::fromLatin1(BookingStore::kColumns).split(QStringLiteral(", "));
    for (QString &column : columns)
        column.prepend(QStringLiteral("b."));
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "));
}

QString columnOf(Plan plan)
{
    switch (plan) {
    case Plan::PhonePrefix:
        return QStringLiteral("phone");
    case Plan::CodePrefix:
        return QStringLiteral("code");
    case Plan::NamePrefix:
        return QStringLiteral("name");
    case Plan::All:
    case Plan::Nothing:
    case Plan::NameContains:
    case Plan::PhoneSuffix:
        break;
    }
    return QString();
}

// The expression of the bookings_phone_tail index: the query must spell it the same to use it.
const QString kPhoneTail = QStringLiteral("substr(phone, -4)");
constexpr int kPhoneTailDigits = 4;

bool isPrefixPlan(Plan plan)
{
    return plan == Plan::PhonePrefix || plan == Plan::CodePrefix || plan == Plan::NamePrefix;
}

// `column >= ? AND column < ?`, or only the lower bound when the prefix has no upper one.
QString prefixRange(const QString &column, bool upperBound)
{
    QString range = column + QStringLiteral(" >= ?");
    if (upperBound)
        range += QStringLiteral(" AND ") + column + QStringLiteral(" < ?");
    return range;
}

// A statement and its values in order: each plan has a few shapes, each one cached prepared statement.
struct Statement
{
    QString sql;
    QVariantList values;
};

void bindPrefix(Statement &statement, const QString &text, const QString &upper)
{
    statement.values.append(text);
    if (!upper.isEmpty())
        statement.values.append(upper);
}

void bindGrams(Statement &statement, const BookingSearch &search)
{
    statement.values.append(search.gram);
    if (!search.otherGram.isEmpty())
        statement.values.append(search.otherGram);
}

QString gramCondition(const BookingSearch &search)
{
    return search.otherGram.isEmpty()
               ? QStringLiteral("g.gram = ?")
               : QStringLiteral("g.gram = ? AND EXISTS (SELECT 1 FROM name_grams h WHERE h.gram = ? AND "
                                "h.booking_id = g.booking_id)");
}

// The page below `beforeRowId`, newest first, for a plan other than Nothing.
Statement pageStatement(const BookingSearch &search, const QString &select, qint64 beforeRowId, int limit)
{
    Statement statement;
    if (search.plan == Plan::NameContains) {
        statement.sql = select + kFromGrams + gramCondition(search) +
                        QStringLiteral(" AND g.booking_id < ? AND instr(lower(b.name), ?) > 0 "
                                       "ORDER BY g.booking_id DESC LIMIT ?");
        bindGrams(statement, search);
        statement.values << beforeRowId << search.text << limit;
        return statement;
    }
    if (search.plan == Plan::PhoneSuffix) {
        // A few matches per key at a million bookings; the index holds them in rowid order.
        statement.sql = select + kFrom +
                        QStringLiteral("substr(b.phone, -4) = ? AND b.id < ? ORDER BY b.id DESC LIMIT ?");
        statement.values << search.text << beforeRowId << limit;
        return statement;
    }
    if (!isPrefixPlan(search.plan)) {
        statement.sql = select + kFrom + QStringLiteral("b.id < ? ORDER BY b.id DESC LIMIT ?");
        statement.values << beforeRowId << limit;
        return statement;
    }
    const QString column = columnOf(search.plan);
    const QString upper = TextPrefix::upperBound(search.text);
    if (search.dense) {
        // Many matches: walk the rowid down and test each row (unary + keeps SQLite off the column's
        // index, which would sort every match for every page); with many matches a page fills quickly.
        statement.sql = select + kFrom + prefixRange(QStringLiteral("+b.") + column, !upper.isEmpty()) +
                        QStringLiteral(" AND b.id < ? ORDER BY b.id DESC LIMIT ?");
    } else {
        // Few matches: take the page's ids from the column's (covering) index, sorting only the
        // matches, then read those rows by rowid. The unary + and `id + 0` keep SQLite from walking
        // the whole table by rowid instead, which it prefers when the LIMIT is a bound parameter.
        statement.sql =
            select + kFrom +
            QStringLiteral("b.id IN (SELECT id FROM bookings WHERE %1 AND +id < ? ORDER BY id + 0 "
                           "DESC LIMIT ?) ORDER BY b.id DESC")
                .arg(prefixRange(column, !upper.isEmpty()));
    }
    bindPrefix(statement, search.text, upper);
    statement.values << beforeRowId << limit;
    return statement;
}

QSqlQuery &run(Database *db, const Statement &statement)
{
    QSqlQuery &query = db->prepared(statement.sql);
    for (const QVariant &value : statement.values)
        query.addBindValue(value);
    Database::exec(query);
    return query;
}

qint64 readCount(QSqlQuery &query)
{
    const qint64 count = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return count;
}

bool isFourDigits(const QString &text)
{
    return text.size() == kPhoneTailDigits &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

bool isPhoneShaped(const QString &text)
{
    bool digit = false;
    for (const QChar c : text) {
        if (c.isDigit())
            digit = true;
        else if (!QStringLiteral("-. ()+").contains(c))
            return false;
    }
    return digit;
}

QList<Booking> readAll(QSqlQuery &query)
{
    Database::exec(query);
    QList<Booking> found;
    while (query.next())
        found.append(BookingStore::fromRecord(query));
    query.finish();
    return found;
}
} // namespace

Booking BookingStore::fromRecord(const QSqlQuery &query)
{
    Booking booking;
    booking.id = query.value(0).toString();
    booking.code = query.value(1).toString();
    booking.siteId = query.value(2).toString();
    booking.vaccineId = query.value(3).toString();
    booking.customer.name = query.value(4).toString();
    booking.customer.birthDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    booking.customer.phone = query.value(6).toString();
    booking.appointment = QDateTime::fromString(query.value(7).toString(), kAppointmentFormat);
    booking.state = BookingState(query.value(8).toInt());
    booking.holder = query.value(9).toString();
    booking.createdAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    return booking;
}

std::optional<Booking> BookingStore::byCode(const QString &code) const
{
    QSqlQuery &query = m_db->prepared(selectWhere(QStringLiteral("code = ?")));
    query.addBindValue(code);
    Database::exec(query);
    std::optional<Booking> found;
    if (query.next())
        found = fromRecord(query);
    query.finish();
    return found;
}

std::optional<Booking> BookingStore::byUid(const QString &uid) const
{
    QSqlQuery &query = m_db->prepared(selectWhere(QStringLiteral("uid = ?")));
    query.addBindValue(uid);
    Database::exec(query);
    std::optional<Booking> found;
    if (query.next())
        found = fromRecord(query);
    query.finish();
    return found;
}

bool BookingStore::contains(const QString &uid) const
{
    NativeStatement &query = m_db->native("SELECT 1 FROM bookings WHERE uid = ?");
    query.bind(1, uid);
    const bool found = query.next();
    query.reset();
    return found;
}

const char *BookingStore::bookedCodeQuery()
{
    // Rule 5: same name and birth date, or same phone and birth date. Two probes, each on its
    // own index: bookings_name (name, birth_date) leads to the customer's own rows, bookings_phone
    // to the few bookings of that phone (a family's at most); only those are read from the table.
    return "SELECT code FROM bookings WHERE name = :name AND birth_date = :birth AND vaccine_id = :vaccine "
           "AND state = 0 UNION ALL SELECT code FROM bookings WHERE phone = :phone AND birth_date = :birth "
           "AND vaccine_id = :vaccine AND state = 0 LIMIT 1";
}

QString BookingStore::bookedCodeFor(const QString &vaccineId, const Customer &customer) const
{
    // Every booking runs it: the C API (NativeStatement).
    NativeStatement &query = m_db->native(bookedCodeQuery());
    query.bind(":birth", IsoText::date(customer.birthDate));
    query.bind(":vaccine", vaccineId);
    query.bind(":name", customer.name);
    query.bind(":phone", customer.phone);
    const QString code = query.next() ? query.text(0) : QString();
    query.reset();
    return code;
}

QList<Booking> BookingStore::search(SearchField field, const QString &text, int limit) const
{
    const BookingSearch plan = planSearch(field, text);
    if (plan.plan == Plan::Nothing)
        return {};
    return readAll(
        run(m_db, pageStatement(plan, bookingColumns(), std::numeric_limits<qint64>::max(), limit)));
}

QString BookingStore::normaliseQuery(SearchField field, const QString &typed)
{
    QString normalised;
    switch (field) {
    case SearchField::Phone:
        // Separators people type are dropped; anything else stays and simply matches nothing.
        for (const QChar c : typed) {
            if (!QStringLiteral("-. ()+").contains(c))
                normalised.append(c);
        }
        return normalised;
    case SearchField::Code:
        for (const QChar c : typed) {
            if (c != QLatin1Char('-') && !c.isSpace())
                normalised.append(c.toUpper());
        }
        return normalised;
    case SearchField::Name:
    case SearchField::Any:
        return typed.trimmed();
    }
    return normalised;
}

BookingSearch BookingStore::planSearch(SearchField field, const QString &typed) const
{
    BookingSearch search;
    search.text = normaliseQuery(field, typed);
    if (search.text.isEmpty())
        return search;
    const bool anything = field == SearchField::Any;
    if (field == SearchField::Any) {
        // A code wins when there is such a booking; a name that happens to look like one still
        // finds itself otherwise.
        if (const QString code = BookingCode::normalise(search.text); !code.isEmpty() && byCode(code)) {
            field = SearchField::Code;
            search.text = code;
        } else if (isPhoneShaped(search.text)) {
            field = SearchField::Phone;
            search.text = normaliseQuery(field, search.text);
        } else {
            field = SearchField::Name;
        }
    }
    switch (field) {
    case SearchField::Phone:
        // Four digits are a phone's last four (뒷자리), unless they start like a mobile number: "0101"
        // is the start of many. Searching anything, they are the end when no phone starts so ("0123");
        // searching phones, such a start simply finds nothing.
        search.plan = Plan::PhonePrefix;
        if (isFourDigits(search.text) &&
            (!search.text.startsWith(QStringLiteral("01")) || (anything && countUpTo(search, 1) == 0)))
            search.plan = Plan::PhoneSuffix;
        break;
    case SearchField::Code:
        search.plan = Plan::CodePrefix;
        break;
    case SearchField::Name:
    case SearchField::Any:
        search.plan = search.text.toUcs4().size() < 2 ? Plan::NamePrefix : Plan::NameContains;
        break;
    }
    if (search.plan == Plan::PhoneSuffix)
        return search; // one key of ten thousand: never dense
    if (search.plan != Plan::NameContains) {
        search.dense = countUpTo(search, kDenseMatches) >= kDenseMatches;
        return search;
    }

    // Scan the rarest piece and check the next rarest: both bound the work by the rarer names.
    search.text = NameGrams::fold(search.text);
    QList<std::pair<int, QString>> counted;
    for (const QString &gram : NameGrams::of(search.text)) {
        const int count = countGramUpTo(gram, kGramCountCap);
        if (count == 0) {
            search.plan = Plan::Nothing;
            return search;
        }
        counted.append({count, gram});
    }
    std::stable_sort(counted.begin(), counted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    search.gram = counted.at(0).second;
    if (counted.size() > 1)
        search.otherGram = counted.at(1).second;
    return search;
}

QString BookingStore::pageQuery(const BookingSearch &search)
{
    return pageStatement(search, rowColumns(), 0, 1).sql;
}

QList<BookingRow> BookingStore::searchPage(const BookingSearch &search, qint64 beforeRowId, int limit) const
{
    if (search.plan == Plan::Nothing || limit < 1)
        return {};
    QSqlQuery &query = run(m_db, pageStatement(search, rowColumns(), beforeRowId, limit));
    QList<BookingRow> page;
    page.reserve(limit);
    while (query.next()) {
        BookingRow row;
        row.rowId = query.value(0).toLongLong();
        row.code = query.value(1).toString();
        row.name = query.value(2).toString();
        row.birthDate = query.value(3).toString();
        row.phone = query.value(4).toString();
        row.vaccineId = query.value(5).toString();
        row.vaccineName = query.value(6).toString();
        row.appointment = query.value(7).toString();
        row.state = BookingState(query.value(8).toInt());
        page.append(row);
    }
    query.finish();
    return page;
}

QList<BookingRow> BookingStore::onDay(const QDate &day) const
{
    // Appointments are stored as local yyyy-MM-ddTHH:mm text, so a day is a range on the index.
    QSqlQuery &query = m_db->prepared(QStringLiteral(
        "SELECT b.id, b.code, b.name, v.name, b.appointment, b.state, b.vaccine_id, b.birth_date, b.phone "
        "FROM bookings b LEFT JOIN vaccines v ON v.id = b.vaccine_id "
        "WHERE b.appointment >= ? AND b.appointment < ? "
        "ORDER BY b.appointment, b.id"));
    query.addBindValue(IsoText::date(day));
    query.addBindValue(IsoText::date(day.addDays(1)));
    Database::exec(query);
    QList<BookingRow> rows;
    while (query.next()) {
        BookingRow row;
        row.rowId = query.value(0).toLongLong();
        row.code = query.value(1).toString();
        row.name = query.value(2).toString();
        row.vaccineName = query.value(3).toString();
        row.appointment = query.value(4).toString();
        row.state = BookingState(query.value(5).toInt());
        row.vaccineId = query.value(6).toString();
        row.birthDate = query.value(7).toString();
        row.phone = query.value(8).toString();
        rows.append(row);
    }
    query.finish();
    return rows;
}

QHash<QDate, int> BookingStore::bookedPerDay(const QDate &from, const QDate &until,
                                             const QString &vaccineId) const
{
    // A range on the appointment index, which holds the state and vaccine too, so the count never reads
    // a row. The unary + keeps SQLite from choosing another index for the state (schema 1 and 2 had a
    // partial index of BOOKED customers, whose random reads took many times longer).
    QSqlQuery &query = m_db->prepared(
        vaccineId.isEmpty()
            ? QStringLiteral(
                  "SELECT substr(appointment, 1, 10), count(*) FROM bookings WHERE appointment >= ? "
                  "AND appointment < ? AND +state = 0 GROUP BY 1")
            : QStringLiteral(
                  "SELECT substr(appointment, 1, 10), count(*) FROM bookings WHERE appointment >= ? "
                  "AND appointment < ? AND +state = 0 AND vaccine_id = ? GROUP BY 1"));
    query.addBindValue(IsoText::date(from));
    query.addBindValue(IsoText::date(until));
    if (!vaccineId.isEmpty())
        query.addBindValue(vaccineId);
    Database::exec(query);
    QHash<QDate, int> booked;
    while (query.next())
        booked.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toInt());
    query.finish();
    return booked;
}

qint64 BookingStore::countMatches(const BookingSearch &search) const
{
    Statement statement;
    switch (search.plan) {
    case Plan::All:
        return count();
    case Plan::Nothing:
        return 0;
    case Plan::NameContains:
        statement.sql = QStringLiteral("SELECT count(*)") + kFromGrams + gramCondition(search) +
                        QStringLiteral(" AND instr(lower(b.name), ?) > 0");
        bindGrams(statement, search);
        statement.values << search.text;
        break;
    case Plan::PhoneSuffix:
        statement.sql =
            QStringLiteral("SELECT count(*) FROM bookings WHERE ") + kPhoneTail + QStringLiteral(" = ?");
        statement.values << search.text;
        break;
    case Plan::PhonePrefix:
    case Plan::CodePrefix:
    case Plan::NamePrefix: {
        const QString upper = TextPrefix::upperBound(search.text);
        statement.sql = QStringLiteral("SELECT count(*) FROM bookings WHERE ") +
                        prefixRange(columnOf(search.plan), !upper.isEmpty());
        bindPrefix(statement, search.text, upper);
        break;
    }
    }
    return readCount(run(m_db, statement));
}

int BookingStore::countUpTo(const BookingSearch &search, int cap) const
{
    const QString upper = TextPrefix::upperBound(search.text);
    Statement statement;
    statement.sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM bookings WHERE %1 LIMIT ?)")
                        .arg(prefixRange(columnOf(search.plan), !upper.isEmpty()));
    bindPrefix(statement, search.text, upper);
    statement.values << cap;
    return int(readCount(run(m_db, statement)));
}

int BookingStore::countGramUpTo(const QString &gram, int cap) const
{
    const Statement statement{
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM name_grams WHERE gram = ? LIMIT ?)"),
        {gram, cap}};
    return int(readCount(run(m_db, statement)));
}

QList<Booking> BookingStore::newest(int limit) const
{
    QSqlQuery &query = m_db->prepared(selectWhere(QStringLiteral("1 ORDER BY id DESC LIMIT ?")));
    query.addBindValue(limit);
    return readAll(query);
}

qint64 BookingStore::count() const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT count(*) FROM bookings"));
    Database::exec(query);
    const qint64 total = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return total;
}

NativeStatement &BookingStore::rowInsert(const Booking &booking)
{
    // Run for every booking, made here or pulled from the feed: the C API (NativeStatement,
    // bench/README.md).
    static const QByteArray sql =
        QByteArray("INSERT INTO bookings (") + kColumns +
        ") VALUES (:uid, :code, :site, :vaccine, :name, :birth, :phone, :appointment, :state, :holder, "
        ":created)";
    NativeStatement &insert = m_db->native(sql.constData());
    insert.bind(":uid", booking.id);
    insert.bind(":site", booking.siteId);
    insert.bind(":vaccine", booking.vaccineId);
    insert.bind(":name", booking.customer.name);
    insert.bind(":birth", IsoText::date(booking.customer.birthDate));
    insert.bind(":phone", booking.customer.phone);
    insert.bind(":appointment", IsoText::minute(booking.appointment));
    insert.bind(":state", int(booking.state));
    insert.bind(":holder", booking.holder);
    insert.bind(":created", IsoText::utcMillis(booking.createdAt));
    return insert;
}

void BookingStore::insert(Booking &booking)
{
    // Bound once: only the code changes between attempts.
    NativeStatement &insert = rowInsert(booking);
    for (int attempt = 0; attempt < kCodeAttempts; ++attempt) {
        booking.code = BookingCode::generate();
        insert.bind(":code", booking.code);
        try {
            insert.exec();
        } catch (const DatabaseError &error) {
            // A failed statement leaves the transaction open; only a code clash is worth another try.
            if (!error.message().contains(QLatin1String("bookings.code")))
                throw;
            continue;
        }
        insertNameGrams(insert.lastInsertRowId(), booking.customer.name);
        return;
    }
    throw DatabaseError(QStringLiteral("no free booking code after %1 attempts").arg(kCodeAttempts));
}

void BookingStore::insertWithCode(const Booking &booking)
{
    // Every booking pulled from the feed: the statement insert() runs.
    NativeStatement &insert = rowInsert(booking);
    insert.bind(":code", booking.code);
    insert.exec();
    insertNameGrams(insert.lastInsertRowId(), booking.customer.name);
}

void BookingStore::insertNameGrams(qint64 rowId, const QString &name)
{
    NativeStatement &insert =
        m_db->native("INSERT OR IGNORE INTO name_grams (gram, booking_id) VALUES (:gram, :booking)");
    insert.bind(":booking", rowId);
    for (const QString &piece : NameGrams::of(name)) {
        insert.bind(":gram", piece);
        insert.exec();
    }
}

void BookingStore::setState(const QString &bookingId, BookingState state)
{
    QSqlQuery &update = m_db->prepared(QStringLiteral("UPDATE bookings SET state = ? WHERE uid = ?"));
    update.addBindValue(int(state));
    update.addBindValue(bookingId);
    Database::exec(update);
}

void BookingStore::adoptIdentity(const QString &oldDeviceId, const QString &newDeviceId,
                                 const QString &oldSiteId, const QString &newSiteId)
{
    QSqlQuery &site = m_db->prepared(QStringLiteral("UPDATE bookings SET site_id = ? WHERE site_id = ?"));
    site.addBindValue(newSiteId);
    site.addBindValue(oldSiteId);
    Database::exec(site);
    QSqlQuery &holder = m_db->prepared(QStringLiteral("UPDATE bookings SET holder = ? WHERE holder = ?"));
    holder.addBindValue(newDeviceId);
    holder.addBindValue(oldDeviceId);
    Database::exec(holder);
}

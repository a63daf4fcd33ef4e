#include "models/BookingStore.h"

#include "models/BookingCode.h"
#include "models/Database.h"
#include "models/DatabaseError.h"
#include "models/IsoText.h"
#include "models/TextPrefix.h"

#include <QSqlError>

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

QString BookingStore::bookedCodeFor(const QString &vaccineId, const Customer &customer) const
{
    static const QString birth = QStringLiteral(":birth"), vaccine = QStringLiteral(":vaccine"),
                         name = QStringLiteral(":name"), phone = QStringLiteral(":phone");
    QSqlQuery &query = m_db->prepared(
        QStringLiteral("SELECT code FROM bookings WHERE state = 0 AND birth_date = :birth AND vaccine_id = "
                       ":vaccine AND (name = :name OR phone = :phone) LIMIT 1"));
    query.bindValue(birth, IsoText::date(customer.birthDate));
    query.bindValue(vaccine, vaccineId);
    query.bindValue(name, customer.name);
    query.bindValue(phone, customer.phone);
    Database::exec(query);
    const QString code = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return code;
}

QList<Booking> BookingStore::search(SearchField field, const QString &text, int limit) const
{
    static const QString column[] = {QStringLiteral("phone"), QStringLiteral("name"), QStringLiteral("code")};
    const QString &name = column[int(field)];
    // Index order (column, then rowid): no sort step, and the LIMIT stops the range scan early.
    const QString upper = TextPrefix::upperBound(text);
    const QString range = upper.isEmpty() ? QStringLiteral("%1 >= ?") : QStringLiteral("%1 >= ? AND %1 < ?");
    QSqlQuery &query =
        m_db->prepared(selectWhere(range.arg(name) + QStringLiteral(" ORDER BY %1, id LIMIT ?").arg(name)));
    query.addBindValue(text.isNull() ? QStringLiteral("") : text); // a null QString binds as SQL NULL
    if (!upper.isEmpty())
        query.addBindValue(upper);
    query.addBindValue(limit);
    return readAll(query);
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

void BookingStore::insert(Booking &booking)
{
    // Built once: this runs for every booking.
    // Named placeholders: Qt formats a ":N" key for every positional value bound, which
    // shows in the cost of a booking (bench/README.md).
    static const QString sql =
        QStringLiteral(
            "INSERT INTO bookings (%1) VALUES (:uid, :code, :site, :vaccine, :name, :birth, :phone, "
            ":appointment, :state, :holder, :created)")
            .arg(QLatin1String(kColumns));
    static const QString uid = QStringLiteral(":uid"), code = QStringLiteral(":code"),
                         site = QStringLiteral(":site"), vaccine = QStringLiteral(":vaccine"),
                         name = QStringLiteral(":name"), birth = QStringLiteral(":birth"),
                         phone = QStringLiteral(":phone"), appointment = QStringLiteral(":appointment"),
                         state = QStringLiteral(":state"), holder = QStringLiteral(":holder"),
                         created = QStringLiteral(":created");
    QSqlQuery &insert = m_db->prepared(sql);
    for (int attempt = 0; attempt < kCodeAttempts; ++attempt) {
        booking.code = BookingCode::generate();
        insert.bindValue(uid, booking.id);
        insert.bindValue(code, booking.code);
        insert.bindValue(site, booking.siteId);
        insert.bindValue(vaccine, booking.vaccineId);
        insert.bindValue(name, booking.customer.name);
        insert.bindValue(birth, IsoText::date(booking.customer.birthDate));
        insert.bindValue(phone, booking.customer.phone);
        insert.bindValue(appointment, IsoText::minute(booking.appointment));
        insert.bindValue(state, int(booking.state));
        insert.bindValue(holder, booking.holder);
        insert.bindValue(created, IsoText::utcMillis(booking.createdAt));
        if (insert.exec())
            return;
        // A failed statement leaves the transaction open; only a code clash is worth another try.
        if (!insert.lastError().text().contains(QLatin1String("bookings.code")))
            throw DatabaseError(insert.lastError().text());
    }
    throw DatabaseError(QStringLiteral("no free booking code after %1 attempts").arg(kCodeAttempts));
}

void BookingStore::setState(const QString &bookingId, BookingState state)
{
    QSqlQuery &update = m_db->prepared(QStringLiteral("UPDATE bookings SET state = ? WHERE uid = ?"));
    update.addBindValue(int(state));
    update.addBindValue(bookingId);
    Database::exec(update);
}

void BookingStore::insertInjection(const QString &bookingId, qint64 lotId, const QString &at, bool surety,
                                   bool override)
{
    QSqlQuery &insert = m_db->prepared(
        QStringLiteral("INSERT INTO injections (booking_id, lot_id, injected_at, surety, override) "
                       "VALUES ((SELECT id FROM bookings WHERE uid = ?), ?, ?, ?, ?)"));
    insert.addBindValue(bookingId);
    insert.addBindValue(lotId);
    insert.addBindValue(at);
    insert.addBindValue(surety);
    insert.addBindValue(override);
    Database::exec(insert);
}

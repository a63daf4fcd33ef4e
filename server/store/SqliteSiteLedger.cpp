#include "server/store/SqliteSiteLedger.h"

#include "models/sqlite/Database.h"

#include <QVariant>

namespace {
Lot lotFromQuery(const QSqlQuery &query)
{
    Lot lot;
    lot.vaccineId = query.value(0).toString();
    lot.lotNumber = query.value(1).toString();
    lot.expiry = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    lot.received = query.value(3).toInt();
    lot.remaining = query.value(4).toInt();
    return lot;
}

const QString kLotSelect = QStringLiteral("SELECT vaccine_id, lot_number, expiry, received, remaining FROM "
                                          "lots WHERE site_id = ? AND vaccine_id = ? ");
} // namespace

std::optional<Vaccine> SqliteSiteLedger::vaccine(const QString &id)
{
    QSqlQuery &query =
        m_db->prepared(QStringLiteral("SELECT id, name, manufacturer FROM vaccines WHERE id = ?"));
    query.addBindValue(id);
    Database::exec(query);
    std::optional<Vaccine> found;
    if (query.next())
        found = Vaccine{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    query.finish();
    return found;
}

void SqliteSiteLedger::insertVaccine(const Vaccine &vaccine)
{
    QSqlQuery &query = m_db->prepared(
        QStringLiteral("INSERT INTO vaccines (id, name, manufacturer, site_id) VALUES (?, ?, ?, ?)"));
    query.addBindValue(vaccine.id);
    query.addBindValue(vaccine.name);
    query.addBindValue(vaccine.manufacturer);
    query.addBindValue(m_siteId);
    Database::exec(query);
}

StockLevel SqliteSiteLedger::level(const QString &vaccineId)
{
    QSqlQuery &query = m_db->prepared(
        QStringLiteral("SELECT on_hand, booked FROM stock_levels WHERE site_id = ? AND vaccine_id = ?"));
    query.addBindValue(m_siteId);
    query.addBindValue(vaccineId);
    Database::exec(query);
    StockLevel level;
    level.vaccineId = vaccineId;
    if (query.next()) {
        level.onHand = query.value(0).toInt();
        level.booked = query.value(1).toInt();
    }
    query.finish();
    return level;
}

void SqliteSiteLedger::changeLevel(const QString &vaccineId, int onHandDelta, int bookedDelta)
{
    // Update first: an upsert would check its INSERT values (a negative delta) against the
    // CHECK constraints before it found the existing row.
    QSqlQuery &update = m_db->prepared(QStringLiteral("UPDATE stock_levels SET on_hand = on_hand + ?, booked "
                                                      "= booked + ? WHERE site_id = ? AND vaccine_id = ?"));
    update.addBindValue(onHandDelta);
    update.addBindValue(bookedDelta);
    update.addBindValue(m_siteId);
    update.addBindValue(vaccineId);
    Database::exec(update);
    if (update.numRowsAffected() > 0)
        return;
    QSqlQuery &insert = m_db->prepared(QStringLiteral(
        "INSERT INTO stock_levels (site_id, vaccine_id, on_hand, booked) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(m_siteId);
    insert.addBindValue(vaccineId);
    insert.addBindValue(onHandDelta);
    insert.addBindValue(bookedDelta);
    Database::exec(insert);
}

QList<Lot> SqliteSiteLedger::lots(const QString &vaccineId)
{
    QSqlQuery &query = m_db->prepared(kLotSelect + QStringLiteral("ORDER BY expiry, lot_number"));
    query.addBindValue(m_siteId);
    query.addBindValue(vaccineId);
    Database::exec(query);
    QList<Lot> lots;
    while (query.next())
        lots.append(lotFromQuery(query));
    query.finish();
    return lots;
}

std::optional<Lot> SqliteSiteLedger::lot(const QString &vaccineId, const QString &lotNumber)
{
    QSqlQuery &query = m_db->prepared(kLotSelect + QStringLiteral("AND lot_number = ?"));
    query.addBindValue(m_siteId);
    query.addBindValue(vaccineId);
    query.addBindValue(lotNumber);
    Database::exec(query);
    std::optional<Lot> found;
    if (query.next())
        found = lotFromQuery(query);
    query.finish();
    return found;
}

void SqliteSiteLedger::receive(const QString &vaccineId, const QString &lotNumber, const QDate &expiry,
                               int quantity)
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("INSERT INTO lots (site_id, vaccine_id, lot_number, "
                                                     "expiry, received, remaining) VALUES (?, ?, ?, ?, ?, ?) "
                                                     "ON CONFLICT (site_id, vaccine_id, lot_number) DO "
                                                     "UPDATE SET received = received + excluded.received, "
                                                     "remaining = remaining + excluded.remaining"));
    query.addBindValue(m_siteId);
    query.addBindValue(vaccineId);
    query.addBindValue(lotNumber);
    query.addBindValue(expiry.toString(Qt::ISODate));
    query.addBindValue(quantity);
    query.addBindValue(quantity);
    Database::exec(query);
}

void SqliteSiteLedger::takeFromLot(const QString &vaccineId, const QString &lotNumber, int quantity)
{
    QSqlQuery &query = m_db->prepared(QStringLiteral(
        "UPDATE lots SET remaining = remaining - ? WHERE site_id = ? AND vaccine_id = ? AND lot_number = ?"));
    query.addBindValue(quantity);
    query.addBindValue(m_siteId);
    query.addBindValue(vaccineId);
    query.addBindValue(lotNumber);
    Database::exec(query);
}

std::optional<Booking> SqliteSiteLedger::booking(const QString &bookingId)
{
    QSqlQuery &query = m_db->prepared(
        QStringLiteral("SELECT id, code, site_id, vaccine_id, state, holder, name, birth_date, phone FROM "
                       "bookings WHERE id = ?"));
    query.addBindValue(bookingId);
    Database::exec(query);
    std::optional<Booking> found;
    if (query.next()) {
        Booking booking;
        booking.id = query.value(0).toString();
        booking.code = query.value(1).toString();
        booking.siteId = query.value(2).toString();
        booking.vaccineId = query.value(3).toString();
        booking.state = BookingState(query.value(4).toInt());
        booking.holder = query.value(5).toString();
        // Rule 5 needs the customer when an undone injection makes the booking BOOKED again.
        booking.customer.name = query.value(6).toString();
        booking.customer.birthDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        booking.customer.phone = query.value(8).toString();
        found = booking;
    }
    query.finish();
    return found;
}

bool SqliteSiteLedger::codeTaken(const QString &code)
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT 1 FROM bookings WHERE code = ?"));
    query.addBindValue(code);
    Database::exec(query);
    const bool taken = query.next();
    query.finish();
    return taken;
}

QString SqliteSiteLedger::bookedCodeFor(const QString &vaccineId, const Customer &customer)
{
    // One probe of the partial index; rule 5's "same name or same phone" is checked on the few rows.
    QSqlQuery &query = m_db->prepared(QStringLiteral(
        "SELECT code FROM bookings WHERE site_id = ? AND vaccine_id = ? AND birth_date = ? AND state = 0 "
        "AND (name = ? OR phone = ?) LIMIT 1"));
    query.addBindValue(m_siteId);
    query.addBindValue(vaccineId);
    query.addBindValue(customer.birthDate.toString(Qt::ISODate));
    query.addBindValue(customer.name);
    query.addBindValue(customer.phone);
    Database::exec(query);
    const QString code = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return code;
}

void SqliteSiteLedger::insertBooking(const Booking &booking)
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("INSERT INTO bookings (id, code, site_id, vaccine_id, "
                                                     "name, birth_date, phone, appointment, state, holder, "
                                                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(booking.id);
    query.addBindValue(booking.code);
    query.addBindValue(m_siteId);
    query.addBindValue(booking.vaccineId);
    query.addBindValue(booking.customer.name);
    query.addBindValue(booking.customer.birthDate.toString(Qt::ISODate));
    query.addBindValue(booking.customer.phone);
    query.addBindValue(booking.appointment.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    query.addBindValue(int(booking.state));
    query.addBindValue(booking.holder);
    query.addBindValue(booking.createdAt.toUTC().toString(Qt::ISODateWithMs));
    Database::exec(query);
}

void SqliteSiteLedger::setBookingState(const QString &bookingId, BookingState state)
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("UPDATE bookings SET state = ? WHERE id = ?"));
    query.addBindValue(int(state));
    query.addBindValue(bookingId);
    Database::exec(query);
}

void SqliteSiteLedger::insertInjection(const QString &bookingId, const QString &lotNumber,
                                       const QString &deviceId, const QDateTime &at, bool undoable)
{
    QSqlQuery &query =
        m_db->prepared(QStringLiteral("INSERT INTO injections (booking_id, lot_number, "
                                      "device_id, injected_at, undoable) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(bookingId);
    query.addBindValue(lotNumber);
    query.addBindValue(deviceId);
    query.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(undoable ? 1 : 0);
    Database::exec(query);
}

std::optional<InjectionRecord> SqliteSiteLedger::latestInjection(const QString &bookingId)
{
    // Ids grow in the order injections were applied, which is the order that counts here.
    QSqlQuery &query = m_db->prepared(
        QStringLiteral("SELECT id, lot_number, device_id, injected_at, undoable, undone_at IS NOT NULL FROM "
                       "injections WHERE booking_id = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(bookingId);
    Database::exec(query);
    std::optional<InjectionRecord> found;
    if (query.next()) {
        InjectionRecord record;
        record.id = query.value(0).toLongLong();
        record.bookingId = bookingId;
        record.lotNumber = query.value(1).toString();
        record.deviceId = query.value(2).toString();
        record.injectedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        record.undoable = query.value(4).toInt() != 0;
        record.undone = query.value(5).toInt() != 0;
        found = record;
    }
    query.finish();
    return found;
}

void SqliteSiteLedger::markInjectionUndone(qint64 injectionId, const QDateTime &at)
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("UPDATE injections SET undone_at = ? WHERE id = ?"));
    query.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(injectionId);
    Database::exec(query);
}

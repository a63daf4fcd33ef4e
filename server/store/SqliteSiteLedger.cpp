#include "server/store/SqliteSiteLedger.h"

#include "models/domain/IsoText.h"
#include "models/sqlite/Database.h"
#include "models/sqlite/NativeStatement.h"

// Every pushed event runs several of these: the C API (NativeStatement), as the desk's booking
// path does; through QSqlQuery they were about 40% of a push (bench/README.md, bench_sync_drain).

namespace {
Lot lotFrom(const NativeStatement &query)
{
    Lot lot;
    lot.vaccineId = query.text(0);
    lot.lotNumber = query.text(1);
    lot.expiry = QDate::fromString(query.text(2), Qt::ISODate);
    lot.received = query.integer(3);
    lot.remaining = query.integer(4);
    return lot;
}
} // namespace

std::optional<Vaccine> SqliteSiteLedger::vaccine(const QString &id)
{
    NativeStatement &query = m_db->native("SELECT id, name, manufacturer FROM vaccines WHERE id = ?");
    query.bind(1, id);
    std::optional<Vaccine> found;
    if (query.next())
        found = Vaccine{query.text(0), query.text(1), query.text(2)};
    query.reset();
    return found;
}

void SqliteSiteLedger::insertVaccine(const Vaccine &vaccine)
{
    NativeStatement &query =
        m_db->native("INSERT INTO vaccines (id, name, manufacturer, site_id) VALUES (?, ?, ?, ?)");
    query.bind(1, vaccine.id);
    query.bind(2, vaccine.name);
    query.bind(3, vaccine.manufacturer);
    query.bind(4, m_siteId);
    query.exec();
}

StockLevel SqliteSiteLedger::level(const QString &vaccineId)
{
    NativeStatement &query =
        m_db->native("SELECT on_hand, booked FROM stock_levels WHERE site_id = ? AND vaccine_id = ?");
    query.bind(1, m_siteId);
    query.bind(2, vaccineId);
    StockLevel level;
    level.vaccineId = vaccineId;
    if (query.next()) {
        level.onHand = query.integer(0);
        level.booked = query.integer(1);
    }
    query.reset();
    return level;
}

void SqliteSiteLedger::changeLevel(const QString &vaccineId, int onHandDelta, int bookedDelta)
{
    // Update first: an upsert would check its INSERT values (a negative delta) against the
    // CHECK constraints before it found the existing row.
    NativeStatement &update =
        m_db->native("UPDATE stock_levels SET on_hand = on_hand + ?, booked = booked + ? "
                     "WHERE site_id = ? AND vaccine_id = ?");
    update.bind(1, onHandDelta);
    update.bind(2, bookedDelta);
    update.bind(3, m_siteId);
    update.bind(4, vaccineId);
    update.exec();
    if (update.changes() > 0)
        return;
    NativeStatement &insert =
        m_db->native("INSERT INTO stock_levels (site_id, vaccine_id, on_hand, booked) VALUES (?, ?, ?, ?)");
    insert.bind(1, m_siteId);
    insert.bind(2, vaccineId);
    insert.bind(3, onHandDelta);
    insert.bind(4, bookedDelta);
    insert.exec();
}

QList<Lot> SqliteSiteLedger::lots(const QString &vaccineId)
{
    NativeStatement &query =
        m_db->native("SELECT vaccine_id, lot_number, expiry, received, remaining FROM lots "
                     "WHERE site_id = ? AND vaccine_id = ? ORDER BY expiry, lot_number");
    query.bind(1, m_siteId);
    query.bind(2, vaccineId);
    QList<Lot> lots;
    while (query.next())
        lots.append(lotFrom(query));
    query.reset();
    return lots;
}

std::optional<Lot> SqliteSiteLedger::lot(const QString &vaccineId, const QString &lotNumber)
{
    NativeStatement &query =
        m_db->native("SELECT vaccine_id, lot_number, expiry, received, remaining FROM lots "
                     "WHERE site_id = ? AND vaccine_id = ? AND lot_number = ?");
    query.bind(1, m_siteId);
    query.bind(2, vaccineId);
    query.bind(3, lotNumber);
    std::optional<Lot> found;
    if (query.next())
        found = lotFrom(query);
    query.reset();
    return found;
}

void SqliteSiteLedger::receive(const QString &vaccineId, const QString &lotNumber, const QDate &expiry,
                               int quantity)
{
    NativeStatement &query =
        m_db->native("INSERT INTO lots (site_id, vaccine_id, lot_number, expiry, received, remaining) VALUES "
                     "(?, ?, ?, ?, ?, "
                     "?) ON CONFLICT (site_id, vaccine_id, lot_number) DO UPDATE SET received = received + "
                     "excluded.received, remaining = remaining + excluded.remaining");
    query.bind(1, m_siteId);
    query.bind(2, vaccineId);
    query.bind(3, lotNumber);
    query.bind(4, expiry.toString(Qt::ISODate));
    query.bind(5, quantity);
    query.bind(6, quantity);
    query.exec();
}

void SqliteSiteLedger::takeFromLot(const QString &vaccineId, const QString &lotNumber, int quantity)
{
    NativeStatement &query = m_db->native(
        "UPDATE lots SET remaining = remaining - ? WHERE site_id = ? AND vaccine_id = ? AND lot_number = ?");
    query.bind(1, quantity);
    query.bind(2, m_siteId);
    query.bind(3, vaccineId);
    query.bind(4, lotNumber);
    query.exec();
}

std::optional<Booking> SqliteSiteLedger::booking(const QString &bookingId)
{
    NativeStatement &query = m_db->native("SELECT id, code, site_id, vaccine_id, state, holder, name, "
                                          "birth_date, phone FROM bookings WHERE id = ?");
    query.bind(1, bookingId);
    std::optional<Booking> found;
    if (query.next()) {
        Booking booking;
        booking.id = query.text(0);
        booking.code = query.text(1);
        booking.siteId = query.text(2);
        booking.vaccineId = query.text(3);
        booking.state = BookingState(query.integer(4));
        booking.holder = query.text(5);
        // Rule 5 needs the customer when an undone injection makes the booking BOOKED again.
        booking.customer.name = query.text(6);
        booking.customer.birthDate = QDate::fromString(query.text(7), Qt::ISODate);
        booking.customer.phone = query.text(8);
        found = booking;
    }
    query.reset();
    return found;
}

bool SqliteSiteLedger::codeTaken(const QString &code)
{
    NativeStatement &query = m_db->native("SELECT 1 FROM bookings WHERE code = ?");
    query.bind(1, code);
    const bool taken = query.next();
    query.reset();
    return taken;
}

// Two probes, not one query with `name = ? OR phone = ?`: that one walked every BOOKED row of
// the birth date, so a desk that crowded one date made every later booking of it slower (bench_server_http).
const char *SqliteSiteLedger::bookedByNameQuery()
{
    return "SELECT code FROM bookings WHERE site_id = ? AND vaccine_id = ? AND birth_date = ? AND name = ? "
           "AND state = 0 LIMIT 1";
}

const char *SqliteSiteLedger::bookedByPhoneQuery()
{
    return "SELECT code FROM bookings WHERE site_id = ? AND vaccine_id = ? AND birth_date = ? AND phone = ? "
           "AND state = 0 LIMIT 1";
}

QString SqliteSiteLedger::bookedCodeFor(const QString &vaccineId, const Customer &customer)
{
    const QString byName = firstCode(bookedByNameQuery(), vaccineId, customer.birthDate, customer.name);
    return byName.isEmpty() ? firstCode(bookedByPhoneQuery(), vaccineId, customer.birthDate, customer.phone)
                            : byName;
}

QString SqliteSiteLedger::firstCode(const char *sql, const QString &vaccineId, const QDate &birthDate,
                                    const QString &value)
{
    NativeStatement &query = m_db->native(sql);
    query.bind(1, m_siteId);
    query.bind(2, vaccineId);
    query.bind(3, IsoText::date(birthDate));
    query.bind(4, value);
    const QString code = query.next() ? query.text(0) : QString();
    query.reset();
    return code;
}

void SqliteSiteLedger::insertBooking(const Booking &booking)
{
    NativeStatement &query = m_db->native(
        "INSERT INTO bookings (id, code, site_id, vaccine_id, name, birth_date, phone, appointment, "
        "state, holder, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    query.bind(1, booking.id);
    query.bind(2, booking.code);
    query.bind(3, m_siteId);
    query.bind(4, booking.vaccineId);
    query.bind(5, booking.customer.name);
    // IsoText: the same text as QDate/QDateTime::toString without their locale machinery.
    query.bind(6, IsoText::date(booking.customer.birthDate));
    query.bind(7, booking.customer.phone);
    query.bind(8, IsoText::minute(booking.appointment));
    query.bind(9, int(booking.state));
    query.bind(10, booking.holder);
    query.bind(11, IsoText::utcMillis(booking.createdAt));
    query.exec();
}

void SqliteSiteLedger::setBookingState(const QString &bookingId, BookingState state)
{
    NativeStatement &query = m_db->native("UPDATE bookings SET state = ? WHERE id = ?");
    query.bind(1, int(state));
    query.bind(2, bookingId);
    query.exec();
}

void SqliteSiteLedger::insertInjection(const QString &bookingId, const QString &lotNumber,
                                       const QString &deviceId, const QDateTime &at, bool undoable)
{
    NativeStatement &query = m_db->native("INSERT INTO injections (booking_id, lot_number, device_id, "
                                          "injected_at, undoable) VALUES (?, ?, ?, ?, ?)");
    query.bind(1, bookingId);
    query.bind(2, lotNumber);
    query.bind(3, deviceId);
    query.bind(4, IsoText::utcMillis(at));
    query.bind(5, undoable ? 1 : 0);
    query.exec();
}

std::optional<InjectionRecord> SqliteSiteLedger::latestInjection(const QString &bookingId)
{
    // Ids grow in the order injections were applied, which is the order that counts here.
    NativeStatement &query =
        m_db->native("SELECT id, lot_number, device_id, injected_at, undoable, undone_at IS NOT NULL FROM "
                     "injections WHERE booking_id = ? ORDER BY id DESC LIMIT 1");
    query.bind(1, bookingId);
    std::optional<InjectionRecord> found;
    if (query.next()) {
        InjectionRecord record;
        record.id = query.int64(0);
        record.bookingId = bookingId;
        record.lotNumber = query.text(1);
        record.deviceId = query.text(2);
        record.injectedAt = QDateTime::fromString(query.text(3), Qt::ISODateWithMs);
        record.undoable = query.integer(4) != 0;
        record.undone = query.integer(5) != 0;
        found = record;
    }
    query.reset();
    return found;
}

void SqliteSiteLedger::markInjectionUndone(qint64 injectionId, const QDateTime &at)
{
    NativeStatement &query = m_db->native("UPDATE injections SET undone_at = ? WHERE id = ?");
    query.bind(1, at.toUTC().toString(Qt::ISODateWithMs));
    query.bind(2, injectionId);
    query.exec();
}

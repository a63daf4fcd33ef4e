#pragma once

#include "models/domain/Booking.h"
#include "models/domain/Lot.h"
#include "models/domain/StockLevel.h"
#include "models/domain/Vaccine.h"
#include "server/store/InjectionRecord.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The server-side state of one site that the rules read and the events change: the shared
// catalogue, stock counters, lots and bookings. A storage backend implements it; EventApplier
// holds the rules, so SQLite and PostgreSQL apply events identically. Every call runs inside
// the caller's write transaction and throws DatabaseError.
class SiteLedger
{
public:
    virtual ~SiteLedger() = default;

    virtual std::optional<Vaccine> vaccine(const QString &id) = 0;
    virtual void insertVaccine(const Vaccine &vaccine) = 0;

    virtual StockLevel level(const QString &vaccineId) = 0; // zeros when nothing was received
    virtual void changeLevel(const QString &vaccineId, int onHandDelta, int bookedDelta) = 0;

    virtual QList<Lot> lots(const QString &vaccineId) = 0; // earliest expiry first
    virtual std::optional<Lot> lot(const QString &vaccineId, const QString &lotNumber) = 0;
    virtual void receive(const QString &vaccineId, const QString &lotNumber, const QDate &expiry,
                         int quantity) = 0;
    virtual void takeFromLot(const QString &vaccineId, const QString &lotNumber, int quantity) = 0;

    virtual std::optional<Booking> booking(const QString &bookingId) = 0; // any site: ids are global
    virtual bool codeTaken(const QString &code) = 0;
    // Rule 5: the code of the customer's BOOKED booking for this vaccine, empty when none.
    virtual QString bookedCodeFor(const QString &vaccineId, const Customer &customer) = 0;
    virtual void insertBooking(const Booking &booking) = 0;
    virtual void setBookingState(const QString &bookingId, BookingState state) = 0;
    virtual void insertInjection(const QString &bookingId, const QString &lotNumber, const QString &deviceId,
                                 const QDateTime &at, bool undoable) = 0;
    // The booking's injection applied last, undone or not; nullopt when it has none.
    virtual std::optional<InjectionRecord> latestInjection(const QString &bookingId) = 0;
    virtual void markInjectionUndone(qint64 injectionId, const QDateTime &at) = 0;
};

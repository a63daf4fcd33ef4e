#include "HolderSkipsPaymentStore.h"

#include "models/domain/Booking.h"
#include "server/store/SqliteEscrowLedger.h"
#include "server/store/SqliteServerStore.h"
#include "server/store/SqliteSiteLedger.h"

#include <optional>

namespace {
// What the real server is about to charge the holder for its injection of a booking another
// desk cancelled: one right when it has one and the injection is no override, else one of debt.
struct Charge
{
    QString vaccineId;
    bool withRight = false;
};

std::optional<Charge> chargeFor(Database *db, const DeviceRecord &device, const Event &event)
{
    if (event.type != EventType::Injected)
        return std::nullopt;
    const QString bookingId = event.payload.value(QStringLiteral("bookingId")).toString();
    const std::optional<Booking> booking = SqliteSiteLedger(db, device.siteId).booking(bookingId);
    if (!booking || booking->holder != event.deviceId || booking->state != BookingState::Cancelled)
        return std::nullopt;
    const bool override = event.payload.value(QStringLiteral("override")).toBool();
    Charge charge{booking->vaccineId, false};
    charge.withRight =
        !override && SqliteEscrowLedger(db, device.siteId).rights(event.deviceId, booking->vaccineId) > 0;
    return charge;
}
} // namespace

QList<EventResult> HolderSkipsPaymentStore::pushEvents(const DeviceRecord &device, const QList<Event> &events,
                                                       const QDateTime &receivedAt)
{
    // One event at a time, so that the state before each is known: the same outcome as one
    // batch, as nothing else runs between them.
    Database *db = inner()->database();
    QList<EventResult> results;
    for (const Event &event : events) {
        const std::optional<Charge> charge = chargeFor(db, device, event);
        const QList<EventResult> one = inner()->pushEvents(device, {event}, receivedAt);
        results += one;
        if (!charge || one.isEmpty() || one.constFirst().status != EventStatus::Accepted)
            continue;
        WriteTransaction transaction(db);
        SqliteEscrowLedger escrow(db, device.siteId);
        if (charge->withRight)
            escrow.changeRights(event.deviceId, charge->vaccineId, +1);
        else
            escrow.changeDebt(charge->vaccineId, -1);
        transaction.commit();
    }
    return results;
}

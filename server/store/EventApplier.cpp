#include "server/store/EventApplier.h"

#include "models/domain/BookingCode.h"
#include "models/domain/Event.h"
#include "models/domain/Rules.h"
#include "models/domain/Validation.h"
#include "server/store/SiteLedger.h"
#include "server/store/SuretyReleasedEntry.h"
#include "sync/protocol/JsonReader.h"

#include <QHash>
#include <QJsonArray>

#include <limits>

namespace {
constexpr int kIntMin = std::numeric_limits<int>::min();
constexpr int kIntMax = std::numeric_limits<int>::max();

Verdict fromRefusal(const Refusal &refusal)
{
    if (!refusal.isRefused())
        return {};
    return {Refusal::codeName(refusal.code), refusal.message};
}

Verdict invalidPayload(const JsonReader &reader)
{
    return {QStringLiteral("invalid_payload"), reader.error()};
}

// The server checks counts, not this site's escrow: rights come with their own slice.
StockLevel withoutRights(StockLevel level)
{
    level.rights = kIntMax;
    return level;
}
} // namespace

Verdict EventApplier::apply(const Event &event)
{
    // A desk's id in the server's namespace could take a release's id before the server does.
    if (SuretyReleasedEntry::isReservedId(event.id))
        return {QStringLiteral("reserved_id"),
                tr("The event id %1 is reserved for the server's own entries; a desk makes random "
                   "(version 4) UUIDs.")
                    .arg(event.id)};
    switch (event.type) {
    case EventType::VaccineRegistered:
        return registerVaccine(event);
    case EventType::StockReceived:
        return receive(event);
    case EventType::StockWrittenOff:
        return writeOff(event);
    case EventType::Booked:
        return book(event);
    case EventType::BookingCancelled:
        return cancel(event);
    case EventType::Injected:
        return inject(event);
    case EventType::InjectionUndone:
        return undoInjection(event);
    case EventType::SuretyReleased:
        // The server makes these itself; a desk sending one must not move the accounts twice.
        return {QStringLiteral("server_entry"),
                tr("Only the server makes %1 entries.").arg(eventTypeName(event.type))};
    default:
        break;
    }
    return {QStringLiteral("unknown_type"), tr("Unknown event type.")};
}

Verdict EventApplier::registerVaccine(const Event &event)
{
    JsonReader reader(event.payload, QStringLiteral("payload"));
    const Vaccine vaccine{reader.nonEmptyString(QStringLiteral("vaccineId")),
                          reader.string(QStringLiteral("name")).trimmed(),
                          reader.string(QStringLiteral("manufacturer")).trimmed()};
    if (!reader.ok())
        return invalidPayload(reader);
    if (const Verdict v = fromRefusal(Rules::checkVaccine(vaccine.name, vaccine.manufacturer));
        !v.isAccepted())
        return v;
    if (m_ledger->vaccine(vaccine.id))
        return {QStringLiteral("duplicate_vaccine"),
                tr("A vaccine with the id %1 exists already.").arg(vaccine.id)};
    m_ledger->insertVaccine(vaccine);
    return {};
}

Verdict EventApplier::receive(const Event &event)
{
    JsonReader reader(event.payload, QStringLiteral("payload"));
    const QString vaccineId = reader.nonEmptyString(QStringLiteral("vaccineId"));
    const QString lotNumber = reader.string(QStringLiteral("lotNumber")).trimmed();
    const QDate expiry = Validation::parseDate(reader.string(QStringLiteral("expiry")));
    const int quantity = int(reader.integer(QStringLiteral("quantity"), kIntMin, kIntMax));
    if (!reader.ok())
        return invalidPayload(reader);
    if (!m_ledger->vaccine(vaccineId))
        return fromRefusal(Refusal::make(RefusalCode::UnknownVaccine, vaccineId));
    if (const Verdict v = fromRefusal(Rules::checkReceive(lotNumber, expiry, quantity, event.at.date()));
        !v.isAccepted())
        return v;
    if (const auto existing = m_ledger->lot(vaccineId, lotNumber); existing && existing->expiry != expiry)
        return fromRefusal(Refusal::make(RefusalCode::DuplicateLot, lotNumber));
    if (const Verdict v = fromRefusal(Rules::checkStockRoom(m_ledger->level(vaccineId), quantity));
        !v.isAccepted())
        return v;
    m_ledger->receive(vaccineId, lotNumber, expiry, quantity);
    m_ledger->changeLevel(vaccineId, quantity, 0);
    m_escrow.credit(event.deviceId, vaccineId, quantity); // SPEC 3.1: the receiving desk
    return {};
}

Verdict EventApplier::writeOff(const Event &event)
{
    JsonReader reader(event.payload, QStringLiteral("payload"));
    const QString vaccineId = reader.nonEmptyString(QStringLiteral("vaccineId"));
    const int quantity = int(reader.integer(QStringLiteral("quantity"), kIntMin, kIntMax));
    const QString reason = reader.string(QStringLiteral("reason"));
    const QJsonArray named =
        reader.has(QStringLiteral("lots")) ? reader.array(QStringLiteral("lots")) : QJsonArray();
    if (!reader.ok())
        return invalidPayload(reader);
    if (!m_ledger->vaccine(vaccineId))
        return fromRefusal(Refusal::make(RefusalCode::UnknownVaccine, vaccineId));
    const StockLevel level = withoutRights(m_ledger->level(vaccineId));
    if (const Verdict v = fromRefusal(Rules::checkWriteOff(level, quantity, reason)); !v.isAccepted())
        return v;
    // The doses the desk says it took, as far as this site's lots still hold them; the rest
    // from the earliest expiry, as the desk does. available >= quantity guarantees enough.
    // The names are matched against the site's lots in memory, read once: a lookup per name
    // let one batch naming 100 000 lots hold the server's thread for most of a second.
    int left = quantity;
    if (!named.isEmpty()) {
        QHash<QString, int> remaining;
        for (const Lot &lot : m_ledger->lots(vaccineId))
            remaining.insert(lot.lotNumber, lot.remaining);
        for (const QJsonValue &value : named) {
            if (left <= 0)
                break;
            const QJsonObject taken = value.toObject();
            const QString lotNumber = taken.value(QStringLiteral("lotNumber")).toString();
            const auto lot = remaining.find(lotNumber);
            const int take =
                lot == remaining.end()
                    ? 0
                    : std::min({left, lot.value(), taken.value(QStringLiteral("quantity")).toInt()});
            if (take > 0) {
                m_ledger->takeFromLot(vaccineId, lotNumber, take);
                lot.value() -= take;
                left -= take;
            }
        }
    }
    for (const Lot &lot : left > 0 ? m_ledger->lots(vaccineId) : QList<Lot>()) {
        const int take = std::min(left, lot.remaining);
        if (take > 0) {
            m_ledger->takeFromLot(vaccineId, lot.lotNumber, take);
            left -= take;
        }
    }
    m_ledger->changeLevel(vaccineId, -quantity, 0);
    m_escrow.pay(event.deviceId, vaccineId, quantity);
    return {};
}

Verdict EventApplier::book(const Event &event)
{
    JsonReader reader(event.payload, QStringLiteral("payload"));
    Booking booking;
    booking.id = reader.nonEmptyString(QStringLiteral("bookingId"));
    const QString code = reader.nonEmptyString(QStringLiteral("code"));
    booking.vaccineId = reader.nonEmptyString(QStringLiteral("vaccineId"));
    booking.customer.name = reader.string(QStringLiteral("name")).trimmed();
    booking.customer.birthDate = Validation::parseDate(reader.string(QStringLiteral("birthDate")));
    const QString phone = reader.string(QStringLiteral("phone"));
    booking.appointment = Validation::parseAppointment(reader.string(QStringLiteral("appointment")));
    booking.holder = reader.nonEmptyString(QStringLiteral("holder"));
    booking.code = BookingCode::normalise(code);
    if (reader.ok() && booking.code.isEmpty())
        reader.fail(tr("payload.code is not a booking code"));
    if (!reader.ok())
        return invalidPayload(reader);
    booking.customer.phone = Validation::normalisePhone(phone);
    if (booking.customer.phone.isEmpty())
        booking.customer.phone = phone; // keeps what was typed for the refusal's message
    booking.siteId = m_siteId;
    booking.createdAt = event.at;

    // SPEC 3.1: the holder is the desk that made the booking, and only it says so.
    if (booking.holder != event.deviceId)
        return {QStringLiteral("wrong_holder"), tr("A booking's holder must be the device that made it.")};
    if (!m_ledger->vaccine(booking.vaccineId))
        return fromRefusal(Refusal::make(RefusalCode::UnknownVaccine, booking.vaccineId));
    if (m_ledger->booking(booking.id))
        return {QStringLiteral("duplicate_booking"),
                tr("A booking with the id %1 exists already.").arg(booking.id)};
    if (m_ledger->codeTaken(booking.code))
        return {QStringLiteral("code_taken"),
                tr("The booking code %1 is taken; make the booking again.").arg(booking.code)};
    const StockLevel level = withoutRights(m_ledger->level(booking.vaccineId));
    const QString existing = booking.customer.birthDate.isValid() && !booking.customer.name.isEmpty()
                                 ? m_ledger->bookedCodeFor(booking.vaccineId, booking.customer)
                                 : QString();
    if (const Verdict v = fromRefusal(
            Rules::checkBooking(level, booking.customer, booking.appointment, event.at, existing));
        !v.isAccepted())
        return v;
    m_ledger->insertBooking(booking);
    m_ledger->changeLevel(booking.vaccineId, 0, +1);
    m_escrow.pay(event.deviceId, booking.vaccineId, 1);
    return {};
}

Verdict EventApplier::cancel(const Event &event)
{
    JsonReader reader(event.payload, QStringLiteral("payload"));
    const QString bookingId = reader.nonEmptyString(QStringLiteral("bookingId"));
    if (!reader.ok())
        return invalidPayload(reader);
    const auto booking = m_ledger->booking(bookingId);
    if (!booking || booking->siteId != m_siteId)
        return fromRefusal(Refusal::make(RefusalCode::UnknownBooking, bookingId));
    // Merge order: only BOOKED -> CANCELLED changes anything; a later cancel is a no-op,
    // accepted so that it still reaches the feed (SPEC 3.1: the feed carries no-ops too).
    if (booking->state == BookingState::Booked) {
        m_ledger->setBookingState(bookingId, BookingState::Cancelled);
        m_ledger->changeLevel(booking->vaccineId, 0, -1);
        m_escrow.credit(booking->holder, booking->vaccineId, 1); // the holder, once
    } else if (booking->state == BookingState::Injected && event.deviceId == booking->holder) {
        // The holder cancelled before it saw another desk's injection and credited itself:
        // that injection's surety pays for the credit.
        if (m_escrow.spendSurety(bookingId, event.at))
            m_escrow.credit(booking->holder, booking->vaccineId, 1);
    }
    return {};
}

Verdict EventApplier::inject(const Event &event)
{
    JsonReader reader(event.payload, QStringLiteral("payload"));
    const QString bookingId = reader.nonEmptyString(QStringLiteral("bookingId"));
    const QString lotNumber = reader.nonEmptyString(QStringLiteral("lotNumber"));
    // SPEC 3.1: the desk had no right to pay with and recorded the injection anyway. Optional,
    // as events from before overrides were counted do not carry it.
    const bool override =
        reader.has(QStringLiteral("override")) && reader.boolean(QStringLiteral("override"));
    if (!reader.ok())
        return invalidPayload(reader);
    const auto booking = m_ledger->booking(bookingId);
    if (!booking || booking->siteId != m_siteId)
        return fromRefusal(Refusal::make(RefusalCode::UnknownBooking, bookingId));
    const auto lot = m_ledger->lot(booking->vaccineId, lotNumber);
    if (!lot)
        return fromRefusal(Refusal::make(RefusalCode::UnknownLot, lotNumber));
    if (const Verdict v = fromRefusal(Rules::checkLotForInjection(*lot, event.at.date())); !v.isAccepted())
        return v;
    // An injection is a fact: one dose used whatever the booking's state; the state only
    // moves up the merge order. A booked dose also leaves the booked count.
    const bool wasBooked = booking->state == BookingState::Booked;
    if (booking->state != BookingState::Injected)
        m_ledger->setBookingState(bookingId, BookingState::Injected);
    m_ledger->takeFromLot(booking->vaccineId, lotNumber, 1);
    m_ledger->changeLevel(booking->vaccineId, -1, wasBooked ? -1 : 0);
    // Only this case moves no right (payForInjection), so only it can be undone without moving
    // any. An override is counted in `overrides`, which an undo would leave one too high.
    const bool undoable = wasBooked && event.deviceId == booking->holder && !override;
    m_ledger->insertInjection(bookingId, lotNumber, event.deviceId, event.at, undoable);
    if (override)
        m_escrow.countOverride(booking->vaccineId);
    payForInjection(event, *booking, override);
    return {};
}

Verdict EventApplier::undoInjection(const Event &event)
{
    JsonReader reader(event.payload, QStringLiteral("payload"));
    const QString bookingId = reader.nonEmptyString(QStringLiteral("bookingId"));
    const QString code = reader.nonEmptyString(QStringLiteral("code"));
    const QString vaccineId = reader.nonEmptyString(QStringLiteral("vaccineId"));
    const QString lotNumber = reader.nonEmptyString(QStringLiteral("lotNumber"));
    const QString holder = reader.nonEmptyString(QStringLiteral("holder"));
    if (!reader.ok())
        return invalidPayload(reader);
    const auto booking = m_ledger->booking(bookingId);
    if (!booking || booking->siteId != m_siteId)
        return fromRefusal(Refusal::make(RefusalCode::UnknownBooking, bookingId));
    if (booking->code != BookingCode::normalise(code) || booking->vaccineId != vaccineId ||
        booking->holder != holder)
        return {QStringLiteral("undo_mismatch"),
                tr("The undo names another code, vaccine or holder than booking %1 has.").arg(booking->code)};
    if (booking->state != BookingState::Injected)
        return {QStringLiteral("not_injected"),
                tr("Booking %1 has no injection to undo.").arg(booking->code)};
    const auto injection = m_ledger->latestInjection(bookingId);
    // The latest injection only: an earlier one was overtaken by it, and undoing it would leave
    // the booking INJECTED by a dose the counts no longer show.
    if (!injection || injection->undone || injection->deviceId != event.deviceId || !injection->undoable)
        return {QStringLiteral("undo_not_allowed"),
                tr("Only the latest injection of booking %1, made by this desk for its own booking, "
                   "can be undone.")
                    .arg(booking->code)};
    if (injection->lotNumber != lotNumber)
        return {QStringLiteral("undo_mismatch"),
                tr("The injection of booking %1 took its dose from lot %2, not from lot %3.")
                    .arg(booking->code, injection->lotNumber, lotNumber)};
    // "The same day" in the clinic's time zone, which is the server's (as for appointments).
    const QDate injectedOn = injection->injectedAt.toLocalTime().date();
    if (injectedOn != event.at.toLocalTime().date())
        return {QStringLiteral("undo_too_late"),
                tr("The injection was recorded on %1; only an injection made the same day can be undone.")
                    .arg(injectedOn.toString(Qt::ISODate))};
    // Rule 5: BOOKED again must not give the customer a second BOOKED booking for this vaccine.
    if (const QString existing = m_ledger->bookedCodeFor(vaccineId, booking->customer); !existing.isEmpty())
        return fromRefusal(Refusal::make(RefusalCode::AlreadyBooked, existing));
    // The exact inverse of a free injection: stock +1 and booked +1 leave `available`, and so
    // every right, as they were.
    m_ledger->takeFromLot(vaccineId, lotNumber, -1);
    m_ledger->changeLevel(vaccineId, +1, +1);
    m_ledger->setBookingState(bookingId, BookingState::Booked);
    m_ledger->markInjectionUndone(injection->id, event.at);
    return {};
}

void EventApplier::payForInjection(const Event &event, const Booking &booking, bool override)
{
    // SPEC 3.1, by who injects and what the server found. Each case keeps the audit equation:
    // a BOOKED dose leaves `available` as it was, any other injection lowers it by one. What an
    // override has to pay for is debt (EscrowRules::pay).
    if (event.deviceId == booking.holder) {
        if (booking.state == BookingState::Booked)
            return; // free
        // Cancelled by another desk: the holder pays back the credit it never used. Injected by
        // another desk: that injection's surety pays for the extra dose, else the holder does.
        if (booking.state == BookingState::Cancelled || !m_escrow.spendSurety(booking.id, event.at))
            m_escrow.pay(event.deviceId, booking.vaccineId, 1, override);
        return;
    }
    if (booking.state == BookingState::Booked)
        m_escrow.holdSurety(booking.id, booking.vaccineId, event.deviceId, booking.holder, event.id,
                            override);
    else
        m_escrow.pay(event.deviceId, booking.vaccineId, 1, override); // the surety pays for the extra dose
}

void EventApplier::recorded(const Event &event)
{
    m_escrow.holderReported(event.deviceId, event.feedCursor, event.at);
    // A surety held for a revoked holder goes back now that its injection is in the feed, so
    // the release comes after it.
    if (event.type == EventType::Injected)
        m_escrow.releaseIfHolderRevoked(event.payload.value(QStringLiteral("bookingId")).toString(),
                                        event.at);
}

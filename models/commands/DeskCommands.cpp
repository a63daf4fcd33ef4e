#include "models/commands/DeskCommands.h"

#include "models/domain/BookingCode.h"
#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/IsoText.h"
#include "models/domain/JsonText.h"
#include "models/domain/Rules.h"
#include "models/domain/TimeOrderedUuid.h"
#include "models/domain/Validation.h"
#include "models/store/AuditStore.h"
#include "models/store/FeedStore.h"
#include "models/store/LocalStore.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <type_traits>

Q_LOGGING_CATEGORY(lcCommands, "anticorona.commands")

namespace {
// A refusal found in the middle of a command: unwinds to run(), which rolls back.
struct Refused
{
    Refusal refusal;
};

void require(const Refusal &refusal)
{
    if (refusal.isRefused())
        throw Refused{refusal};
}

QString newId()
{
    return TimeOrderedUuid::createText();
}
} // namespace

void DeskCommands::requireUndoAnswered(const Booking &booking) const
{
    // An undo makes the booking BOOKED here at once, but the server may still refuse it (rule 5, a
    // later injection elsewhere) and keep the injection. A cancel would credit a right, and an
    // injection would be free at the holder, on a BOOKED the server may never have had; a refused
    // undo could then take back neither the credit (spent by then) nor the dose (booked by then),
    // and its refusal would not apply. So the booking waits for the server's answer.
    if (m_store->outbox()->undoAwaitsServer(booking.id))
        throw Refused{Refusal::make(RefusalCode::UndoPending, booking.code)};
}

DeskCommands::DeskCommands(LocalStore *store, const Clock *clock, const Actor &actor, OutboxStore *outbox)
    : m_store(store)
    , m_clock(clock)
    , m_outbox(outbox)
    , m_actor(actor)
{}

QString DeskCommands::nowText() const
{
    return IsoText::utcMillis(m_clock->now());
}

// Runs `body` in one write transaction. The body changes state, fills in the event
// that records it and names the subject for the audit (and, if it takes a third argument, what the
// audit row says: a body that writes its payload as text has the words at hand); the event and the
// audit line go in before the commit, so all of it lands or none does.
template<typename Body> CommandResult DeskCommands::run(Role needed, Body body)
{
    if (const Refusal refusal = Rules::checkPermission(m_actor, needed); refusal.isRefused())
        return CommandResult::refused(refusal);
    try {
        WriteTransaction transaction(m_store->database());
        Event event;
        event.id = newId();
        event.deviceId = m_store->identity().deviceId;
        event.siteId = m_store->identity().siteId;
        event.at = m_clock->now().toUTC(); // converted once: the outbox, audit and booking store it as UTC
        QString subject;
        AuditStore::Said said;
        QString value;
        if constexpr (std::is_invocable_v<Body, Event &, QString &, AuditStore::Said &>)
            value = body(event, subject, said);
        else
            value = body(event, subject);
        (m_outbox ? m_outbox : m_store->outbox())->append(event);
        if (event.payloadText.isEmpty())
            said = AuditStore::Said::of(event.payload);
        m_store->audit()->append(m_actor, eventTypeName(event.type), subject, event.at, event.sequence, said);
        transaction.commit();
        return CommandResult::done(value, event.sequence);
    } catch (const Refused &refused) {
        return CommandResult::refused(refused.refusal);
    } catch (const DatabaseError &error) {
        qCWarning(lcCommands) << "command failed:" << error.message();
        return CommandResult::failed(error.message());
    }
}

CommandResult DeskCommands::registerVaccine(const QString &name, const QString &manufacturer)
{
    return run(Role::VaccineManager, [&](Event &event, QString &subject) {
        require(Rules::checkVaccine(name, manufacturer));
        const Vaccine vaccine{newId(), name.trimmed(), manufacturer.trimmed()};
        m_store->stock()->insertVaccine(vaccine, nowText());
        event.type = EventType::VaccineRegistered;
        event.payload = {{QStringLiteral("vaccineId"), vaccine.id},
                         {QStringLiteral("name"), vaccine.name},
                         {QStringLiteral("manufacturer"), vaccine.manufacturer}};
        subject = vaccine.name;
        return vaccine.id;
    });
}

CommandResult DeskCommands::receiveStock(const QString &vaccineId, const QString &lotNumber,
                                         const QDate &expiry, int quantity)
{
    return run(Role::VaccineManager, [&](Event &event, QString &subject) {
        StockStore *stock = m_store->stock();
        if (!stock->vaccine(vaccineId))
            throw Refused{Refusal::make(RefusalCode::UnknownVaccine, vaccineId)};
        const QString number = lotNumber.trimmed();
        require(Rules::checkReceive(number, expiry, quantity, m_clock->now().date()));
        if (const auto level = stock->level(vaccineId))
            require(Rules::checkStockRoom(*level, quantity));
        if (const auto existing = stock->lot(vaccineId, number); existing && existing->expiry != expiry)
            throw Refused{Refusal::make(RefusalCode::DuplicateLot, number)};
        stock->receive(vaccineId, number, expiry, quantity, nowText());
        stock->changeLevel(vaccineId, quantity, 0);
        stock->changeRights(vaccineId, quantity); // SPEC 3.1: the receiving desk is credited n
        // An injection read from the feed when this desk held no dose used one on the server:
        // this receipt gives it, as the server's stock has it.
        FeedStore(m_store).payOwedDoses(vaccineId, quantity);
        event.type = EventType::StockReceived;
        event.payload = {{QStringLiteral("vaccineId"), vaccineId},
                         {QStringLiteral("lotNumber"), number},
                         {QStringLiteral("expiry"), IsoText::date(expiry)},
                         {QStringLiteral("quantity"), quantity}};
        subject = number;
        return number;
    });
}

CommandResult DeskCommands::writeOff(const QString &vaccineId, int quantity, const QString &reason,
                                     const QString &lotNumber)
{
    return run(Role::VaccineManager, [&](Event &event, QString &subject) {
        StockStore *stock = m_store->stock();
        const auto level = stock->level(vaccineId);
        if (!level)
            throw Refused{Refusal::make(RefusalCode::UnknownVaccine, vaccineId)};
        require(Rules::checkWriteOff(*level, quantity, reason));
        QList<Lot> lots;
        if (lotNumber.isEmpty()) {
            // Expired and soonest-expiring doses go first: they are the ones being wasted.
            lots = stock->lots(vaccineId);
        } else {
            const auto named = stock->lot(vaccineId, lotNumber);
            if (!named)
                throw Refused{Refusal::make(RefusalCode::UnknownLot, lotNumber)};
            require(Rules::checkWriteOffFromLot(*named, quantity));
            lots.append(*named);
        }
        QJsonArray taken;
        int left = quantity;
        for (const Lot &lot : lots) {
            const int take = std::min(left, lot.remaining);
            if (take <= 0)
                continue;
            stock->takeFromLot(lot.id, take);
            taken.append(QJsonObject{{QStringLiteral("lotNumber"), lot.lotNumber},
                                     {QStringLiteral("quantity"), take}});
            left -= take;
        }
        if (left > 0)
            throw DatabaseError(QStringLiteral("lots hold fewer doses than the stock counter"));
        stock->insertWriteOff(vaccineId, quantity, reason.trimmed(), nowText());
        stock->changeLevel(vaccineId, -quantity, 0);
        stock->changeRights(vaccineId, -quantity);
        event.type = EventType::StockWrittenOff;
        event.payload = {{QStringLiteral("vaccineId"), vaccineId},
                         {QStringLiteral("quantity"), quantity},
                         {QStringLiteral("reason"), reason.trimmed()},
                         {QStringLiteral("lots"), taken}};
        subject = lotNumber.isEmpty() ? level->vaccineName
                                      : QStringLiteral("%1 %2").arg(level->vaccineName, lotNumber);
        return QString::number(quantity);
    });
}

Customer DeskCommands::bookedCustomer(const Customer &typed)
{
    Customer customer{typed.name.trimmed(), typed.birthDate, Validation::normalisePhone(typed.phone)};
    if (customer.phone.isEmpty())
        customer.phone = typed.phone; // keeps what was typed for the refusal's message
    return customer;
}

Refusal DeskCommands::bookingRefusal(const QString &vaccineId, const Customer &customer,
                                     const QDateTime &appointment) const
{
    const auto level = m_store->stock()->level(vaccineId);
    if (!level)
        return Refusal::make(RefusalCode::UnknownVaccine, vaccineId);
    const QString existing = customer.birthDate.isValid() && !customer.name.isEmpty()
                                 ? m_store->bookings()->bookedCodeFor(vaccineId, customer)
                                 : QString();
    return Rules::checkBooking(*level, customer, appointment, m_clock->now(), existing);
}

Refusal DeskCommands::checkBooking(const QString &vaccineId, const Customer &customer,
                                   const QDateTime &appointment) const
{
    return bookingRefusal(vaccineId, bookedCustomer(customer), appointment);
}

CommandResult DeskCommands::book(const QString &vaccineId, const Customer &typed,
                                 const QDateTime &appointment)
{
    return run(Role::Reception, [&](Event &event, QString &subject, AuditStore::Said &said) {
        const Customer customer = bookedCustomer(typed);
        require(bookingRefusal(vaccineId, customer, appointment));

        Booking booking;
        booking.id = newId();
        booking.siteId = m_store->identity().siteId;
        booking.vaccineId = vaccineId;
        booking.customer = customer;
        booking.appointment = appointment;
        booking.holder = m_store->identity().deviceId;
        booking.createdAt = event.at;
        m_store->bookings()->insert(booking);
        m_store->stock()->changeLevel(vaccineId, 0, +1);
        m_store->stock()->changeRights(vaccineId, -1); // SPEC 3.1: the desk pays 1 right
        event.type = EventType::Booked;
        event.payloadText = JsonText::object({{QLatin1String("bookingId"), booking.id},
                                              {QLatin1String("code"), booking.code},
                                              {QLatin1String("vaccineId"), vaccineId},
                                              {QLatin1String("name"), customer.name},
                                              {QLatin1String("birthDate"), IsoText::date(customer.birthDate)},
                                              {QLatin1String("phone"), customer.phone},
                                              {QLatin1String("appointment"), IsoText::minute(appointment)},
                                              {QLatin1String("holder"), booking.holder}});
        subject = booking.code;
        said = AuditStore::Said::of(customer.name, booking.code, vaccineId, booking.id);
        return booking.code;
    });
}

CommandResult DeskCommands::cancel(const QString &typedCode)
{
    return run(Role::Reception, [&](Event &event, QString &subject) {
        const QString code = BookingCode::normalise(typedCode);
        const auto booking = code.isEmpty() ? std::nullopt : m_store->bookings()->byCode(code);
        if (!booking)
            throw Refused{Refusal::make(RefusalCode::UnknownBooking, typedCode.trimmed())};
        require(Rules::checkCancel(booking->state));
        requireUndoAnswered(*booking);
        m_store->bookings()->setState(booking->id, BookingState::Cancelled);
        m_store->stock()->changeLevel(booking->vaccineId, 0, -1);
        // SPEC 3.1: the holder is credited once, when its own view goes BOOKED -> CANCELLED.
        // A booking held by another desk credits that desk when it applies this event.
        if (booking->holder == m_store->identity().deviceId)
            m_store->stock()->changeRights(booking->vaccineId, +1);
        event.type = EventType::BookingCancelled;
        event.payload = {{QStringLiteral("bookingId"), booking->id},
                         {QStringLiteral("code"), booking->code},
                         {QStringLiteral("vaccineId"), booking->vaccineId},
                         {QStringLiteral("holder"), booking->holder}};
        subject = booking->code;
        return booking->code;
    });
}

CommandResult DeskCommands::inject(const QString &typedCode, const QString &lotNumber)
{
    return run(Role::InjectionStaff, [&](Event &event, QString &subject) {
        const QString code = BookingCode::normalise(typedCode);
        const auto booking = code.isEmpty() ? std::nullopt : m_store->bookings()->byCode(code);
        if (!booking)
            throw Refused{Refusal::make(RefusalCode::UnknownBooking, typedCode.trimmed())};
        require(Rules::checkInject(booking->state));
        requireUndoAnswered(*booking);

        StockStore *stock = m_store->stock();
        const QDate today = m_clock->now().date();
        Lot lot;
        if (lotNumber.trimmed().isEmpty()) {
            const QList<Lot> lots = stock->lots(booking->vaccineId);
            const int index = Rules::defaultLotIndex(lots, today);
            if (index < 0)
                throw Refused{Refusal::make(RefusalCode::NoUsableLot)};
            lot = lots.at(index);
        } else {
            const auto picked = stock->lot(booking->vaccineId, lotNumber.trimmed());
            if (!picked)
                throw Refused{Refusal::make(RefusalCode::UnknownLot, lotNumber.trimmed())};
            lot = *picked;
            require(Rules::checkLotForInjection(lot, today));
        }

        // SPEC 3.1: free at the holder; another desk pays one right as surety, or
        // records an override when it has none (an injection is a fact).
        const bool surety = booking->holder != m_store->identity().deviceId;
        bool override = false;
        if (surety) {
            const auto level = stock->level(booking->vaccineId);
            override = !level || level->rights < 1;
            if (!override)
                stock->changeRights(booking->vaccineId, -1);
        }
        m_store->bookings()->setState(booking->id, BookingState::Injected);
        m_store->injections()->insert(booking->id, lot.id, nowText(), surety, override);
        stock->takeFromLot(lot.id, 1);
        // Counted as the server counts it: the dose may turn out to be an extra one there (another
        // desk injected or cancelled first), which lowers stock without lowering booked.
        stock->changeLevel(booking->vaccineId, -1, -1, override ? 1 : 0);
        event.type = EventType::Injected;
        event.payload = {{QStringLiteral("bookingId"), booking->id},
                         {QStringLiteral("code"), booking->code},
                         {QStringLiteral("vaccineId"), booking->vaccineId},
                         {QStringLiteral("lotNumber"), lot.lotNumber},
                         {QStringLiteral("holder"), booking->holder},
                         {QStringLiteral("surety"), surety},
                         {QStringLiteral("override"), override}};
        subject = booking->code;
        return lot.lotNumber;
    });
}

CommandResult DeskCommands::undoInjection(const QString &typedCode)
{
    return run(Role::InjectionStaff, [&](Event &event, QString &subject) {
        const QString code = BookingCode::normalise(typedCode);
        const auto booking = code.isEmpty() ? std::nullopt : m_store->bookings()->byCode(code);
        if (!booking)
            throw Refused{Refusal::make(RefusalCode::UnknownBooking, typedCode.trimmed())};
        const auto injection = m_store->injections()->latestActive(booking->id);
        require(Rules::checkUndoInjection(
            booking->code, booking->state, injection ? injection->injectedAt : QDateTime(),
            // Another desk's injection (from the feed) is not this desk's to undo: the server only
            // takes back the latest injection, made by the desk that sends the undo.
            injection && (injection->surety || injection->override || !injection->deviceId.isEmpty()),
            m_clock->now().date()));

        // The injection was free at the holder (SPEC 3.1), so taking it back moves no right:
        // stock and booked both rise by one and `available` is unchanged.
        StockStore *stock = m_store->stock();
        stock->putDoseBack(booking->vaccineId, injection->lotId);
        stock->changeLevel(booking->vaccineId, +1, +1);
        m_store->bookings()->setState(booking->id, BookingState::Booked);
        m_store->injections()->markUndone(injection->id, nowText());
        event.type = EventType::InjectionUndone;
        event.payload = {{QStringLiteral("bookingId"), booking->id},
                         {QStringLiteral("code"), booking->code},
                         {QStringLiteral("vaccineId"), booking->vaccineId},
                         {QStringLiteral("lotNumber"), injection->lotNumber},
                         {QStringLiteral("holder"), booking->holder}};
        if (const QString injectedEventId = m_store->injections()->injectedEventId(booking->id);
            !injectedEventId.isEmpty())
            event.payload.insert(QStringLiteral("injectedEventId"), injectedEventId);
        subject = booking->code;
        return injection->lotNumber;
    });
}

CommandResult DeskCommands::resolveConflict(qint64 conflictId, ConflictStore::Resolution resolution,
                                            const QString &reason)
{
    const QString choice =
        resolution == ConflictStore::Resolution::KeepOurs ? QStringLiteral("ours") : QStringLiteral("theirs");
    try {
        WriteTransaction transaction(m_store->database());
        ConflictStore conflicts(m_store->database());
        const std::optional<ConflictStore::Row> conflict = conflicts.byId(conflictId);
        const QDateTime at = m_clock->now().toUTC();
        if (!conflict || !conflict->open ||
            !conflicts.resolve(conflictId, resolution, reason, IsoText::utcMillis(at)))
            return CommandResult::refused(
                Refusal::make(RefusalCode::UnknownConflict, QString::number(conflictId)));
        // Stable words and codes, as the other audit subjects: the audit outlives the language.
        const QString subject = QStringLiteral("conflict %1 (%2, %3): %4; %5")
                                    .arg(QString::number(conflictId), conflict->eventType, conflict->reason,
                                         choice, reason.trimmed());
        m_store->audit()->append(m_actor, QStringLiteral("conflict-resolved"), subject, at);
        transaction.commit();
        return CommandResult::done(choice, 0);
    } catch (const DatabaseError &error) {
        qCWarning(lcCommands) << "resolving a conflict failed:" << error.message();
        return CommandResult::failed(error.message());
    }
}

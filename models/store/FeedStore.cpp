#include "models/store/FeedStore.h"

#include "models/domain/DatabaseError.h"
#include "models/domain/IsoText.h"
#include "models/domain/Validation.h"
#include "models/sqlite/Database.h"
#include "models/sqlite/NativeStatement.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"

#include <QJsonArray>

#include <algorithm>

namespace {
QString text(const Event &event, const char *key)
{
    return event.payload.value(QLatin1String(key)).toString();
}

int number(const Event &event, const char *key)
{
    return event.payload.value(QLatin1String(key)).toInt();
}

int isBooked(BookingState state)
{
    return state == BookingState::Booked ? 1 : 0;
}
} // namespace

FeedStore::Outcome FeedStore::apply(qint64 serverSequence, const Event &event, const QString &at)
{
    // A pulled feed runs all of this for every entry: the C API (NativeStatement), and the
    // cursor read once (bench/README.md, bench_sync_drain).
    Database *db = m_store->database();
    if (!m_cursor)
        m_cursor = DeskStore(db).feedCursor();
    if (serverSequence <= *m_cursor)
        return Outcome::Seen;
    NativeStatement &seen = db->native("SELECT 1 FROM feed_entries WHERE server_sequence = ?");
    seen.bind(1, serverSequence);
    const bool applied = seen.next();
    seen.reset();
    if (applied)
        return Outcome::Seen;
    // By id, not by device: events made before enrolment carry the desk's standalone device id.
    if (m_store->outbox()->contains(event.id)) {
        if (event.type == EventType::InjectionUndone) // an answer lost: undoneAfterInjectedBefore()
            m_store->outbox()->noteServerSequence(event.id, serverSequence);
        return Outcome::Own;
    }

    m_entrySequence = serverSequence;
    const Delta delta = applyEntry(event, at);
    if (delta.unchanged) // verify counts one Booked row per booking: a second would be a phantom
        return Outcome::Seen;
    NativeStatement &insert =
        db->native("INSERT INTO feed_entries (server_sequence, event_id, type, device_id, vaccine_id, "
                   "booking_id, on_hand_delta, booked_delta) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QString vaccineId = text(event, "vaccineId");
    const QString bookingId = text(event, "bookingId");
    insert.bind(1, serverSequence);
    insert.bind(2, event.id);
    insert.bind(3, eventTypeName(event.type));
    insert.bind(4, event.deviceId);
    // An empty id is no id: NULL, which a null QString binds.
    insert.bind(5, vaccineId.isEmpty() ? QString() : vaccineId);
    insert.bind(6, bookingId.isEmpty() ? QString() : bookingId);
    insert.bind(7, delta.onHand);
    insert.bind(8, delta.booked);
    insert.exec();
    return Outcome::Applied;
}

void FeedStore::moveCursor(qint64 next)
{
    DeskStore(m_store->database()).setFeedCursor(next);
    m_cursor = next;
}

FeedStore::Delta FeedStore::applyEntry(const Event &event, const QString &at)
{
    StockStore *stock = m_store->stock();
    switch (event.type) {
    case EventType::VaccineRegistered:
        // The shared catalogue: every site's vaccines, each once.
        stock->insertVaccineIfNew(Vaccine{text(event, "vaccineId"), text(event, "name").trimmed(),
                                          text(event, "manufacturer").trimmed()},
                                  IsoText::utcMillis(event.at));
        return {};
    case EventType::StockReceived:
        return receive(event, at);
    case EventType::StockWrittenOff:
        return writeOff(event, at);
    case EventType::Booked:
        return book(event);
    case EventType::BookingCancelled:
        return cancel(event, at);
    case EventType::Injected:
        return inject(event, at);
    case EventType::InjectionUndone:
        return undoInjection(event, at);
    case EventType::SuretyReleased:
        // SPEC 3.1: the surety comes back to the desk that paid it, through this entry only.
        if (text(event, "injector") == m_store->identity().deviceId &&
            event.payload.value(QLatin1String("credited")).toBool())
            stock->changeRights(text(event, "vaccineId"), +1);
        return {};
    }
    return {};
}

FeedStore::Delta FeedStore::receive(const Event &event, const QString &at)
{
    StockStore *stock = m_store->stock();
    const QString vaccineId = text(event, "vaccineId");
    const QString lotNumber = text(event, "lotNumber").trimmed();
    const QDate expiry = Validation::parseDate(text(event, "expiry"));
    const int quantity = number(event, "quantity");
    if (const auto lot = stock->lot(vaccineId, lotNumber)) {
        // The server keeps the first expiry a lot number came with and refuses the others, so
        // this desk's lot of that number follows the feed. Doses it still holds of its own receipt
        // with the other expiry will be refused when pushed: staff hear of it now.
        if (lot->expiry != expiry) {
            if (lot->remaining > 0)
                localConflict(
                    event, QString(), QStringLiteral("lot_expiry_differs"),
                    tr("Lot %1 arrived from another desk with expiry %2; this desk received it with "
                       "expiry %3. The server keeps the first, so the lot now shows %2.")
                        .arg(lotNumber, IsoText::date(expiry), IsoText::date(lot->expiry)),
                    at);
            stock->setLotExpiry(lot->id, expiry);
        }
        stock->addToLot(lot->id, quantity);
    } else {
        stock->receive(vaccineId, lotNumber, expiry, quantity, IsoText::utcMillis(event.at));
    }
    const Delta delta{quantity, 0};
    setLevel(vaccineId, delta);
    payOwedDoses(vaccineId, quantity);
    return delta;
}

int FeedStore::payOwedDoses(const QString &vaccineId, int most)
{
    // Never below booked <= on_hand + overrides: a dose back with its booking BOOKED again (a
    // refused own injection) is that booking's; what is left owed is paid by a later dose.
    if (const auto level = m_store->stock()->level(vaccineId))
        most = std::min(most, level->onHand + level->overrides - level->booked);
    if (most <= 0)
        return 0;
    // Conflicts are few; each finds its entry through the booking's index.
    QSqlQuery &owed = m_store->database()->prepared(QStringLiteral(
        "SELECT f.server_sequence FROM conflicts AS c JOIN feed_entries AS f ON f.booking_id = c.booking_id "
        "AND f.event_id = c.event_id WHERE c.reason = 'no_dose' AND c.sequence IS NULL AND c.booking_id IS "
        "NOT NULL AND f.booking_id IS NOT NULL AND f.type = 'Injected' AND f.on_hand_delta = 0 AND "
        "f.vaccine_id = ? ORDER BY f.server_sequence LIMIT ?"));
    owed.addBindValue(vaccineId);
    owed.addBindValue(most);
    Database::exec(owed);
    QList<qint64> entries;
    while (owed.next())
        entries.append(owed.value(0).toLongLong());
    owed.finish();
    int paid = 0;
    for (const qint64 entry : entries) {
        if (takeDose(vaccineId, 0) == 0)
            break;
        QSqlQuery &update = m_store->database()->prepared(
            QStringLiteral("UPDATE feed_entries SET on_hand_delta = -1 WHERE server_sequence = ?"));
        update.addBindValue(entry);
        Database::exec(update);
        ++paid;
    }
    paid += payOwedWriteOffs(vaccineId, most - paid);
    setLevel(vaccineId, Delta{-paid, 0});
    return paid;
}

int FeedStore::payOwedWriteOffs(const QString &vaccineId, int most)
{
    if (most <= 0)
        return 0;
    // A write_off_short conflict keeps the doses still owed in its on_hand_delta (negative, as
    // they will leave the stock): nearly always none, so the feed is looked up only for a debt.
    QSqlQuery &owed = m_store->database()->prepared(
        QStringLiteral("SELECT id, event_id, -on_hand_delta FROM conflicts WHERE reason = 'write_off_short' "
                       "AND sequence IS NULL AND on_hand_delta < 0 ORDER BY id"));
    Database::exec(owed);
    struct Debt
    {
        qint64 conflictId;
        QString eventId;
        int doses;
    };
    QList<Debt> debts;
    while (owed.next())
        debts.append({owed.value(0).toLongLong(), owed.value(1).toString(), owed.value(2).toInt()});
    owed.finish();
    int paid = 0;
    for (const Debt &debt : debts) {
        // No index on event_id: a full walk, but only while a write-off is owed.
        QSqlQuery &entry = m_store->database()->prepared(
            QStringLiteral("SELECT server_sequence FROM feed_entries WHERE event_id = ? AND type = "
                           "'StockWrittenOff' AND vaccine_id = ?"));
        entry.addBindValue(debt.eventId);
        entry.addBindValue(vaccineId);
        Database::exec(entry);
        const qint64 sequence = entry.next() ? entry.value(0).toLongLong() : 0;
        entry.finish();
        if (sequence == 0)
            continue;
        int taken = 0;
        while (taken < debt.doses && paid + taken < most && takeDose(vaccineId, 0) != 0)
            ++taken;
        if (taken == 0)
            break;
        QSqlQuery &update = m_store->database()->prepared(QStringLiteral(
            "UPDATE feed_entries SET on_hand_delta = on_hand_delta - ? WHERE server_sequence = ?"));
        update.addBindValue(taken);
        update.addBindValue(sequence);
        Database::exec(update);
        QSqlQuery &settle = m_store->database()->prepared(
            QStringLiteral("UPDATE conflicts SET on_hand_delta = on_hand_delta + ? WHERE id = ?"));
        settle.addBindValue(taken);
        settle.addBindValue(debt.conflictId);
        Database::exec(settle);
        paid += taken;
        if (paid >= most || taken < debt.doses)
            break;
    }
    return paid;
}

FeedStore::Delta FeedStore::writeOff(const Event &event, const QString &at)
{
    StockStore *stock = m_store->stock();
    const QString vaccineId = text(event, "vaccineId");
    const int quantity = number(event, "quantity");
    // As the server takes them: the lots the desk named, as far as they hold doses here, then the
    // earliest expiry first.
    int left = quantity;
    for (const QJsonValue &value : event.payload.value(QLatin1String("lots")).toArray()) {
        const QJsonObject named = value.toObject();
        const auto lot = stock->lot(vaccineId, named.value(QLatin1String("lotNumber")).toString());
        const int take =
            lot ? std::min({left, lot->remaining, named.value(QLatin1String("quantity")).toInt()}) : 0;
        if (take > 0) {
            stock->takeFromLot(lot->id, take);
            left -= take;
        }
    }
    for (const Lot &lot : stock->lots(vaccineId)) {
        const int take = std::min(left, lot.remaining);
        if (take > 0) {
            stock->takeFromLot(lot.id, take);
            left -= take;
        }
    }
    // The server had those doses: this desk's pending events used them, and the server takes
    // theirs later. They are owed (the conflict's on_hand_delta): the next doses back pay them.
    if (left > 0)
        localConflict(event, QString(), QStringLiteral("write_off_short"),
                      tr("Another desk wrote off %1 doses; this desk's lots held only %2 of them.")
                          .arg(quantity)
                          .arg(quantity - left),
                      at, -left);
    if (quantity > left) // the write_offs row records doses taken here; none is a conflict alone
        stock->insertWriteOff(vaccineId, quantity - left, text(event, "reason"),
                              IsoText::utcMillis(event.at));
    const Delta delta{-(quantity - left), 0};
    setLevel(vaccineId, delta);
    return delta;
}

FeedStore::Delta FeedStore::book(const Event &event)
{
    Booking booking;
    booking.id = text(event, "bookingId");
    if (m_store->bookings()->contains(booking.id))
        return {0, 0, 0, true};
    booking.code = text(event, "code");
    booking.siteId = m_store->identity().siteId;
    booking.vaccineId = text(event, "vaccineId");
    booking.customer =
        Customer{text(event, "name"), Validation::parseDate(text(event, "birthDate")), text(event, "phone")};
    booking.appointment = Validation::parseAppointment(text(event, "appointment"));
    booking.state = BookingState::Booked;
    booking.holder = text(event, "holder"); // the desk that made it: its rights, not this desk's
    booking.createdAt = event.at;
    m_store->bookings()->insertWithCode(booking);
    const Delta delta{0, +1};
    setLevel(booking.vaccineId, delta);
    return delta;
}

FeedStore::Delta FeedStore::cancel(const Event &event, const QString &at)
{
    const QString bookingId = text(event, "bookingId");
    const auto booking = m_store->bookings()->byUid(bookingId);
    if (!booking) {
        localConflict(event, bookingId, QStringLiteral("unknown_booking"),
                      tr("Another desk cancelled a booking this desk has never seen."), at);
        return {};
    }
    // Merge order: only BOOKED -> CANCELLED changes anything. This desk's own cancel, pending or
    // not, got there first and credited it then; an injection stays an injection.
    if (booking->state != BookingState::Booked)
        return {};
    // BOOKED here by this desk's own undo that the server applies after this entry, of an
    // injection it accepted: the server found the booking INJECTED, and the cancel changed nothing
    // there (no credit either). Only the holder undoes, so this desk is the holder.
    // Most bookings never had an injection undone here: one indexed look-up spares them the walks.
    if (m_store->injections()->latestUndoneOwn(bookingId) &&
        undoneAfterInjectedBefore(bookingId, m_entrySequence))
        return {};
    m_store->bookings()->setState(bookingId, BookingState::Cancelled);
    // SPEC 3.1: the holder is credited once, when its own view goes from BOOKED to CANCELLED.
    if (booking->holder == m_store->identity().deviceId)
        m_store->stock()->changeRights(booking->vaccineId, +1);
    const Delta delta{0, -1};
    setLevel(booking->vaccineId, delta);
    return delta;
}

FeedStore::Delta FeedStore::inject(const Event &event, const QString &at)
{
    const QString bookingId = text(event, "bookingId");
    const auto booking = m_store->bookings()->byUid(bookingId);
    const auto lot =
        booking ? m_store->stock()->lot(booking->vaccineId, text(event, "lotNumber")) : std::nullopt;
    if (!booking || !lot) {
        localConflict(event, bookingId, QStringLiteral("unknown_booking"),
                      tr("Another desk recorded an injection of a booking or lot this desk has never seen."),
                      at);
        return {};
    }
    // An injection is a fact: one dose used whatever this desk shows, and the booking INJECTED
    // (the top of the merge order), over this desk's pending cancel too: the server applies that
    // cancel after this injection, as a no-op. No right moves here: the injecting desk paid.
    const qint64 takenFrom = takeDose(booking->vaccineId, lot->id);
    if (takenFrom == 0)
        localConflict(event, bookingId, QStringLiteral("no_dose"),
                      tr("Another desk recorded an injection from lot %1, but no lot here holds a dose.")
                          .arg(lot->lotNumber),
                      at);
    const bool override = event.payload.value(QLatin1String("override")).toBool();
    m_store->injections()->insertRemote(bookingId, takenFrom ? takenFrom : lot->id,
                                        IsoText::utcMillis(event.at), event.deviceId,
                                        event.deviceId != booking->holder, override);
    if (booking->state != BookingState::Injected)
        m_store->bookings()->setState(bookingId, BookingState::Injected);
    // An override (no right paid for it) is counted as the server counts it, so that a dose it used
    // and a booking still counts on keeps booked <= on_hand + overrides.
    const Delta delta{takenFrom ? -1 : 0, -isBooked(booking->state), override ? 1 : 0};
    setLevel(booking->vaccineId, delta);
    return delta;
}

FeedStore::Delta FeedStore::undoInjection(const Event &event, const QString &at)
{
    const QString bookingId = text(event, "bookingId");
    const auto booking = m_store->bookings()->byUid(bookingId);
    const auto injection =
        booking ? m_store->injections()->latestActiveBy(bookingId, event.deviceId) : std::nullopt;
    if (!injection) {
        localConflict(event, bookingId, QStringLiteral("unknown_injection"),
                      tr("Another desk undid an injection this desk has never seen."), at);
        return {};
    }
    // The server took back that desk's latest injection, which moved no right: the dose goes back.
    m_store->injections()->markUndone(injection->id, IsoText::utcMillis(event.at));
    m_store->stock()->putDoseBack(booking->vaccineId, injection->lotId);
    // The server's booking is BOOKED again; this desk's pending injection or cancel, or a cancel of
    // its the server accepted after this entry, moves it on there as it moved it here.
    const auto state = BookingState(restoredState(bookingId, false));
    if (state != booking->state)
        m_store->bookings()->setState(bookingId, state);
    const Delta delta{+1, isBooked(state) - isBooked(booking->state), injection->override ? -1 : 0};
    setLevel(booking->vaccineId, delta);
    payOwedDoses(booking->vaccineId, 1);
    return delta;
}

int FeedStore::restoredState(const QString &bookingId, bool countFeedCancels) const
{
    if (m_store->injections()->activeCount(bookingId) > 0)
        return int(BookingState::Injected);
    if (countFeedCancels ? feedCancel(bookingId) : ownLaterCancel(bookingId))
        return int(BookingState::Cancelled);
    return int(BookingState::Booked);
}

bool FeedStore::hasRow(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    Database::exec(query);
    const bool found = query.next();
    query.finish();
    return found;
}

bool FeedStore::ownLaterCancel(const QString &bookingId) const
{
    // Pending events are the few after the acknowledged prefix, and cancels accepted after this
    // entry the few above it in the partial index: two short walks, not the outbox.
    QSqlQuery &query = m_store->database()->prepared(QStringLiteral(
        "SELECT 1 FROM outbox WHERE sequence > (SELECT acknowledged_through FROM desk WHERE id = 1) AND "
        "type = 'BookingCancelled' AND json_extract(payload, '$.bookingId') = ? UNION ALL "
        "SELECT 1 FROM outbox WHERE server_sequence > ? AND type = 'BookingCancelled' AND "
        "json_extract(payload, '$.bookingId') = ? LIMIT 1"));
    return hasRow(query, {bookingId, m_entrySequence, bookingId});
}

bool FeedStore::undoneAfterInjectedBefore(const QString &bookingId, qint64 entrySequence) const
{
    // As ownLaterCancel(): the unanswered undos (none seen in the feed yet) and those the server
    // put after this entry, two short walks; the injection each undid by its unique event id,
    // answered and not refused. Whether the server applied that injection before or after this
    // entry does not matter: after it, the server found the booking CANCELLED, took the injection
    // as not undoable and refuses the undo, whose refusal here injects the booking again.
    QSqlQuery &query = m_store->database()->prepared(QStringLiteral(
        "WITH ack AS (SELECT acknowledged_through AS through FROM desk WHERE id = 1) "
        "SELECT 1 FROM outbox AS u, ack JOIN outbox AS i ON i.event_id = json_extract(u.payload, "
        "'$.injectedEventId') WHERE u.sequence > ack.through AND u.server_sequence IS NULL AND "
        "u.type = 'InjectionUndone' AND json_extract(u.payload, '$.bookingId') = ? AND "
        "i.sequence <= ack.through AND NOT EXISTS (SELECT 1 FROM conflicts AS c WHERE c.event_id = "
        "i.event_id AND c.sequence IS NOT NULL) UNION ALL "
        "SELECT 1 FROM outbox AS u, ack JOIN outbox AS i ON i.event_id = json_extract(u.payload, "
        "'$.injectedEventId') WHERE u.server_sequence > ? AND u.type = 'InjectionUndone' AND "
        "json_extract(u.payload, '$.bookingId') = ? AND i.sequence <= ack.through AND NOT EXISTS "
        "(SELECT 1 FROM conflicts AS c WHERE c.event_id = i.event_id AND c.sequence IS NOT NULL) LIMIT 1"));
    return hasRow(query, {bookingId, entrySequence, bookingId});
}

bool FeedStore::feedCancel(const QString &bookingId) const
{
    QSqlQuery &query = m_store->database()->prepared(QStringLiteral(
        "SELECT server_sequence FROM feed_entries WHERE booking_id = ? AND type = 'BookingCancelled'"));
    query.addBindValue(bookingId);
    Database::exec(query);
    QList<qint64> cancels;
    while (query.next())
        cancels.append(query.value(0).toLongLong());
    query.finish();
    if (cancels.isEmpty())
        return false;
    // A cancel the server applied while it held an injection of the booking changed nothing
    // there: one after another desk's injection, before that desk's undo (both read here), or
    // one read while an own undo the server applied after it waited (cancel()).
    const bool ownUndo = m_store->injections()->latestUndoneOwn(bookingId).has_value();
    return std::any_of(cancels.cbegin(), cancels.cend(), [this, &bookingId, ownUndo](qint64 sequence) {
        return !feedInjectedBefore(bookingId, sequence) &&
               !(ownUndo && undoneAfterInjectedBefore(bookingId, sequence));
    });
}

bool FeedStore::feedInjectedBefore(const QString &bookingId, qint64 entrySequence) const
{
    // Only the injecting desk undoes, so each undo read takes back an injection read before it.
    QSqlQuery &query = m_store->database()->prepared(QStringLiteral(
        "SELECT 1 FROM feed_entries WHERE booking_id = ? AND server_sequence < ? GROUP BY booking_id HAVING "
        "sum(type = 'Injected') > sum(type = 'InjectionUndone')"));
    return hasRow(query, {bookingId, entrySequence});
}

bool FeedStore::feedCancelCounted(const QString &bookingId) const
{
    QSqlQuery &query = m_store->database()->prepared(
        QStringLiteral("SELECT 1 FROM feed_entries WHERE booking_id = ? AND type = 'BookingCancelled' AND "
                       "booked_delta <> 0 LIMIT 1"));
    return hasRow(query, {bookingId});
}

int FeedStore::takeDose(const QString &vaccineId, qint64 lotId)
{
    // The named lot may be empty here while it was not on the server: this desk's pending
    // injections used its doses. Doses of one vaccine count alike; the earliest expiry gives one.
    const QList<Lot> lots = m_store->stock()->lots(vaccineId);
    auto found = std::find_if(lots.begin(), lots.end(),
                              [lotId](const Lot &lot) { return lot.id == lotId && lot.remaining > 0; });
    if (found == lots.end())
        found = std::find_if(lots.begin(), lots.end(), [](const Lot &lot) { return lot.remaining > 0; });
    if (found == lots.end())
        return 0;
    m_store->stock()->takeFromLot(found->id, 1);
    return int(found->id);
}

void FeedStore::localConflict(const Event &event, const QString &bookingId, const QString &reason,
                              const QString &message, const QString &at, int owed)
{
    ConflictStore::Row row;
    row.eventId = event.id;
    row.eventType = eventTypeName(event.type);
    row.bookingId = bookingId;
    row.reason = reason;
    row.message = message;
    row.at = at;
    ConflictStore(m_store->database()).record(row, {owed, 0});
}

void FeedStore::setLevel(const QString &vaccineId, const Delta &delta)
{
    if (delta.onHand != 0 || delta.booked != 0 || delta.overrides != 0)
        m_store->stock()->changeLevel(vaccineId, delta.onHand, delta.booked, delta.overrides);
}

qint64 FeedStore::rejectOwn(const QString &eventId, const QString &reason, const QString &message,
                            const QString &at)
{
    ConflictStore conflicts(m_store->database());
    if (conflicts.existsForEvent(eventId))
        return 0;
    const auto event = m_store->outbox()->byEventId(eventId);
    if (!event)
        return 0;
    StockStore *stock = m_store->stock();
    BookingStore *bookings = m_store->bookings();
    InjectionStore *injections = m_store->injections();
    const QString vaccineId = text(*event, "vaccineId");
    const QString bookingId = text(*event, "bookingId");
    const auto booking = bookingId.isEmpty() ? std::nullopt : bookings->byUid(bookingId);
    const bool rejectedBooking = booking && booking->state == BookingState::Rejected;
    Delta delta;
    QString note; // the desk's own word after the server's, when it could not follow it whole
    switch (event->type) {
    case EventType::Booked:
        // Visible as rejected, no longer counted as booked; the right it paid comes back, unless
        // this desk's own cancel gave it back already (only the desk that booked it can have
        // cancelled a booking the server never had; that cancel's refusal follows and moves nothing).
        if (booking) {
            delta.booked = -isBooked(booking->state);
            bookings->setState(bookingId, BookingState::Rejected);
        }
        if (!booking || booking->state != BookingState::Cancelled)
            stock->changeRights(vaccineId, +1);
        break;
    case EventType::BookingCancelled:
        // A cancel is refused only for a booking the server does not know (its Booked was refused,
        // and is REJECTED here by now: the credit this cancel gave its holder stood for the right
        // the booking paid, and the Booked's refusal did not credit it again) or a malformed
        // payload. Nothing is undone, for staff: booking it again here could take a dose that has
        // been booked since, and the booking stays cancelled in what this desk shows.
        break;
    case EventType::Injected:
        // The dose was used, but the server does not count it: the desk follows the server (the
        // conflict tells staff; a write-off records a dose that is really gone). The surety comes back.
        if (const auto injection =
                booking ? injections->latestActiveBy(bookingId, QString()) : std::nullopt) {
            injections->markUndone(injection->id, at);
            stock->putDoseBack(vaccineId, injection->lotId);
            delta.onHand = +1;
            delta.overrides = injection->override ? -1 : 0;
            if (injection->surety && !injection->override)
                stock->changeRights(vaccineId, +1);
            if (!rejectedBooking) {
                const auto state = BookingState(restoredState(bookingId, true));
                delta.booked = isBooked(state) - isBooked(booking->state);
                if (state != booking->state)
                    bookings->setState(bookingId, state);
                // Another desk's cancel found the booking BOOKED on the server, which credited the
                // holder; here it found it INJECTED and credited nothing. Now that it ends CANCELLED
                // here too, the holder gets that credit (SPEC 3.1: once, BOOKED -> CANCELLED).
                if (state == BookingState::Cancelled && booking->state != BookingState::Cancelled &&
                    booking->holder == m_store->identity().deviceId && !feedCancelCounted(bookingId))
                    stock->changeRights(vaccineId, +1);
            }
        }
        break;
    case EventType::InjectionUndone:
        // The server keeps the injection: the dose leaves the lot again and the booking is INJECTED.
        // Unless the server holds no injection to keep (not_injected: it refused the injection too),
        // and then the undo here stands.
        if (reason == QLatin1String("not_injected"))
            break;
        // Nor when the server refused the injection itself (answered just before, in order): the
        // injection it keeps is another desk's, which this desk counts when the feed brings it.
        if (const QString injected = text(*event, "injectedEventId");
            !injected.isEmpty() && conflicts.existsForEvent(injected))
            break;
        // When no lot holds a dose any more (the undo's dose was used here since), the booking
        // still follows the server: left BOOKED it could be injected twice. The stock is off by
        // that dose until staff count it; the conflict says so.
        // The desk refuses a cancel or an injection of the booking while its undo waits
        // (DeskCommands), so the dose is there and still booked. Should the feed have moved the
        // booking meanwhile, the dose is taken only where booked <= on_hand + overrides still holds
        // after it: a refusal that broke that check could never be applied, and every later round
        // would fail on it.
        if (const auto injection =
                booking && !rejectedBooking ? injections->latestUndoneOwn(bookingId) : std::nullopt) {
            delta.overrides = injection->override ? 1 : 0;
            delta.booked = -isBooked(booking->state);
            const auto level = stock->level(vaccineId);
            const bool room = level && level->booked + delta.booked <=
                                           level->onHand - 1 + level->overrides + delta.overrides;
            const bool taken = room && takeDose(vaccineId, injection->lotId) != 0;
            injections->markNotUndone(injection->id);
            delta.onHand = taken ? -1 : 0;
            // Only the holder undoes, so a view that went BOOKED -> CANCELLED after the undo (its
            // own cancel or the feed's) credited this desk once; at the server the booking stayed
            // INJECTED and that cancel changed nothing, so the credit goes (SPEC 3.1).
            if (booking->state == BookingState::Cancelled && booking->holder == m_store->identity().deviceId)
                stock->takeRights(vaccineId, 1);
            if (booking->state != BookingState::Injected)
                bookings->setState(bookingId, BookingState::Injected);
            if (!taken)
                note = tr("The server keeps the injection, but no lot here holds the dose it used: check "
                          "the stock.");
        }
        break;
    case EventType::StockReceived: {
        // Taken back as far as the lot still holds doses not booked, and the rights as far as they
        // are held: what was spent of them the server counts as this desk's debt.
        const auto lot = stock->lot(vaccineId, text(*event, "lotNumber").trimmed());
        const auto level = stock->level(vaccineId);
        const int take = lot && level ? std::clamp(std::min({number(*event, "quantity"), lot->remaining,
                                                             level->onHand - level->booked}),
                                                   0, lot->remaining)
                                      : 0;
        if (take > 0)
            stock->takeFromLot(lot->id, take);
        delta.onHand = -take;
        stock->takeRights(vaccineId, number(*event, "quantity"));
        break;
    }
    case EventType::StockWrittenOff: {
        // The doses go back to the lots they came from, and the rights it paid to the desk.
        for (const QJsonValue &value : event->payload.value(QLatin1String("lots")).toArray()) {
            const QJsonObject taken = value.toObject();
            const int quantity = taken.value(QLatin1String("quantity")).toInt();
            if (const auto lot = stock->lot(vaccineId, taken.value(QLatin1String("lotNumber")).toString());
                lot && quantity > 0) {
                stock->takeFromLot(lot->id, -quantity);
                delta.onHand += quantity;
            }
        }
        stock->changeRights(vaccineId, number(*event, "quantity"));
        break;
    }
    case EventType::VaccineRegistered:
    case EventType::SuretyReleased:
        // A vaccine the server refused (a name it does not allow) may have lots and bookings here
        // already: removing it would take them with it. The conflict tells staff; nothing is undone.
        break;
    }
    setLevel(vaccineId, delta);
    // Doses back here (a refused injection or write-off) pay what the feed's entries are owed.
    if (delta.onHand > 0)
        payOwedDoses(vaccineId, delta.onHand);
    ConflictStore::Row row;
    row.eventId = event->id;
    row.eventType = eventTypeName(event->type);
    row.sequence = event->sequence;
    row.bookingId = bookingId;
    row.reason = reason;
    row.message = note.isEmpty() ? message : message + QLatin1Char(' ') + note;
    row.at = at;
    return conflicts.record(row, {delta.onHand, delta.booked});
}

#include "models/domain/ConflictText.h"

#include <QHash>

QString ConflictText::eventType(const QString &typeName)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("VaccineRegistered"), QT_TRANSLATE_NOOP("ConflictText", "New vaccine")},
        {QStringLiteral("StockReceived"), QT_TRANSLATE_NOOP("ConflictText", "Stock received")},
        {QStringLiteral("StockWrittenOff"), QT_TRANSLATE_NOOP("ConflictText", "Write-off")},
        {QStringLiteral("Booked"), QT_TRANSLATE_NOOP("ConflictText", "Booking")},
        {QStringLiteral("BookingCancelled"), QT_TRANSLATE_NOOP("ConflictText", "Cancellation")},
        {QStringLiteral("Injected"), QT_TRANSLATE_NOOP("ConflictText", "Injection")},
        {QStringLiteral("InjectionUndone"), QT_TRANSLATE_NOOP("ConflictText", "Injection undone")},
        {QStringLiteral("SuretyReleased"), QT_TRANSLATE_NOOP("ConflictText", "Surety returned")},
    };
    const auto found = texts.constFind(typeName);
    return found == texts.constEnd() ? typeName : QCoreApplication::translate("ConflictText", found.value());
}

QString ConflictText::reason(const QString &code)
{
    // docs/protocol.md's reasons, then the desk's own for what it found applying the feed.
    static const QHash<QString, const char *> texts{
        {QStringLiteral("not_available"),
         QT_TRANSLATE_NOOP("ConflictText", "No dose was left to book at the site.")},
        {QStringLiteral("no_rights"),
         QT_TRANSLATE_NOOP("ConflictText", "This desk held no right to book this vaccine.")},
        {QStringLiteral("appointment_in_past"),
         QT_TRANSLATE_NOOP("ConflictText", "The appointment was in the past.")},
        {QStringLiteral("invalid_date_time"),
         QT_TRANSLATE_NOOP("ConflictText", "The appointment time is not valid.")},
        {QStringLiteral("invalid_phone"),
         QT_TRANSLATE_NOOP("ConflictText", "The phone number is not valid.")},
        {QStringLiteral("invalid_birth_date"),
         QT_TRANSLATE_NOOP("ConflictText", "The birth date is not valid.")},
        {QStringLiteral("birth_date_in_future"),
         QT_TRANSLATE_NOOP("ConflictText", "The birth date is in the future.")},
        {QStringLiteral("already_booked"),
         QT_TRANSLATE_NOOP("ConflictText", "The customer already has a booking for this vaccine.")},
        {QStringLiteral("duplicate_booking"),
         QT_TRANSLATE_NOOP("ConflictText", "The server already has this booking.")},
        {QStringLiteral("code_taken"),
         QT_TRANSLATE_NOOP("ConflictText", "Another booking already uses this booking code.")},
        {QStringLiteral("wrong_holder"),
         QT_TRANSLATE_NOOP("ConflictText", "The booking was sent for another desk.")},
        {QStringLiteral("unknown_vaccine"),
         QT_TRANSLATE_NOOP("ConflictText", "The server does not know this vaccine.")},
        {QStringLiteral("duplicate_vaccine"),
         QT_TRANSLATE_NOOP("ConflictText", "The server already has this vaccine.")},
        {QStringLiteral("unknown_booking"),
         QT_TRANSLATE_NOOP("ConflictText", "The booking is not known here or at the server.")},
        {QStringLiteral("unknown_lot"), QT_TRANSLATE_NOOP("ConflictText", "The lot is not known.")},
        {QStringLiteral("duplicate_lot"),
         QT_TRANSLATE_NOOP("ConflictText", "The lot was already received with another expiry date.")},
        {QStringLiteral("lot_expired"), QT_TRANSLATE_NOOP("ConflictText", "The lot had expired.")},
        {QStringLiteral("lot_empty"), QT_TRANSLATE_NOOP("ConflictText", "The lot had no dose left.")},
        {QStringLiteral("expiry_in_past"),
         QT_TRANSLATE_NOOP("ConflictText", "The expiry date had already passed.")},
        {QStringLiteral("quantity_too_large"),
         QT_TRANSLATE_NOOP("ConflictText", "The stock would grow past its limit.")},
        {QStringLiteral("invalid_quantity"), QT_TRANSLATE_NOOP("ConflictText", "The quantity is not valid.")},
        {QStringLiteral("invalid_date"), QT_TRANSLATE_NOOP("ConflictText", "The date is not valid.")},
        {QStringLiteral("empty_name"), QT_TRANSLATE_NOOP("ConflictText", "The name is empty.")},
        {QStringLiteral("name_too_long"), QT_TRANSLATE_NOOP("ConflictText", "The name is too long.")},
        {QStringLiteral("empty_manufacturer"),
         QT_TRANSLATE_NOOP("ConflictText", "The manufacturer is empty.")},
        {QStringLiteral("manufacturer_too_long"),
         QT_TRANSLATE_NOOP("ConflictText", "The manufacturer is too long.")},
        {QStringLiteral("empty_lot_number"), QT_TRANSLATE_NOOP("ConflictText", "The lot number is empty.")},
        {QStringLiteral("lot_number_too_long"),
         QT_TRANSLATE_NOOP("ConflictText", "The lot number is too long.")},
        {QStringLiteral("empty_reason"), QT_TRANSLATE_NOOP("ConflictText", "No reason was given.")},
        {QStringLiteral("reason_too_long"), QT_TRANSLATE_NOOP("ConflictText", "The reason is too long.")},
        {QStringLiteral("write_off_exceeds_available"),
         QT_TRANSLATE_NOOP("ConflictText", "The site had fewer free doses than were written off.")},
        {QStringLiteral("undo_mismatch"),
         QT_TRANSLATE_NOOP("ConflictText", "The undo did not match the injection.")},
        {QStringLiteral("not_injected"),
         QT_TRANSLATE_NOOP("ConflictText", "The booking had no injection to undo.")},
        {QStringLiteral("undo_not_allowed"),
         QT_TRANSLATE_NOOP("ConflictText", "This desk may not undo that injection.")},
        {QStringLiteral("undo_too_late"),
         QT_TRANSLATE_NOOP("ConflictText", "An injection can only be undone on the day it was given.")},
        {QStringLiteral("invalid_payload"),
         QT_TRANSLATE_NOOP("ConflictText", "The change was incomplete or malformed.")},
        {QStringLiteral("event_id_reused"),
         QT_TRANSLATE_NOOP("ConflictText", "The server already has a different change with this id.")},
        {QStringLiteral("server_entry"),
         QT_TRANSLATE_NOOP("ConflictText", "Only the server may make this kind of change.")},
        {QStringLiteral("unknown_type"),
         QT_TRANSLATE_NOOP("ConflictText", "The server does not know this kind of change.")},
        {QStringLiteral("lot_expiry_differs"),
         QT_TRANSLATE_NOOP("ConflictText", "Another desk received the same lot with another expiry date.")},
        {QStringLiteral("write_off_short"),
         QT_TRANSLATE_NOOP("ConflictText", "Another desk wrote off more doses than this desk holds.")},
        {QStringLiteral("no_dose"),
         QT_TRANSLATE_NOOP("ConflictText", "Another desk injected a dose that no lot here holds.")},
        {QStringLiteral("unknown_injection"),
         QT_TRANSLATE_NOOP("ConflictText", "Another desk undid an injection this desk has never seen.")},
    };
    const auto found = texts.constFind(code);
    if (found == texts.constEnd())
        return tr("Other reason (%1)").arg(code);
    return QCoreApplication::translate("ConflictText", found.value());
}

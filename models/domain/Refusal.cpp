#include "models/domain/Refusal.h"

#include "models/domain/KoreanParticles.h"
#include "models/domain/StockLevel.h"

QString Refusal::codeName(RefusalCode code)
{
    switch (code) {
    case RefusalCode::None:
        return QStringLiteral("none");
    case RefusalCode::EmptyName:
        return QStringLiteral("empty_name");
    case RefusalCode::EmptyManufacturer:
        return QStringLiteral("empty_manufacturer");
    case RefusalCode::InvalidBirthDate:
        return QStringLiteral("invalid_birth_date");
    case RefusalCode::NameTooLong:
        return QStringLiteral("name_too_long");
    case RefusalCode::InvalidPhone:
        return QStringLiteral("invalid_phone");
    case RefusalCode::InvalidQuantity:
        return QStringLiteral("invalid_quantity");
    case RefusalCode::InvalidDate:
        return QStringLiteral("invalid_date");
    case RefusalCode::InvalidDateTime:
        return QStringLiteral("invalid_date_time");
    case RefusalCode::ExpiryInPast:
        return QStringLiteral("expiry_in_past");
    case RefusalCode::AppointmentInPast:
        return QStringLiteral("appointment_in_past");
    case RefusalCode::BirthDateInFuture:
        return QStringLiteral("birth_date_in_future");
    case RefusalCode::EmptyLotNumber:
        return QStringLiteral("empty_lot_number");
    case RefusalCode::DuplicateLot:
        return QStringLiteral("duplicate_lot");
    case RefusalCode::EmptyReason:
        return QStringLiteral("empty_reason");
    case RefusalCode::UnknownVaccine:
        return QStringLiteral("unknown_vaccine");
    case RefusalCode::UnknownBooking:
        return QStringLiteral("unknown_booking");
    case RefusalCode::UnknownLot:
        return QStringLiteral("unknown_lot");
    case RefusalCode::NotBooked:
        return QStringLiteral("not_booked");
    case RefusalCode::NotAvailable:
        return QStringLiteral("not_available");
    case RefusalCode::WriteOffExceedsAvailable:
        return QStringLiteral("write_off_exceeds_available");
    case RefusalCode::WriteOffExceedsLot:
        return QStringLiteral("write_off_exceeds_lot");
    case RefusalCode::QuantityTooLarge:
        return QStringLiteral("quantity_too_large");
    case RefusalCode::ManufacturerTooLong:
        return QStringLiteral("manufacturer_too_long");
    case RefusalCode::LotNumberTooLong:
        return QStringLiteral("lot_number_too_long");
    case RefusalCode::ReasonTooLong:
        return QStringLiteral("reason_too_long");
    case RefusalCode::NoRights:
        return QStringLiteral("no_rights");
    case RefusalCode::AlreadyBooked:
        return QStringLiteral("already_booked");
    case RefusalCode::LotExpired:
        return QStringLiteral("lot_expired");
    case RefusalCode::LotEmpty:
        return QStringLiteral("lot_empty");
    case RefusalCode::NoUsableLot:
        return QStringLiteral("no_usable_lot");
    case RefusalCode::NotPermitted:
        return QStringLiteral("not_permitted");
    case RefusalCode::BadCredentials:
        return QStringLiteral("bad_credentials");
    case RefusalCode::AccountLocked:
        return QStringLiteral("account_locked");
    case RefusalCode::AccountInactive:
        return QStringLiteral("account_inactive");
    case RefusalCode::WeakPassword:
        return QStringLiteral("weak_password");
    case RefusalCode::InvalidUsername:
        return QStringLiteral("invalid_username");
    case RefusalCode::UsernameTaken:
        return QStringLiteral("username_taken");
    case RefusalCode::UnknownStaff:
        return QStringLiteral("unknown_staff");
    case RefusalCode::UnknownConflict:
        return QStringLiteral("unknown_conflict");
    case RefusalCode::InvalidRoles:
        return QStringLiteral("invalid_roles");
    case RefusalCode::LastAdministrator:
        return QStringLiteral("last_administrator");
    case RefusalCode::EmptySiteName:
        return QStringLiteral("empty_site_name");
    case RefusalCode::AlreadySetUp:
        return QStringLiteral("already_set_up");
    case RefusalCode::NotInjected:
        return QStringLiteral("not_injected");
    case RefusalCode::UndoTooLate:
        return QStringLiteral("undo_too_late");
    case RefusalCode::UndoNotAllowed:
        return QStringLiteral("undo_not_allowed");
    case RefusalCode::UndoPending:
        return QStringLiteral("undo_pending");
    }
    return QStringLiteral("unknown");
}

Refusal Refusal::make(RefusalCode code, const QString &detail, const QString &more)
{
    QString text;
    switch (code) {
    case RefusalCode::None:
        break;
    case RefusalCode::EmptyName:
        text = tr("The name is empty.");
        break;
    case RefusalCode::EmptyManufacturer:
        text = tr("The manufacturer is empty.");
        break;
    case RefusalCode::InvalidBirthDate:
        text = tr("The birth date is missing or not a valid date.");
        break;
    case RefusalCode::NameTooLong:
        text = tr("The name is longer than %1 characters.").arg(detail);
        break;
    case RefusalCode::InvalidPhone:
        text = tr("The phone number \"%1\" is not valid: use 8 to 15 digits, optionally with dashes.")
                   .arg(detail);
        break;
    case RefusalCode::InvalidQuantity:
        text = tr("The quantity must be a whole number of at least 1.");
        break;
    case RefusalCode::InvalidDate:
        text = tr("\"%1\" is not a valid date: use YYYY-MM-DD.").arg(detail);
        break;
    case RefusalCode::InvalidDateTime:
        text = tr("\"%1\" is not a valid date and time: use YYYY-MM-DDTHH:MM.").arg(detail);
        break;
    case RefusalCode::ExpiryInPast:
        text = tr("The expiry date %1 has already passed.").arg(detail);
        break;
    case RefusalCode::AppointmentInPast:
        text = tr("The appointment %1 is in the past.").arg(detail);
        break;
    case RefusalCode::BirthDateInFuture:
        text = tr("The birth date %1 is in the future.").arg(detail);
        break;
    case RefusalCode::EmptyLotNumber:
        text = tr("The lot number is empty.");
        break;
    case RefusalCode::DuplicateLot:
        text = tr("Lot %1 of this vaccine was received before with another expiry date.").arg(detail);
        break;
    case RefusalCode::EmptyReason:
        text = tr("A write-off needs a reason.");
        break;
    case RefusalCode::UnknownVaccine:
        text = tr("There is no vaccine with the id %1.").arg(detail);
        break;
    case RefusalCode::UnknownBooking:
        text = tr("There is no booking with the code %1.").arg(detail);
        break;
    case RefusalCode::UnknownLot:
        text = tr("There is no lot %1 of this vaccine.").arg(detail);
        break;
    case RefusalCode::NotBooked:
        text = tr("The booking is %1, not booked: only a booked booking can be changed.").arg(detail);
        break;
    case RefusalCode::NotAvailable:
        text = tr("No dose of this vaccine is available to book.");
        break;
    case RefusalCode::WriteOffExceedsAvailable:
        text = tr("Only %1 doses are available; booked doses cannot be written off.").arg(detail);
        break;
    case RefusalCode::WriteOffExceedsLot:
        text = tr("Lot %1 holds only %2 doses; write off at most that many from it.").arg(detail, more);
        break;
    case RefusalCode::ManufacturerTooLong:
        text = tr("The manufacturer is longer than %1 characters.").arg(detail);
        break;
    case RefusalCode::LotNumberTooLong:
        text = tr("The lot number is longer than %1 characters.").arg(detail);
        break;
    case RefusalCode::ReasonTooLong:
        text = tr("The reason is longer than %1 characters.").arg(detail);
        break;
    case RefusalCode::QuantityTooLarge:
        text = tr("A vaccine's stock cannot go past %1 doses: this lot can add at most %2 more.")
                   .arg(StockLevel::kMaxDoses)
                   .arg(detail);
        break;
    case RefusalCode::NoRights:
        text = tr("This desk holds no right to book this vaccine; it must get rights from the server first.");
        break;
    case RefusalCode::AlreadyBooked:
        text = tr("This customer already has a booking for this vaccine (code %1).").arg(detail);
        break;
    case RefusalCode::LotExpired:
        text = tr("Lot %1 has expired.").arg(detail);
        break;
    case RefusalCode::LotEmpty:
        text = tr("Lot %1 has no doses left.").arg(detail);
        break;
    case RefusalCode::NoUsableLot:
        text = tr("No lot of this vaccine has an unexpired dose left.");
        break;
    case RefusalCode::NotPermitted:
        text = tr("You may not do this: it needs the role %1.").arg(detail);
        break;
    case RefusalCode::BadCredentials:
        text = tr("The username or the password is wrong.");
        break;
    case RefusalCode::AccountLocked:
        text = tr("Too many wrong passwords: the account is locked until %1.").arg(detail);
        break;
    case RefusalCode::AccountInactive:
        text = tr("This account has been deactivated; ask an administrator.");
        break;
    case RefusalCode::WeakPassword:
        text = tr("The password must have at least %1 characters.").arg(detail);
        break;
    case RefusalCode::InvalidUsername:
        text =
            tr("The username \"%1\" is not valid: use 3 to 32 letters, digits, dots, dashes or underscores.")
                .arg(detail);
        break;
    case RefusalCode::UsernameTaken:
        text = tr("The username %1 is already taken.").arg(detail);
        break;
    case RefusalCode::UnknownStaff:
        text = tr("There is no staff account %1.").arg(detail);
        break;
    case RefusalCode::UnknownConflict:
        text = tr("There is no open conflict %1; it may have been resolved already.").arg(detail);
        break;
    case RefusalCode::InvalidRoles:
        text = tr("\"%1\" is not a list of roles: use admin, vaccines, reception, injection.").arg(detail);
        break;
    case RefusalCode::LastAdministrator:
        text = tr("This is the last active administrator; make another one first.");
        break;
    case RefusalCode::EmptySiteName:
        text = tr("The clinic name is empty.");
        break;
    case RefusalCode::AlreadySetUp:
        text = tr("This clinic is already set up; an administrator adds the other staff.");
        break;
    case RefusalCode::NotInjected:
        text = tr("Booking %1 has no injection to undo.").arg(detail);
        break;
    case RefusalCode::UndoTooLate:
        text =
            tr("The injection was recorded on %1; only an injection made today can be undone.").arg(detail);
        break;
    case RefusalCode::UndoNotAllowed:
        text = tr("This injection was made for a booking of another desk (surety or override) and cannot be "
                  "undone here.");
        break;
    case RefusalCode::UndoPending:
        text = tr("The injection of booking %1 was undone, and the undo is waiting for the server: sync, "
                  "then try again.")
                   .arg(detail);
        break;
    }
    return Refusal{code, KoreanParticles::fitted(text)};
}

#pragma once

#include <QCoreApplication>
#include <QString>

// Why a command was refused: a stable code for programs and a translated
// message for people. Messages are made when the refusal is raised, in the
// language of the installed translator.
enum class RefusalCode {
    None,
    EmptyName,
    EmptyManufacturer,
    InvalidBirthDate,
    NameTooLong,
    InvalidPhone,
    InvalidQuantity,
    InvalidDate,
    InvalidDateTime,
    ExpiryInPast,
    AppointmentInPast,
    BirthDateInFuture,
    EmptyLotNumber,
    DuplicateLot,
    EmptyReason,
    UnknownVaccine,
    UnknownBooking,
    UnknownLot,
    NotBooked,
    NotAvailable,
    WriteOffExceedsAvailable,
    WriteOffExceedsLot,
    NoRights,
    AlreadyBooked,
    LotExpired,
    LotEmpty,
    NoUsableLot,
    NotPermitted,
    BadCredentials,
    AccountLocked,
    AccountInactive,
    WeakPassword,
    InvalidUsername,
    UsernameTaken,
    UnknownStaff,
    InvalidRoles,
    LastAdministrator,
    EmptySiteName,
    AlreadySetUp,
    NotInjected,
    UndoTooLate,
    UndoNotAllowed,
    QuantityTooLarge,
    ManufacturerTooLong,
    LotNumberTooLong,
    ReasonTooLong,
    UnknownConflict,
    UndoPending,
};

struct Refusal
{
    Q_DECLARE_TR_FUNCTIONS(Refusal)

public:
    RefusalCode code = RefusalCode::None;
    QString message;

    bool isRefused() const { return code != RefusalCode::None; }

    // The stable, untranslated name of a code ("not_available"), for --json and logs.
    static QString codeName(RefusalCode code);
    // `more` is a second detail, for the few messages that name two things.
    static Refusal make(RefusalCode code, const QString &detail = QString(), const QString &more = QString());
};

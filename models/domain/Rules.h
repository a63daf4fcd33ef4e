#pragma once

#include "models/domain/Actor.h"
#include "models/domain/Booking.h"
#include "models/domain/Lot.h"
#include "models/domain/Refusal.h"
#include "models/domain/StockLevel.h"

#include <QDate>
#include <QDateTime>
#include <QList>

// The rules of SPEC section 2 as plain functions over a snapshot, so they can be
// tested without a database and run unchanged on the desk and the server.
// Each returns a Refusal; code None means the change is allowed.
class Rules final
{
public:
    static Refusal checkVaccine(const QString &name, const QString &manufacturer);
    // A receipt must leave the stock and the rights within StockLevel::kMaxDoses.
    static Refusal checkStockRoom(const StockLevel &level, int quantity);
    static Refusal checkReceive(const QString &lotNumber, const QDate &expiry, int quantity,
                                const QDate &today);
    static Refusal checkWriteOff(const StockLevel &level, int quantity, const QString &reason);
    // A write-off that names its lot takes every dose from it, expired or not.
    static Refusal checkWriteOffFromLot(const Lot &lot, int quantity);
    // `existingBookedCode` is the code of the customer's BOOKED booking for this
    // vaccine (rule 5), empty when there is none.
    static Refusal checkBooking(const StockLevel &level, const Customer &customer,
                                const QDateTime &appointment, const QDateTime &now,
                                const QString &existingBookedCode);
    static Refusal checkCancel(BookingState state);
    static Refusal checkInject(BookingState state);
    static Refusal checkLotForInjection(const Lot &lot, const QDate &today);
    // Rule 3's default: the earliest expiry that has not expired and still has doses; -1 if none.
    static int defaultLotIndex(const QList<Lot> &lots, const QDate &today);

    static constexpr int kMinPasswordLength = 8;
    static Refusal checkPermission(const Actor &actor, Role needed);
    static Refusal checkUsername(const QString &username); // 3-32 of [A-Za-z0-9._-]
    static Refusal checkPassword(const QString &password);
    static Refusal checkSiteName(const QString &siteName);
    // Only the latest injection of an INJECTED booking, made at its holder (not a surety or an
    // override, whose rights were settled with the server), on `today` in the desk's local time:
    // a mistake caught at the desk, not a rewrite of history. `injectedAt` is invalid when the
    // booking has no injection that is not undone.
    static Refusal checkUndoInjection(const QString &code, BookingState state, const QDateTime &injectedAt,
                                      bool suretyOrOverride, const QDate &today);
};

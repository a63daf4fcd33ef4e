#include "models/domain/Rules.h"

#include "models/domain/Validation.h"

#include <QRegularExpression>

Refusal Rules::checkVaccine(const QString &name, const QString &manufacturer)
{
    if (const Refusal r = Validation::checkName(name); r.isRefused())
        return r;
    return Validation::checkText(manufacturer, RefusalCode::EmptyManufacturer,
                                 RefusalCode::ManufacturerTooLong);
}

Refusal Rules::checkReceive(const QString &lotNumber, const QDate &expiry, int quantity, const QDate &today)
{
    if (const Refusal r =
            Validation::checkText(lotNumber, RefusalCode::EmptyLotNumber, RefusalCode::LotNumberTooLong);
        r.isRefused())
        return r;
    if (!expiry.isValid())
        return Refusal::make(RefusalCode::InvalidDate, expiry.toString(Qt::ISODate));
    if (expiry < today)
        return Refusal::make(RefusalCode::ExpiryInPast, expiry.toString(Qt::ISODate));
    if (quantity < 1)
        return Refusal::make(RefusalCode::InvalidQuantity);
    return {};
}

Refusal Rules::checkStockRoom(const StockLevel &level, int quantity)
{
    const qint64 room = qint64(StockLevel::kMaxDoses) - qMax(level.onHand, level.rights);
    if (quantity > room)
        return Refusal::make(RefusalCode::QuantityTooLarge, QString::number(qMax<qint64>(room, 0)));
    return {};
}

Refusal Rules::checkWriteOff(const StockLevel &level, int quantity, const QString &reason)
{
    if (quantity < 1)
        return Refusal::make(RefusalCode::InvalidQuantity);
    if (const Refusal r = Validation::checkText(reason, RefusalCode::EmptyReason, RefusalCode::ReasonTooLong);
        r.isRefused())
        return r;
    if (level.available() < quantity)
        return Refusal::make(RefusalCode::WriteOffExceedsAvailable, QString::number(level.available()));
    if (level.rights < quantity)
        return Refusal::make(RefusalCode::NoRights);
    return {};
}

Refusal Rules::checkWriteOffFromLot(const Lot &lot, int quantity)
{
    if (quantity > lot.remaining)
        return Refusal::make(RefusalCode::WriteOffExceedsLot, lot.lotNumber, QString::number(lot.remaining));
    return {};
}

Refusal Rules::checkBooking(const StockLevel &level, const Customer &customer, const QDateTime &appointment,
                            const QDateTime &now, const QString &existingBookedCode)
{
    if (const Refusal r = Validation::checkName(customer.name); r.isRefused())
        return r;
    if (!customer.birthDate.isValid())
        return Refusal::make(RefusalCode::InvalidBirthDate);
    if (customer.birthDate > now.date())
        return Refusal::make(RefusalCode::BirthDateInFuture, customer.birthDate.toString(Qt::ISODate));
    if (Validation::normalisePhone(customer.phone).isEmpty())
        return Refusal::make(RefusalCode::InvalidPhone, customer.phone);
    if (!appointment.isValid())
        return Refusal::make(RefusalCode::InvalidDateTime, QString());
    if (appointment < now)
        return Refusal::make(RefusalCode::AppointmentInPast,
                             appointment.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!existingBookedCode.isEmpty())
        return Refusal::make(RefusalCode::AlreadyBooked, existingBookedCode);
    if (level.available() < 1)
        return Refusal::make(RefusalCode::NotAvailable);
    if (level.rights < 1)
        return Refusal::make(RefusalCode::NoRights);
    return {};
}

Refusal Rules::checkCancel(BookingState state)
{
    if (state != BookingState::Booked)
        return Refusal::make(RefusalCode::NotBooked, bookingStateText(state));
    return {};
}

Refusal Rules::checkInject(BookingState state)
{
    return checkCancel(state);
}

Refusal Rules::checkLotForInjection(const Lot &lot, const QDate &today)
{
    if (lot.isExpiredOn(today))
        return Refusal::make(RefusalCode::LotExpired, lot.lotNumber);
    if (lot.remaining < 1)
        return Refusal::make(RefusalCode::LotEmpty, lot.lotNumber);
    return {};
}

int Rules::defaultLotIndex(const QList<Lot> &lots, const QDate &today)
{
    int best = -1;
    for (int i = 0; i < lots.size(); ++i) {
        const Lot &lot = lots.at(i);
        if (lot.remaining < 1 || lot.isExpiredOn(today))
            continue;
        if (best < 0 || lot.expiry < lots.at(best).expiry)
            best = i;
    }
    return best;
}

Refusal Rules::checkPermission(const Actor &actor, Role needed)
{
    if (!actor.can(needed))
        return Refusal::make(RefusalCode::NotPermitted, roleText(needed));
    return {};
}

Refusal Rules::checkUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{3,32}$"));
    if (!pattern.match(username).hasMatch())
        return Refusal::make(RefusalCode::InvalidUsername, username);
    return {};
}

Refusal Rules::checkPassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return Refusal::make(RefusalCode::WeakPassword, QString::number(kMinPasswordLength));
    return {};
}

Refusal Rules::checkSiteName(const QString &siteName)
{
    if (siteName.trimmed().isEmpty())
        return Refusal::make(RefusalCode::EmptySiteName);
    return {};
}

Refusal Rules::checkUndoInjection(const QString &code, BookingState state, const QDateTime &injectedAt,
                                  bool suretyOrOverride, const QDate &today)
{
    if (state != BookingState::Injected || !injectedAt.isValid())
        return Refusal::make(RefusalCode::NotInjected, code);
    if (suretyOrOverride)
        return Refusal::make(RefusalCode::UndoNotAllowed);
    const QDate day = injectedAt.toLocalTime().date();
    if (day != today)
        return Refusal::make(RefusalCode::UndoTooLate, day.toString(Qt::ISODate));
    return {};
}

#include "models/domain/AuditEntry.h"

#include "models/domain/ShownDate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

QString AuditEntry::actionText(const QString &action)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("VaccineRegistered"), QT_TRANSLATE_NOOP("AuditEntry", "vaccine registered")},
        {QStringLiteral("StockReceived"), QT_TRANSLATE_NOOP("AuditEntry", "stock received")},
        {QStringLiteral("StockWrittenOff"), QT_TRANSLATE_NOOP("AuditEntry", "stock written off")},
        {QStringLiteral("Booked"), QT_TRANSLATE_NOOP("AuditEntry", "booked")},
        {QStringLiteral("BookingCancelled"), QT_TRANSLATE_NOOP("AuditEntry", "booking cancelled")},
        {QStringLiteral("Injected"), QT_TRANSLATE_NOOP("AuditEntry", "injected")},
        {QStringLiteral("InjectionUndone"), QT_TRANSLATE_NOOP("AuditEntry", "injection undone")},
        {QStringLiteral("sign-in"), QT_TRANSLATE_NOOP("AuditEntry", "signed in")},
        {QStringLiteral("sign-in-failed"), QT_TRANSLATE_NOOP("AuditEntry", "sign-in failed")},
        {QStringLiteral("locked"), QT_TRANSLATE_NOOP("AuditEntry", "account locked")},
        {QStringLiteral("sign-in-locked"), QT_TRANSLATE_NOOP("AuditEntry", "sign-in while locked")},
        {QStringLiteral("sign-out"), QT_TRANSLATE_NOOP("AuditEntry", "signed out")},
        {QStringLiteral("desk-locked"), QT_TRANSLATE_NOOP("AuditEntry", "desk locked")},
        {QStringLiteral("clinic-created"), QT_TRANSLATE_NOOP("AuditEntry", "clinic set up")},
        {QStringLiteral("staff-added"), QT_TRANSLATE_NOOP("AuditEntry", "staff added")},
        {QStringLiteral("staff-roles-changed"), QT_TRANSLATE_NOOP("AuditEntry", "roles changed")},
        {QStringLiteral("staff-password-reset"), QT_TRANSLATE_NOOP("AuditEntry", "password reset")},
        {QStringLiteral("staff-deactivated"), QT_TRANSLATE_NOOP("AuditEntry", "staff deactivated")},
        {QStringLiteral("conflict-resolved"), QT_TRANSLATE_NOOP("AuditEntry", "sync conflict resolved")},
    };
    const auto found = texts.constFind(action);
    return found == texts.constEnd() ? action : QCoreApplication::translate("AuditEntry", found.value());
}

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("AuditEntry", text);
}

QString translated(const char *text, int n)
{
    return QCoreApplication::translate("AuditEntry", text, nullptr, n);
}

// "LOT-A" for one lot, "LOT-A (2), LOT-B (1)" for several.
QString lotsText(const QJsonArray &lots)
{
    if (lots.size() == 1)
        return lots.first().toObject().value(QLatin1String("lotNumber")).toString();
    QStringList parts;
    for (const QJsonValue &value : lots) {
        const QJsonObject lot = value.toObject();
        parts.append(
            QStringLiteral("%1 (%2)").arg(lot.value(QLatin1String("lotNumber")).toString(),
                                          QString::number(lot.value(QLatin1String("quantity")).toInt())));
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString AuditEntry::description() const
{
    const QJsonObject event = QJsonDocument::fromJson(payload.toUtf8()).object();
    const auto field = [&event](const char *name) { return event.value(QLatin1String(name)).toString(); };
    const int quantity = event.value(QLatin1String("quantity")).toInt();
    const QString vaccine = vaccineName.isEmpty() ? field("vaccineId") : vaccineName;
    const QString customer = customerName.isEmpty() ? field("name") : customerName;
    if (action == QLatin1String("VaccineRegistered") && !event.isEmpty())
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "Vaccine %1 by %2 added to the catalogue"))
            .arg(field("name"), field("manufacturer"));
    if (action == QLatin1String("StockReceived") && !event.isEmpty())
        return translated(
                   QT_TRANSLATE_N_NOOP("AuditEntry", "%n dose(s) of %1 received in lot %2, expiring %3"),
                   quantity)
            .arg(vaccine, field("lotNumber"),
                 ShownDate::date(QDate::fromString(field("expiry"), Qt::ISODate)));
    if (action == QLatin1String("StockWrittenOff") && !event.isEmpty())
        return translated(QT_TRANSLATE_N_NOOP("AuditEntry", "%n dose(s) of %1 written off from lot %2: %3"),
                          quantity)
            .arg(vaccine, lotsText(event.value(QLatin1String("lots")).toArray()), field("reason"));
    if (action == QLatin1String("Booked") && !event.isEmpty())
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "%1 booked for %2 on %3, code %4"))
            .arg(customer, vaccine,
                 ShownDate::minute(QDateTime::fromString(field("appointment"), Qt::ISODate)), field("code"));
    if (action == QLatin1String("BookingCancelled") && !event.isEmpty())
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "Booking %1 of %2 for %3 cancelled"))
            .arg(field("code"), customer, vaccine);
    if (action == QLatin1String("Injected") && !event.isEmpty())
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "%1 injected with %2 from lot %3, booking %4"))
            .arg(customer, vaccine, field("lotNumber"), field("code"));
    if (action == QLatin1String("InjectionUndone") && !event.isEmpty())
        return translated(
                   QT_TRANSLATE_NOOP("AuditEntry",
                                     "Injection of %1 undone: the dose went back to lot %2, booking %3"))
            .arg(customer, field("lotNumber"), field("code"));
    if (action == QLatin1String("sign-in"))
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "Signed in as %1")).arg(subject);
    if (action == QLatin1String("sign-in-failed"))
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "Sign-in as %1 refused")).arg(subject);
    if (action == QLatin1String("sign-in-locked"))
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "Sign-in as %1 refused: the account is locked"))
            .arg(subject);
    if (action == QLatin1String("locked"))
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "Account %1 locked after too many wrong passwords"))
            .arg(subject);
    if (action == QLatin1String("sign-out"))
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "Signed out"));
    if (action == QLatin1String("desk-locked"))
        return subject == QLatin1String("idle")
                   ? translated(QT_TRANSLATE_NOOP("AuditEntry", "Desk locked: nobody used it for a while"))
                   : translated(QT_TRANSLATE_NOOP("AuditEntry", "Desk locked by hand"));
    if (action == QLatin1String("clinic-created"))
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "Clinic %1 set up")).arg(subject);
    if (action == QLatin1String("staff-added"))
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "Staff account %1 added")).arg(subject);
    if (action == QLatin1String("staff-roles-changed"))
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "Roles changed: %1")).arg(subject);
    if (action == QLatin1String("staff-password-reset"))
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "New password set for %1")).arg(subject);
    if (action == QLatin1String("staff-deactivated"))
        return translated(QT_TRANSLATE_NOOP("AuditEntry", "Account %1 deactivated")).arg(subject);
    return subject;
}

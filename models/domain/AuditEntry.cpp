#include "models/domain/AuditEntry.h"

#include <QCoreApplication>
#include <QHash>

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

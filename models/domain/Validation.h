#pragma once

#include "models/domain/Refusal.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// Parsing and checking of what people type, shared by the CLI, the desk and the server.
// Every check answers a Refusal; code None means the value is fine.
class Validation final
{
public:
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxTextLength = 200;

    static Refusal checkName(const QString &name);
    // A required free text (manufacturer, lot number, reason): each refusal names its field.
    static Refusal checkText(const QString &text, RefusalCode ifEmpty, RefusalCode ifTooLong);
    // Digits only; dashes, spaces and dots are dropped. Empty when not 8-15 digits.
    static QString normalisePhone(const QString &phone);
    // Stored digits as Korean staff read them: 010-1234-5678, 02-123-4567, 031-123-4567; other
    // lengths as stored.
    static QString displayPhone(const QString &digits);
    // Strict YYYY-MM-DD; invalid QDate otherwise.
    static QDate parseDate(const QString &text);
    // Strict YYYY-MM-DDTHH:MM (a space instead of T is accepted); invalid otherwise.
    static QDateTime parseAppointment(const QString &text);
};

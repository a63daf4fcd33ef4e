#include "models/domain/Validation.h"

#include <QRegularExpression>

Refusal Validation::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Refusal::make(RefusalCode::EmptyName);
    if (trimmed.size() > kMaxNameLength)
        return Refusal::make(RefusalCode::NameTooLong, QString::number(kMaxNameLength));
    return {};
}

Refusal Validation::checkText(const QString &text, RefusalCode ifEmpty, RefusalCode ifTooLong)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Refusal::make(ifEmpty);
    if (trimmed.size() > kMaxTextLength)
        return Refusal::make(ifTooLong, QString::number(kMaxTextLength));
    return {};
}

QString Validation::normalisePhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone.trimmed()) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
        else if (c != QLatin1Char('-') && c != QLatin1Char(' ') && c != QLatin1Char('.'))
            return QString();
    }
    return digits.size() >= 8 && digits.size() <= 15 ? digits : QString();
}

QString Validation::displayPhone(const QString &digits)
{
    const auto join = [&digits](int first, int second) {
        return digits.left(first) + QLatin1Char('-') + digits.mid(first, second) + QLatin1Char('-') +
               digits.mid(first + second);
    };
    const bool seoul = digits.startsWith(QLatin1String("02"));
    switch (digits.size()) {
    case 9:
        return seoul ? join(2, 3) : digits;
    case 10:
        return seoul ? join(2, 4) : join(3, 3);
    case 11:
        return join(3, 4);
    default:
        return digits;
    }
}

QDate Validation::parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text.trimmed()).hasMatch())
        return QDate();
    return QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
}

QDateTime Validation::parseAppointment(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})$"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return QDateTime();
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm"));
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time);
}

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

namespace {
// The number in text[from, from + count) when all of it is ASCII digits; -1 otherwise.
int asciiNumber(const QString &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "yyyy-MM-dd" at the start of text, the one shape both parsers accept; an invalid QDate for
// anything else. Sync applies one per event read (the feed, a pushed batch): QDate::fromString
// with a format costs about 30 times as much (bench/README.md, bench_sync_drain).
QDate fastDate(const QString &text)
{
    if (text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return QDate();
    const int year = asciiNumber(text, 0, 4);
    const int month = asciiNumber(text, 5, 2);
    const int day = asciiNumber(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return QDate();
    return QDate(year, month, day);
}

QDate slowDate(const QString &trimmed)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(trimmed).hasMatch())
        return QDate();
    return QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
}

QDateTime slowAppointment(const QString &trimmed)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})$"));
    const auto match = shape.match(trimmed);
    if (!match.hasMatch())
        return QDateTime();
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm"));
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time);
}
} // namespace

// The fast paths answer only what they are sure of (a valid date and time in the exact shape);
// everything else goes to the regular expression and Qt's parser, so no answer changes.
QDate Validation::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10) {
        if (const QDate date = fastDate(trimmed); date.isValid())
            return date;
    }
    return slowDate(trimmed);
}

QDateTime Validation::parseAppointment(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 16 && (trimmed.at(10) == QLatin1Char('T') || trimmed.at(10) == QLatin1Char(' ')) &&
        trimmed.at(13) == QLatin1Char(':')) {
        const QDate date = fastDate(trimmed);
        const int hour = asciiNumber(trimmed, 11, 2);
        const int minute = asciiNumber(trimmed, 14, 2);
        if (date.isValid() && hour >= 0 && minute >= 0 && QTime::isValid(hour, minute, 0))
            return QDateTime(date, QTime(hour, minute));
    }
    return slowAppointment(trimmed);
}

#include "models/domain/BookingCode.h"
#include "models/domain/ConflictText.h"
#include "models/domain/Event.h"
#include "models/domain/IsoText.h"
#include "models/domain/Refusal.h"
#include "models/domain/Validation.h"
#include "translations/Translations.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

namespace {
// Validation's parsers as they were before their fast paths: the answers must not change.
QDate qtParseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text.trimmed()).hasMatch())
        return QDate();
    return QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
}

QDateTime qtParseAppointment(const QString &text)
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
} // namespace

// Parsing of typed values, booking codes and the event's JSON form.
class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datesAreStrict()
    {
        QCOMPARE(Validation::parseDate(QStringLiteral("2026-03-02")), QDate(2026, 3, 2));
        QVERIFY(!Validation::parseDate(QStringLiteral("2026-02-30")).isValid());
        QVERIFY(!Validation::parseDate(QStringLiteral("2026-3-2")).isValid());
        QVERIFY(!Validation::parseDate(QStringLiteral("02.03.2026")).isValid());
        QVERIFY(!Validation::parseDate(QString()).isValid());
    }
    void appointmentsAreStrict()
    {
        QCOMPARE(Validation::parseAppointment(QStringLiteral("2026-03-02T14:30")),
                 QDateTime(QDate(2026, 3, 2), QTime(14, 30)));
        QCOMPARE(Validation::parseAppointment(QStringLiteral("2026-03-02 14:30")),
                 QDateTime(QDate(2026, 3, 2), QTime(14, 30)));
        QVERIFY(!Validation::parseAppointment(QStringLiteral("2026-03-02T25:00")).isValid());
        QVERIFY(!Validation::parseAppointment(QStringLiteral("2026-03-02")).isValid());
        QVERIFY(!Validation::parseAppointment(QStringLiteral("tomorrow")).isValid());
    }
    void fastDateParsingAnswersAsQtDoes()
    {
        QStringList dates;
        for (QDate day(1899, 12, 25); day <= QDate(2101, 1, 5); day = day.addDays(1))
            dates << day.toString(Qt::ISODate);
        for (const char *odd :
             {"0000-01-01", "0001-01-01",     "0099-12-31",     "9999-12-31",   "2026-00-10",  "2026-13-01",
              "2026-01-00", "2026-01-32",     "2026-02-29",     "2024-02-29",   "1900-02-29",  "2000-02-29",
              "2026-04-31", " 2026-03-02 ",   "\t2026-03-02\n", "2026-03-02\n", "2026/03/02",  "2026-3-02",
              "+026-03-02", "-026-03-02",     "2026-03-0a",     "20260-03-02",  "2026-03-021", "",
              " ",          "２０２６-03-02", "2026-03-٠٢"})
            dates << QString::fromUtf8(odd);
        for (const QString &date : std::as_const(dates))
            QCOMPARE(Validation::parseDate(date), qtParseDate(date));

        QStringList appointments;
        for (int hour = 0; hour <= 25; ++hour)
            for (int minute = 0; minute <= 61; ++minute)
                appointments << QStringLiteral("2026-03-02T%1:%2")
                                    .arg(hour, 2, 10, QLatin1Char('0'))
                                    .arg(minute, 2, 10, QLatin1Char('0'));
        for (const QString &date : std::as_const(dates))
            appointments << date + QStringLiteral("T09:30") << date + QStringLiteral(" 23:59");
        for (const char *odd :
             {"2026-03-02t09:30", "2026-03-02_09:30", "2026-03-02T9:30", "2026-03-02T09.30",
              "2026-03-02T09:3a", "2026-03-02T0930", "2026-03-02T09:30:00", " 2026-03-02 09:30\n",
              "2026-03-02  09:30", "2026-03-02T-1:30", "2026-03-02T０9:30"})
            appointments << QString::fromUtf8(odd);
        for (const QString &appointment : std::as_const(appointments))
            QCOMPARE(Validation::parseAppointment(appointment), qtParseAppointment(appointment));
    }
    void phonesAreNormalisedToDigits()
    {
        QCOMPARE(Validation::normalisePhone(QStringLiteral("010-1234-5678")), QStringLiteral("01012345678"));
        QCOMPARE(Validation::normalisePhone(QStringLiteral(" 010 1234 5678 ")),
                 QStringLiteral("01012345678"));
        QVERIFY(Validation::normalisePhone(QStringLiteral("1234")).isEmpty());
        QVERIFY(Validation::normalisePhone(QStringLiteral("010-CALL-ME")).isEmpty());
        QVERIFY(Validation::normalisePhone(QString(16, QLatin1Char('1'))).isEmpty());
    }
    void bookingCodesAvoidLookalikes()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString code = BookingCode::generate();
            QCOMPARE(code.size(), BookingCode::kLength);
            for (const QChar c : {QLatin1Char('0'), QLatin1Char('O'), QLatin1Char('1'), QLatin1Char('I')})
                QVERIFY(!code.contains(c));
            QCOMPARE(BookingCode::normalise(code), code);
            seen.insert(code);
        }
        QVERIFY(seen.size() > 1990); // 40 random bits: clashes in 2,000 are all but impossible
    }
    void typedCodesAreNormalised()
    {
        QCOMPARE(BookingCode::normalise(QStringLiteral("abcd-2345")), QStringLiteral("ABCD2345"));
        QVERIFY(BookingCode::normalise(QStringLiteral("ABCD234")).isEmpty());
        QVERIFY(BookingCode::normalise(QStringLiteral("ABCD2340")).isEmpty()); // 0 is not in the alphabet
        QVERIFY(BookingCode::normalise(QStringLiteral("ABCD23456")).isEmpty());
    }
    void refusalsSpeakTheUsersLanguage()
    {
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::Korean));
        const QString korean = Refusal::make(RefusalCode::NotAvailable).message;
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
        const QString english = Refusal::make(RefusalCode::NotAvailable).message;
        QCOMPARE(korean, QStringLiteral("이 백신은 예약 가능한 재고가 없습니다."));
        QCOMPARE(english, QStringLiteral("No dose of this vaccine is available to book."));
    }
    void conflictCodesReadAsWords()
    {
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::Korean));
        const QString koreanType = ConflictText::eventType(QStringLiteral("Booked"));
        const QString koreanReason = ConflictText::reason(QStringLiteral("not_available"));
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
        QCOMPARE(ConflictText::eventType(QStringLiteral("Booked")), QStringLiteral("Booking"));
        QCOMPARE(ConflictText::reason(QStringLiteral("not_available")),
                 QStringLiteral("No dose was left to book at the site."));
        QVERIFY(koreanType != QStringLiteral("Booking") && !koreanType.isEmpty());
        QVERIFY(koreanReason != ConflictText::reason(QStringLiteral("not_available")));
        // A code this desk does not know yet (a newer server's) is still shown, with the code.
        QCOMPARE(ConflictText::reason(QStringLiteral("brand_new_reason")),
                 QStringLiteral("Other reason (brand_new_reason)"));
        QCOMPARE(ConflictText::eventType(QStringLiteral("SomethingNew")), QStringLiteral("SomethingNew"));
    }
    void isoTextMatchesQtsIsoFormats()
    {
        for (const QDateTime &t :
             {QDateTime(QDate(2026, 3, 2), QTime(9, 5, 7, 45)), QDateTime(QDate(1, 1, 1), QTime()),
              QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)}) {
            QCOMPARE(IsoText::date(t.date()), t.date().toString(Qt::ISODate));
            QCOMPARE(IsoText::minute(t), t.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
            QCOMPARE(IsoText::utcMillis(t), t.toUTC().toString(Qt::ISODateWithMs));
        }
        QCOMPARE(IsoText::date(QDate()), QString());
    }
    void eventsRoundTripThroughJson()
    {
        Event event;
        event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        event.type = EventType::StockWrittenOff;
        event.deviceId = QStringLiteral("desk-1");
        event.siteId = QStringLiteral("site-1");
        event.sequence = 7;
        event.feedCursor = 3;
        event.at = QDateTime(QDate(2026, 3, 2), QTime(9, 0, 1, 250), Qt::UTC);
        event.payload = {{QStringLiteral("quantity"), 2}};
        const auto back = Event::fromJson(event.toJson());
        QVERIFY(back);
        QCOMPARE(back->id, event.id);
        QCOMPARE(back->type, event.type);
        QCOMPARE(back->sequence, 7);
        QCOMPARE(back->feedCursor, 3);
        QCOMPARE(back->at, event.at);
        QCOMPARE(back->payload, event.payload);
    }
    void malformedEventsAreRejected()
    {
        Event event;
        event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        event.deviceId = QStringLiteral("desk-1");
        event.sequence = 1;
        event.at = QDateTime::currentDateTimeUtc();
        QJsonObject json = event.toJson();
        QVERIFY(Event::fromJson(json));
        for (const char *key : {"id", "type", "deviceId", "sequence", "at", "payload"}) {
            QJsonObject broken = json;
            broken.remove(QLatin1String(key));
            QVERIFY2(!Event::fromJson(broken), key);
        }
        json[QStringLiteral("type")] = QStringLiteral("Teleported");
        QVERIFY(!Event::fromJson(json));
        QCOMPARE(eventTypeName(EventType::BookingCancelled), QStringLiteral("BookingCancelled"));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "test_domain.moc"

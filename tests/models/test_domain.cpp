#include "models/domain/BookingCode.h"
#include "models/domain/Event.h"
#include "models/domain/IsoText.h"
#include "models/domain/Refusal.h"
#include "models/domain/Validation.h"
#include "translations/Translations.h"

#include <QSet>
#include <QTest>
#include <QUuid>

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

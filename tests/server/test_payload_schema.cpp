#include "server/store/PayloadSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

// The server stores what trim() leaves, so what it leaves must not depend on which way it took:
// a payload that is already what trim() would make comes back unchanged, and every other one is
// rebuilt with the same answer as before the fast way existed.
class TestPayloadSchema : public QObject
{
    Q_OBJECT

private:
    static QJsonObject booking()
    {
        return {{QStringLiteral("bookingId"), QStringLiteral("01a24c33-be81-70e5-9ad9-e816bc01daee")},
                {QStringLiteral("code"), QStringLiteral("7NYWQK2M")},
                {QStringLiteral("vaccineId"), QStringLiteral("01a24c33-be81-70e5-9ad9-e816bc01dae0")},
                {QStringLiteral("name"), QStringLiteral("김민준")},
                {QStringLiteral("birthDate"), QStringLiteral("1980-05-17")},
                {QStringLiteral("phone"), QStringLiteral("01012345678")},
                {QStringLiteral("appointment"), QStringLiteral("2030-01-05T10:30")},
                {QStringLiteral("holder"), QStringLiteral("e1c0a1b2-0000-4000-8000-000000000001")}};
    }

    static QString trimmed(EventType type, QJsonObject *payload)
    {
        return PayloadSchema::trim(type, payload);
    }

private Q_SLOTS:
    void aPayloadAsDesksWriteItComesBackUnchanged()
    {
        for (const auto &[type, payload] :
             {std::pair{EventType::Booked, booking()},
              std::pair{EventType::StockReceived,
                        QJsonObject{{QStringLiteral("vaccineId"), QStringLiteral("v1")},
                                    {QStringLiteral("lotNumber"), QStringLiteral("L1")},
                                    {QStringLiteral("expiry"), QStringLiteral("2030-01-31")},
                                    {QStringLiteral("quantity"), 10}}},
              std::pair{EventType::Injected, QJsonObject{{QStringLiteral("bookingId"), QStringLiteral("b1")},
                                                         {QStringLiteral("surety"), true},
                                                         {QStringLiteral("override"), false}}},
              std::pair{EventType::SuretyReleased, QJsonObject{}}}) {
            QJsonObject copy = payload;
            QCOMPARE(trimmed(type, &copy), QString());
            QCOMPARE(QJsonDocument(copy).toJson(), QJsonDocument(payload).toJson());
        }
    }

    void everythingElseIsRebuiltAsBefore()
    {
        // Extra fields go, whatever they hold.
        QJsonObject extra = booking();
        extra.insert(QStringLiteral("x"), QJsonObject{{QStringLiteral("big"), QStringLiteral("yes")}});
        QCOMPARE(trimmed(EventType::Booked, &extra), QString());
        QCOMPARE(extra, booking());

        // A field of the wrong type: an error, and an empty value of its type in its place.
        QJsonObject wrong = booking();
        wrong.insert(QStringLiteral("code"), 29);
        QVERIFY(!trimmed(EventType::Booked, &wrong).isEmpty());
        QCOMPARE(wrong.value(QStringLiteral("code")), QJsonValue(QString()));

        // Over a limit.
        QJsonObject longName = booking();
        longName.insert(QStringLiteral("name"), QString(PayloadSchema::kMaxTextLength + 1, QLatin1Char('a')));
        QVERIFY(!trimmed(EventType::Booked, &longName).isEmpty());

        // Numbers: a fraction and one beyond 2^53 are not whole numbers.
        for (const double quantity : {1.5, 1e300}) {
            QJsonObject receipt{{QStringLiteral("vaccineId"), QStringLiteral("v1")},
                                {QStringLiteral("quantity"), quantity}};
            QVERIFY(!trimmed(EventType::StockReceived, &receipt).isEmpty());
        }

        // A write-off's lots are rebuilt lot by lot: their extra fields go.
        QJsonObject writeOff{{QStringLiteral("vaccineId"), QStringLiteral("v1")},
                             {QStringLiteral("quantity"), 2},
                             {QStringLiteral("lots"),
                              QJsonArray{QJsonObject{{QStringLiteral("lotNumber"), QStringLiteral("L1")},
                                                     {QStringLiteral("quantity"), 2},
                                                     {QStringLiteral("x"), 1}}}}};
        QCOMPARE(trimmed(EventType::StockWrittenOff, &writeOff), QString());
        QCOMPARE(writeOff.value(QStringLiteral("lots")).toArray().at(0).toObject(),
                 (QJsonObject{{QStringLiteral("lotNumber"), QStringLiteral("L1")},
                              {QStringLiteral("quantity"), 2}}));
    }
};

QTEST_GUILESS_MAIN(TestPayloadSchema)
#include "test_payload_schema.moc"

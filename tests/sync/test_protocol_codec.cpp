#include "sync/protocol/Enrollment.h"
#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/EventBatch.h"
#include "sync/protocol/EventResult.h"
#include "sync/protocol/FeedPage.h"
#include "sync/protocol/ProtocolJson.h"
#include "sync/protocol/RightsAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <limits>

// The v1 codec: every shape round-trips, and every wrong shape is refused with a message that
// names the field, never a crash.
class TestProtocolCodec : public QObject
{
    Q_OBJECT

private:
    static Event event(qint64 sequence)
    {
        Event e;
        e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.type = EventType::StockReceived;
        e.deviceId = QStringLiteral("device-1");
        e.siteId = QStringLiteral("site-1");
        e.sequence = sequence;
        e.feedCursor = 3;
        e.at = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        e.payload = {{QStringLiteral("vaccineId"), QStringLiteral("v1")}, {QStringLiteral("quantity"), 10}};
        return e;
    }

    static QJsonObject batchWith(const QJsonValue &event)
    {
        return {{QStringLiteral("events"), QJsonArray{event}}};
    }

    // Decodes a batch whose only event is `event` with `key` set to `value` (or removed when undefined).
    static QString batchError(const QString &key, const QJsonValue &value)
    {
        QJsonObject json = event(1).toJson();
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        QString error;
        if (EventBatch::fromJson(batchWith(json), &error))
            return QStringLiteral("<decoded>");
        return error;
    }

private Q_SLOTS:
    void batchRoundTrips()
    {
        EventBatch batch{{event(1), event(2)}};
        QString error;
        const auto decoded = EventBatch::fromJson(batch.toJson(), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->events.size(), 2);
        QCOMPARE(decoded->events.at(1).id, batch.events.at(1).id);
        QCOMPARE(decoded->events.at(1).sequence, 2);
        QCOMPARE(decoded->events.at(0).payload, batch.events.at(0).payload);
        QCOMPARE(decoded->events.at(0).at, batch.events.at(0).at);
    }

    void bodyMustBeOneJsonObject()
    {
        QString error;
        QVERIFY(!ProtocolJson::parseObject("{\"events\": [", &error));
        QVERIFY(error.contains(QLatin1String("not valid JSON")));
        QVERIFY(!ProtocolJson::parseObject("[1, 2]", &error));
        QVERIFY(error.contains(QLatin1String("object")));
        QVERIFY(!ProtocolJson::parseObject("", &error));
        QVERIFY(ProtocolJson::parseObject("{}", &error));
    }

    // The server stores serializeEvent's bytes and compares resent events with them, so it must
    // be Qt's serialisation exactly, whatever the event holds; odd text takes Qt's own way.
    void eventSerialisationIsQtsByteForByte()
    {
        QList<Event> events;
        for (const EventType type : {EventType::VaccineRegistered, EventType::StockReceived,
                                     EventType::Booked, EventType::BookingCancelled, EventType::Injected,
                                     EventType::InjectionUndone, EventType::SuretyReleased}) {
            Event e = event(1);
            e.type = type;
            events.append(e);
        }
        const QStringList odd{
            QStringLiteral("a\"b"), QStringLiteral("a\\b"),      QStringLiteral("line\nbreak"),
            QString(QChar(0x7f)),   QStringLiteral("김민준"),    QString(),
            QString(QChar(0xd800)), QStringLiteral("tab\there"), QStringLiteral("/")};
        for (const QString &text : odd) {
            Event e = event(2);
            e.deviceId = text;
            events.append(e);
            e = event(3);
            e.siteId = text;
            events.append(e);
            e = event(4);
            e.id = text;
            events.append(e);
        }
        for (const qint64 number :
             {qint64(0), qint64(1), (qint64(1) << 53) + 1, std::numeric_limits<qint64>::max()}) {
            Event e = event(number);
            e.feedCursor = number;
            events.append(e);
        }
        Event nested = event(5);
        nested.payload = {{QStringLiteral("lots"),
                           QJsonArray{QJsonObject{{QStringLiteral("lotNumber"), QStringLiteral("L\"1")},
                                                  {QStringLiteral("quantity"), 2}}}},
                          {QStringLiteral("name"), QStringLiteral("김 \U0001F600") + QChar(1)},
                          {QStringLiteral("half"), 0.5},
                          {QStringLiteral("none"), QJsonValue::Null},
                          {QStringLiteral("credited"), true}};
        events.append(nested);
        Event timeless = event(6);
        timeless.at = QDateTime();
        events.append(timeless);
        Event local = event(7);
        local.at = QDateTime(QDate(2026, 3, 2), QTime(9, 0, 1, 7), QTimeZone(3600 * 9));
        events.append(local);

        for (const Event &e : events)
            QCOMPARE(ProtocolJson::serializeEvent(e), ProtocolJson::serialize(e.toJson()));
        QCOMPARE(EventBatch{events}.serialize(), ProtocolJson::serialize(EventBatch{events}.toJson()));
        QCOMPARE(EventBatch{}.serialize(), ProtocolJson::serialize(EventBatch{}.toJson()));
    }

    // The push's answer is written directly too: the same bytes as encoding it, for every kind
    // of result and for none.
    void batchAnswerSerialisationIsQtsByteForByte()
    {
        BatchAnswer answer;
        QCOMPARE(answer.serialize(), ProtocolJson::serialize(answer.toJson()));
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        answer.results.append({id, EventStatus::Accepted, 12, {}, {}});
        answer.results.append({id, EventStatus::Duplicate, 0, {}, {}});
        answer.results.append({id, EventStatus::Rejected, 0, QStringLiteral("not_available"),
                               QStringLiteral("재고가 \"없습니다\"")});
        answer.results.append(
            {QStringLiteral("odd\"id"), EventStatus::Accepted, std::numeric_limits<qint64>::max(), {}, {}});
        answer.results.append({QStringLiteral("김"), EventStatus::Duplicate, 3, {}, {}});
        answer.rights.insert(QStringLiteral("v1"), 4);
        answer.rights.insert(QStringLiteral("v\n2"), 0);
        QCOMPARE(answer.serialize(), ProtocolJson::serialize(answer.toJson()));
    }

    void batchShapeErrorsNameTheField()
    {
        QString error;
        QVERIFY(!EventBatch::fromJson({}, &error));
        QCOMPARE(error, QStringLiteral("events is missing"));
        QVERIFY(!EventBatch::fromJson({{QStringLiteral("events"), 5}}, &error));
        QCOMPARE(error, QStringLiteral("events must be an array"));
        QVERIFY(!EventBatch::fromJson(batchWith(QStringLiteral("x")), &error));
        QCOMPARE(error, QStringLiteral("events[0] must be an object"));

        QCOMPARE(batchError(QStringLiteral("type"), QStringLiteral("Teleported")),
                 QStringLiteral("events[0].type is an unknown event type \"Teleported\""));
        QCOMPARE(batchError(QStringLiteral("sequence"), 0),
                 QStringLiteral("events[0].sequence must be between 1 and 9223372036854775807"));
        QCOMPARE(batchError(QStringLiteral("sequence"), QStringLiteral("1")),
                 QStringLiteral("events[0].sequence must be a whole number"));
        QCOMPARE(batchError(QStringLiteral("sequence"), 1.5),
                 QStringLiteral("events[0].sequence must be a whole number"));
        QCOMPARE(batchError(QStringLiteral("feedCursor"), -1),
                 QStringLiteral("events[0].feedCursor must be between 0 and 9223372036854775807"));
        QCOMPARE(batchError(QStringLiteral("payload"), QJsonValue::Undefined),
                 QStringLiteral("events[0].payload is missing"));
        QCOMPARE(batchError(QStringLiteral("payload"), QJsonArray()),
                 QStringLiteral("events[0].payload must be an object"));
        QCOMPARE(batchError(QStringLiteral("siteId"), QString()),
                 QStringLiteral("events[0].siteId must not be empty"));
        QCOMPARE(batchError(QStringLiteral("deviceId"), QJsonValue::Null),
                 QStringLiteral("events[0].deviceId must be a string"));
        QVERIFY(
            batchError(QStringLiteral("id"), QStringLiteral("not-a-uuid")).contains(QLatin1String("UUID")));
        QVERIFY(batchError(QStringLiteral("at"), QStringLiteral("yesterday"))
                    .contains(QLatin1String("ISO 8601")));
    }

    void batchHasALimit()
    {
        QJsonArray events;
        const QJsonObject one = event(1).toJson();
        for (int i = 0; i <= ProtocolJson::kMaxBatchEvents; ++i)
            events.append(one);
        QString error;
        QVERIFY(!EventBatch::fromJson({{QStringLiteral("events"), events}}, &error));
        QVERIFY(error.contains(QString::number(ProtocolJson::kMaxBatchEvents)));
    }

    void batchAnswerRoundTrips()
    {
        EventResult accepted{QStringLiteral("a"), EventStatus::Accepted, 7, {}, {}};
        EventResult duplicate{QStringLiteral("b"), EventStatus::Duplicate, 5, {}, {}};
        EventResult rejected{QStringLiteral("c"), EventStatus::Rejected, 0, QStringLiteral("not_available"),
                             QStringLiteral("No dose")};
        QString error;
        const auto decoded = BatchAnswer::fromJson(
            BatchAnswer{{accepted, duplicate, rejected}, {{QStringLiteral("v1"), 4}}}.toJson(), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->rights.value(QStringLiteral("v1")), 4);
        QCOMPARE(decoded->results.size(), 3);
        QCOMPARE(decoded->results.at(0).serverSequence, 7);
        QCOMPARE(decoded->results.at(1).status, EventStatus::Duplicate);
        QCOMPARE(decoded->results.at(2).reason, QStringLiteral("not_available"));
        QCOMPARE(decoded->results.at(2).message, QStringLiteral("No dose"));
    }

    void batchAnswerRefusesNonsense()
    {
        QString error;
        QJsonObject result{{QStringLiteral("id"), QStringLiteral("a")},
                           {QStringLiteral("status"), QStringLiteral("maybe")},
                           {QStringLiteral("serverSequence"), 0}};
        QVERIFY(!BatchAnswer::fromJson({{QStringLiteral("results"), QJsonArray{result}}}, &error));
        QVERIFY(error.contains(QLatin1String("unknown status")));
        result.insert(QStringLiteral("status"), QStringLiteral("rejected"));
        QVERIFY(!BatchAnswer::fromJson({{QStringLiteral("results"), QJsonArray{result}}}, &error));
        QVERIFY(error.contains(QLatin1String("without a reason")));
    }

    void feedPageRoundTripsAndKeepsOrder()
    {
        FeedPage page;
        page.after = 10;
        page.entries = {{11, event(1)}, {15, event(2)}};
        page.next = 15;
        page.more = true;
        QString error;
        const auto decoded = FeedPage::fromJson(page.toJson(), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->after, 10);
        QCOMPARE(decoded->next, 15);
        QVERIFY(decoded->more);
        QCOMPARE(decoded->entries.at(1).event.id, page.entries.at(1).event.id);

        FeedPage backwards = page;
        backwards.entries = {{15, event(1)}, {11, event(2)}};
        QVERIFY(!FeedPage::fromJson(backwards.toJson(), &error));
        QVERIFY(error.contains(QLatin1String("entries[1]")));
        FeedPage wrongNext = page;
        wrongNext.next = 14;
        QVERIFY(!FeedPage::fromJson(wrongNext.toJson(), &error));
        FeedPage empty;
        empty.after = empty.next = 42;
        QVERIFY(FeedPage::fromJson(empty.toJson(), &error));
    }

    void rightsRequestAndAnswerRoundTrip()
    {
        const RightsRequest request{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                    QStringLiteral("s"),
                                    QStringLiteral("v"),
                                    RightsAction::Return,
                                    3,
                                    12,
                                    40};
        QString error;
        const auto decoded = RightsRequest::fromJson(request.toJson(), &error);
        QVERIFY2(decoded, qPrintable(error));
        QVERIFY(decoded->sameAs(request));
        QJsonObject braces = request.toJson();
        braces.insert(QStringLiteral("requestId"),
                      QLatin1Char('{') + request.requestId.toUpper() + QLatin1Char('}'));
        QCOMPARE(RightsRequest::fromJson(braces, &error)->requestId, request.requestId); // one spelling
        QJsonObject wrong = request.toJson();
        wrong.insert(QStringLiteral("action"), QStringLiteral("borrow"));
        QVERIFY(!RightsRequest::fromJson(wrong, &error));
        QCOMPARE(error, QStringLiteral("action must be \"refill\" or \"return\""));
        wrong = request.toJson();
        wrong.insert(QStringLiteral("count"), RightsRequest::kMaxCount + 1);
        QVERIFY(!RightsRequest::fromJson(wrong, &error));
        QVERIFY(error.startsWith(QLatin1String("count must be between 1 and")));

        RightsAnswer refill;
        refill.requestId = request.requestId;
        refill.vaccineId = QStringLiteral("v");
        refill.requested = 5;
        refill.moved = 2;
        refill.grantSequence = 20;
        refill.feed.after = 10;
        refill.feed.entries = {{11, event(1)}, {15, event(2)}};
        refill.feed.next = 15;
        const auto answer = RightsAnswer::fromJson(refill.toJson(), &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->toJson(), refill.toJson());
        QCOMPARE(refill.toJson().value(QStringLiteral("granted")).toInteger(), 2);
        refill.grantSequence = 14; // a feed past the grant is not this answer
        QVERIFY(!RightsAnswer::fromJson(refill.toJson(), &error));

        RightsAnswer returned;
        returned.requestId = request.requestId;
        returned.action = RightsAction::Return;
        returned.vaccineId = QStringLiteral("v");
        returned.requested = 3;
        returned.moved = 3;
        QCOMPARE(returned.toJson().value(QStringLiteral("returned")).toInteger(), 3);
        QVERIFY(!returned.toJson().contains(QStringLiteral("feed")));
        QCOMPARE(RightsAnswer::fromJson(returned.toJson(), &error)->moved, 3);
    }

    void errorBodyAndEnrollmentRoundTrip()
    {
        QString error;
        const auto body =
            ErrorBody::fromJson(ErrorBody{ErrorCode::Forbidden, QStringLiteral("no")}.toJson(), &error);
        QVERIFY(body);
        QCOMPARE(body->code, QStringLiteral("forbidden"));
        QVERIFY(!ErrorBody::fromJson({{QStringLiteral("message"), QStringLiteral("x")}}, &error));

        const auto request = EnrollRequest::fromJson(
            EnrollRequest{QStringLiteral("ABCD"), QStringLiteral(" Desk 1 ")}.toJson(), &error);
        QVERIFY(request);
        QCOMPARE(request->deviceName, QStringLiteral("Desk 1"));
        QVERIFY(!EnrollRequest::fromJson({{QStringLiteral("code"), QStringLiteral("A")}}, &error));
        QCOMPARE(error, QStringLiteral("deviceName is missing"));
        QVERIFY(!EnrollRequest::fromJson(
            EnrollRequest{QStringLiteral("A"), QString(101, QLatin1Char('x'))}.toJson(), &error));
        QVERIFY(!EnrollRequest::fromJson(EnrollRequest{QStringLiteral("  "), QStringLiteral("d")}.toJson(),
                                         &error));

        const EnrollAnswer answer{QStringLiteral("d"), QStringLiteral("s"), QStringLiteral("t")};
        const auto decoded = EnrollAnswer::fromJson(answer.toJson(), &error);
        QVERIFY(decoded);
        QCOMPARE(decoded->token, QStringLiteral("t"));
    }

    // Cut and flipped bytes of a valid body: each decode answers or refuses, and never crashes.
    void damagedBodiesNeverCrash()
    {
        const QByteArray valid = ProtocolJson::serialize(EventBatch{{event(1), event(2)}}.toJson());
        QRandomGenerator random(4);
        for (int round = 0; round < 3000; ++round) {
            QByteArray body = valid.left(random.bounded(valid.size() + 1));
            for (int flips = random.bounded(4); flips > 0 && !body.isEmpty(); --flips)
                body[random.bounded(body.size())] = char(random.bounded(256));
            QString error;
            if (const auto json = ProtocolJson::parseObject(body, &error)) {
                EventBatch::fromJson(*json, &error);
                FeedPage::fromJson(*json, &error);
                BatchAnswer::fromJson(*json, &error);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestProtocolCodec)
#include "test_protocol_codec.moc"

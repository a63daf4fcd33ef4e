#include "EventMaker.h"
#include "InProcessServer.h"
#include "server/store/SqliteServerStore.h"
#include "sync/protocol/Enrollment.h"
#include "sync/protocol/EventBatch.h"
#include "sync/protocol/EventResult.h"
#include "sync/protocol/FeedPage.h"
#include "sync/protocol/ProtocolJson.h"

#include <QTest>

// The real server store and router without a socket: a desk enrolls, pushes and reads the feed
// through SyncTransport, and what it stored survives a restart.
class TestInProcessServer : public QObject
{
    Q_OBJECT

private:
    static QJsonObject json(const TransportReply &reply)
    {
        QString error;
        return ProtocolJson::parseObject(reply.body, &error).value_or(QJsonObject());
    }

    static TransportReply post(SyncTransport *transport, const QString &path, const QJsonObject &body,
                               const QString &token = QString())
    {
        return transport->exchange({"POST", path, ProtocolJson::serialize(body), token});
    }

    static QStringList feedIds(SyncTransport *transport, const QString &token)
    {
        const TransportReply reply =
            transport->exchange({"GET", QStringLiteral("/v1/events?after=0&limit=100"), {}, token});
        if (reply.status != 200)
            return {QStringLiteral("status %1").arg(reply.status)};
        QString error;
        const std::optional<FeedPage> page = FeedPage::fromJson(json(reply), &error);
        if (!page)
            return {error};
        QStringList ids;
        for (const FeedEntry &entry : page->entries)
            ids << entry.event.id;
        return ids;
    }

private Q_SLOTS:
    void enrollsPushesReadsTheFeedAndSurvivesARestart()
    {
        InProcessServer server;
        QVERIFY2(server.isOpen(), qPrintable(server.errorMessage()));
        const QString site = server.addSite();
        const QString code = server.makeEnrollmentCode(site);

        const TransportReply enrolled = post(&server, QStringLiteral("/v1/devices/enroll"),
                                             EnrollRequest{code, QStringLiteral("Desk 1")}.toJson());
        QCOMPARE(enrolled.status, 200);
        QString error;
        const std::optional<EnrollAnswer> device = EnrollAnswer::fromJson(json(enrolled), &error);
        QVERIFY2(device, qPrintable(error));
        QCOMPARE(device->siteId, site);
        // The code is single use, as from the command line.
        QCOMPARE(post(&server, QStringLiteral("/v1/devices/enroll"),
                      EnrollRequest{code, QStringLiteral("x")}.toJson())
                     .status,
                 403);

        EventMaker desk(device->deviceId, site);
        const QString vaccine = EventMaker::newId();
        QString bookingId, bookingCode;
        const QList<Event> events{desk.registerVaccine(vaccine, QStringLiteral("Pfizer")),
                                  desk.receive(vaccine, QStringLiteral("L1"), 2),
                                  desk.book(vaccine, QStringLiteral("Kim"), QStringLiteral("010-1234-5678"),
                                            &bookingId, &bookingCode)};
        const TransportReply pushed =
            post(&server, QStringLiteral("/v1/events"), EventBatch{events}.toJson(), device->token);
        QCOMPARE(pushed.status, 200);
        const std::optional<BatchAnswer> answer = BatchAnswer::fromJson(json(pushed), &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->results.size(), 3);
        for (const EventResult &result : answer->results)
            QCOMPARE(EventResult::statusName(result.status), QStringLiteral("accepted"));

        const QStringList expected{events.at(0).id, events.at(1).id, events.at(2).id};
        QCOMPARE(feedIds(&server, device->token), expected);

        QVERIFY2(server.restart(), qPrintable(server.errorMessage()));
        QCOMPARE(feedIds(&server, device->token), expected);
        QCOMPARE(server.store()->deviceRights(device->deviceId).value(vaccine), 1);
        // A duplicate push after the restart changes nothing.
        const TransportReply again =
            post(&server, QStringLiteral("/v1/events"), EventBatch{events}.toJson(), device->token);
        QCOMPARE(again.status, 200);
        QCOMPARE(feedIds(&server, device->token), expected);
    }

    void answersErrorsAsTheHttpLayerDoes()
    {
        InProcessServer server;
        QVERIFY2(server.isOpen(), qPrintable(server.errorMessage()));
        const TransportReply unauthorized =
            server.exchange({"GET", QStringLiteral("/v1/events?after=0"), {}, QStringLiteral("nope")});
        QVERIFY(unauthorized.answered());
        QCOMPARE(unauthorized.status, 401);
        QCOMPARE(json(unauthorized).value(QStringLiteral("error")).toString(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(server.exchange({"GET", QStringLiteral("/v1/nothing"), {}, {}}).status, 404);
        QCOMPARE(server.exchange({"DELETE", QStringLiteral("/v1/events"), {}, {}}).status, 405);
        const TransportReply health = server.exchange({"GET", QStringLiteral("/v1/health"), {}, {}});
        QCOMPARE(health.status, 200);
        QCOMPARE(json(health).value(QStringLiteral("storage")).toString(), QStringLiteral("sqlite"));
        QCOMPARE(server.exchanges(), 4);
    }
};

QTEST_GUILESS_MAIN(TestInProcessServer)
#include "test_in_process_server.moc"

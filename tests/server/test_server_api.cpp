#include "EventMaker.h"
#include "HttpClient.h"
#include "ServerProcess.h"
#include "sync/protocol/EventBatch.h"
#include "sync/protocol/EventResult.h"
#include "sync/protocol/FeedPage.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Protocol v1 against the real anticorona-server binary over loopback HTTP: each endpoint,
// each error with its JSON body (the server keeps serving after every one), replayed batches,
// revocation taking effect at once, and SIGTERM ending with exit 0.
class TestServerApi : public QObject
{
    Q_OBJECT

private:
    static constexpr int kBodyLimit = 64 * 1024;

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_siteA;
    QString m_siteB;

    struct Desk
    {
        QString deviceId;
        QString siteId;
        QString token;
    };

    QString enrollmentCode(const QString &siteId)
    {
        return m_server->run({QStringLiteral("enroll"), QStringLiteral("--site"), siteId}).lastLine();
    }

    Desk enroll(const QString &siteId, const QString &name = QStringLiteral("Desk"))
    {
        const HttpReply reply = m_http->postJson(
            QStringLiteral("/v1/devices/enroll"),
            {{QStringLiteral("code"), enrollmentCode(siteId)}, {QStringLiteral("deviceName"), name}});
        const QJsonObject json = reply.json();
        return {json.value(QStringLiteral("deviceId")).toString(),
                json.value(QStringLiteral("siteId")).toString(),
                json.value(QStringLiteral("token")).toString()};
    }

    BatchAnswer push(const Desk &desk, const QList<Event> &events, int expectedStatus = 200)
    {
        const HttpReply reply =
            m_http->postJson(QStringLiteral("/v1/events"), EventBatch{events}.toJson(), desk.token);
        if (reply.status != expectedStatus)
            qWarning() << "push answered" << reply.status << reply.body;
        QString error;
        return BatchAnswer::fromJson(reply.json(), &error).value_or(BatchAnswer());
    }

    static QStringList statuses(const BatchAnswer &answer)
    {
        QStringList names;
        for (const EventResult &result : answer.results)
            names << EventResult::statusName(result.status) +
                         (result.reason.isEmpty() ? QString() : QLatin1Char(':') + result.reason);
        return names;
    }

    void verifyError(const HttpReply &reply, int status, const QString &code)
    {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
        // ... and the server is still there.
        QCOMPARE(m_http->get(QStringLiteral("/v1/health")).status, 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString config = m_dir.filePath(QStringLiteral("server.ini"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("[limits]\nbody_limit_bytes=") + QByteArray::number(kBodyLimit) + "\n");
        file.close();
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(QStringLiteral("server.db")), config);
        m_siteA = m_server->run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Seoul")})
                      .lastLine();
        m_siteB = m_server->run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Busan")})
                      .lastLine();
        QVERIFY(!m_siteA.isEmpty() && !m_siteB.isEmpty());
        QVERIFY2(m_server->start(), m_server->serveOutput().constData());
        m_http = std::make_unique<HttpClient>(m_server->url());
    }

    void healthAnswersWithoutToken()
    {
        const HttpReply reply = m_http->get(QStringLiteral("/v1/health"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(reply.json().value(QStringLiteral("storage")).toString(), QStringLiteral("sqlite"));
        QVERIFY(!reply.json().value(QStringLiteral("version")).toString().isEmpty());
    }

    void enrollmentCodeWorksOnce()
    {
        const QString code = enrollmentCode(m_siteA);
        const QJsonObject body{{QStringLiteral("code"), code},
                               {QStringLiteral("deviceName"), QStringLiteral("Desk 1")}};
        const HttpReply first = m_http->postJson(QStringLiteral("/v1/devices/enroll"), body);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("siteId")).toString(), m_siteA);
        QCOMPARE(first.json().value(QStringLiteral("token")).toString().size(), 43); // 256 bits, base64url
        verifyError(m_http->postJson(QStringLiteral("/v1/devices/enroll"), body), 403,
                    QStringLiteral("enrollment_code_used"));
        verifyError(m_http->postJson(QStringLiteral("/v1/devices/enroll"),
                                     {{QStringLiteral("code"), QStringLiteral("AAAAA-BBBBB")},
                                      {QStringLiteral("deviceName"), QStringLiteral("x")}}),
                    403, QStringLiteral("enrollment_code_unknown"));
        verifyError(m_http->post(QStringLiteral("/v1/devices/enroll"), "{\"code\": "), 400,
                    QStringLiteral("bad_json"));
        verifyError(m_http->postJson(QStringLiteral("/v1/devices/enroll"), {{QStringLiteral("code"), 5}}),
                    400, QStringLiteral("bad_request"));
    }

    void batchIsAcceptedThenDuplicateThenRulesReject()
    {
        const Desk desk = enroll(m_siteA);
        EventMaker maker(desk.deviceId, desk.siteId);
        const QString vaccine = EventMaker::newId();
        QString a, aCode;
        const QList<Event> batch{
            maker.registerVaccine(vaccine, QStringLiteral("Pfizer")),
            maker.receive(vaccine, QStringLiteral("L1"), 1),
            maker.book(vaccine, QStringLiteral("Kim"), QStringLiteral("010-1234-5678"), &a, &aCode)};
        const BatchAnswer first = push(desk, batch);
        QCOMPARE(statuses(first), QStringList({"accepted", "accepted", "accepted"}));
        QCOMPARE(first.results.at(0).eventId, batch.at(0).id);
        const BatchAnswer again = push(desk, batch);
        QCOMPARE(statuses(again), QStringList({"duplicate", "duplicate", "duplicate"}));
        QCOMPARE(again.results.at(2).serverSequence, first.results.at(2).serverSequence);

        QString b, bCode;
        const BatchAnswer refused = push(
            desk, {maker.book(vaccine, QStringLiteral("Lee"), QStringLiteral("010-9999-8888"), &b, &bCode)});
        QCOMPARE(statuses(refused), QStringList({"rejected:not_available"}));
        QVERIFY(!refused.results.at(0).message.isEmpty());
    }

    void feedPagesInServerOrder()
    {
        const Desk desk = enroll(m_siteB);
        EventMaker maker(desk.deviceId, desk.siteId);
        const QString vaccine = EventMaker::newId();
        QList<Event> batch{maker.registerVaccine(vaccine, QStringLiteral("Moderna"))};
        for (int i = 0; i < 4; ++i)
            batch.append(maker.receive(vaccine, QStringLiteral("M%1").arg(i), 10));
        QCOMPARE(push(desk, batch).results.size(), 5);

        QList<FeedEntry> seen;
        qint64 cursor = 0;
        for (int pages = 0; pages < 20; ++pages) {
            const HttpReply reply =
                m_http->get(QStringLiteral("/v1/events?after=%1&limit=2").arg(cursor), desk.token);
            QCOMPARE(reply.status, 200);
            QString error;
            const std::optional<FeedPage> page = FeedPage::fromJson(reply.json(), &error);
            QVERIFY2(page, qPrintable(error));
            QCOMPARE(page->after, cursor);
            QVERIFY(page->entries.size() <= 2);
            seen += page->entries;
            cursor = page->next;
            if (!page->more)
                break;
        }
        // Site B's own five events, plus the vaccines site A registered (the shared catalogue),
        // but none of site A's stock or bookings.
        QStringList ours;
        for (const FeedEntry &entry : seen) {
            if (entry.event.siteId == m_siteB)
                ours << entry.event.id;
            else
                QCOMPARE(entry.event.type, EventType::VaccineRegistered);
        }
        QCOMPARE(ours.size(), 5);
        QCOMPARE(ours.constFirst(), batch.constFirst().id);
        QCOMPARE(ours.constLast(), batch.constLast().id);
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i - 1).serverSequence < seen.at(i).serverSequence);

        verifyError(m_http->get(QStringLiteral("/v1/events?after=-1"), desk.token), 400,
                    QStringLiteral("bad_request"));
        verifyError(m_http->get(QStringLiteral("/v1/events?limit=lots"), desk.token), 400,
                    QStringLiteral("bad_request"));
    }

    void everyErrorHasAJsonBody()
    {
        const Desk desk = enroll(m_siteA);
        EventMaker maker(desk.deviceId, desk.siteId);
        verifyError(m_http->post(QStringLiteral("/v1/events"), "{not json", desk.token), 400,
                    QStringLiteral("bad_json"));
        verifyError(m_http->postJson(QStringLiteral("/v1/events"),
                                     {{QStringLiteral("events"), QStringLiteral("all")}}, desk.token),
                    400, QStringLiteral("bad_request"));
        QJsonObject unknownType = maker.registerVaccine(EventMaker::newId(), QStringLiteral("X")).toJson();
        unknownType.insert(QStringLiteral("type"), QStringLiteral("Teleported"));
        const HttpReply unknown = m_http->postJson(
            QStringLiteral("/v1/events"), {{QStringLiteral("events"), QJsonArray{unknownType}}}, desk.token);
        verifyError(unknown, 400, QStringLiteral("bad_request"));
        QVERIFY(
            unknown.json().value(QStringLiteral("message")).toString().contains(QLatin1String("Teleported")));

        const QByteArray empty = "{\"events\": []}";
        verifyError(m_http->post(QStringLiteral("/v1/events"), empty), 401, QStringLiteral("unauthorized"));
        verifyError(m_http->post(QStringLiteral("/v1/events"), empty, QStringLiteral("forged-token")), 401,
                    QStringLiteral("unauthorized"));
        QCOMPARE(
            m_http->post(QStringLiteral("/v1/events"), empty, QStringLiteral("x")).header("www-authenticate"),
            QByteArray("Bearer"));

        EventMaker otherSite(desk.deviceId, m_siteB);
        verifyError(
            m_http->postJson(
                QStringLiteral("/v1/events"),
                EventBatch{{otherSite.registerVaccine(EventMaker::newId(), QStringLiteral("X"))}}.toJson(),
                desk.token),
            403, QStringLiteral("forbidden"));
        EventMaker otherDevice(EventMaker::newId(), m_siteA);
        verifyError(
            m_http->postJson(
                QStringLiteral("/v1/events"),
                EventBatch{{otherDevice.registerVaccine(EventMaker::newId(), QStringLiteral("X"))}}.toJson(),
                desk.token),
            403, QStringLiteral("forbidden"));

        verifyError(m_http->get(QStringLiteral("/v2/everything")), 404, QStringLiteral("not_found"));
        const HttpReply wrongMethod = m_http->send("PUT", QStringLiteral("/v1/events"), empty, desk.token);
        verifyError(wrongMethod, 405, QStringLiteral("method_not_allowed"));
        QCOMPARE(wrongMethod.header("allow"), QByteArray("POST, GET"));
        verifyError(m_http->send("DELETE", QStringLiteral("/v1/health"), QByteArray()), 405,
                    QStringLiteral("method_not_allowed"));

        const QByteArray oversized = "{\"events\": [], \"padding\": \"" + QByteArray(kBodyLimit, 'x') + "\"}";
        verifyError(m_http->post(QStringLiteral("/v1/events"), oversized, desk.token), 413,
                    QStringLiteral("payload_too_large"));
    }

    void revokedDeviceIsRefusedAtOnce()
    {
        const Desk desk = enroll(m_siteA);
        QCOMPARE(m_http->get(QStringLiteral("/v1/events"), desk.token).status, 200);
        const ServerRun revoke =
            m_server->run({QStringLiteral("device"), QStringLiteral("revoke"), desk.deviceId});
        QCOMPARE(revoke.exitCode, 0);
        verifyError(m_http->get(QStringLiteral("/v1/events"), desk.token), 401,
                    QStringLiteral("device_revoked"));
        verifyError(m_http->post(QStringLiteral("/v1/events"), "{\"events\": []}", desk.token), 401,
                    QStringLiteral("device_revoked"));
        const QString list =
            QString::fromUtf8(m_server->run({QStringLiteral("device"), QStringLiteral("list")}).out);
        QVERIFY(list.contains(desk.deviceId + QLatin1Char('\t') + m_siteA));
        QVERIFY(list.contains(QLatin1String("revoked")));
    }

    void logsCarryNoSecrets()
    {
        const Desk desk = enroll(m_siteA);
        QVERIFY(!desk.token.isEmpty());
        EventMaker maker(desk.deviceId, desk.siteId);
        QString id, code;
        push(desk, {maker.book(EventMaker::newId(), QStringLiteral("Choi Secret"),
                               QStringLiteral("010-5555-4444"), &id, &code)});
        const QByteArray log = m_server->serveOutput();
        QVERIFY(!log.contains(desk.token.toLatin1()));
        QVERIFY(!log.contains("Choi Secret"));
        QVERIFY(!log.contains("01055554444"));
        QVERIFY(!log.contains("1980-05-17"));
    }

    void sigtermEndsWithExitZero()
    {
        QCOMPARE(m_server->stop(SIGTERM), 0);
        QVERIFY(m_server->serveOutput().contains("anticorona-server stopped."));
        // The database was closed cleanly and opens again.
        QCOMPARE(m_server->run({QStringLiteral("device"), QStringLiteral("list")}).exitCode, 0);
        QVERIFY(m_server->start());
        QCOMPARE(HttpClient(m_server->url()).get(QStringLiteral("/v1/health")).status, 200);
        QCOMPARE(m_server->stop(SIGINT), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "test_server_api.moc"

#include "EventMaker.h"
#include "HttpClient.h"
#include "ProtocolDesk.h"
#include "ServerProcess.h"
#include "sync/protocol/EventBatch.h"
#include "sync/protocol/EventResult.h"
#include "sync/protocol/RightsAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// POST /v1/rights against the real anticorona-server binary: refill and return, one request
// id answered identically (also across a server restart), a return answered not_yet until the
// desk's events are in, strict decoding (400), tokens (401) and sites (403), and the rights
// the push answer carries.
class TestServerRightsApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_site;
    QString m_otherSite;

    struct Desk
    {
        QString deviceId;
        QString siteId;
        QString token;
        std::unique_ptr<EventMaker> maker;
        qint64 made = 0;
    };
    Desk m_a;
    Desk m_b;
    QString m_vaccine;

    void enroll(Desk *desk, const QString &siteId)
    {
        const EnrolledDevice device = enrollDevice(m_server.get(), m_http.get(), siteId);
        desk->deviceId = device.deviceId;
        desk->siteId = device.siteId;
        desk->token = device.token;
        desk->maker = std::make_unique<EventMaker>(desk->deviceId, desk->siteId);
    }

    BatchAnswer push(Desk *desk, const QList<Event> &events)
    {
        const HttpReply reply =
            m_http->postJson(QStringLiteral("/v1/events"), EventBatch{events}.toJson(), desk->token);
        desk->made += events.size();
        QString error;
        return BatchAnswer::fromJson(reply.json(), &error).value_or(BatchAnswer());
    }

    QJsonObject rightsBody(const Desk &desk, const QString &action, qint64 count, qint64 eventsMade,
                           const QString &requestId = EventMaker::newId())
    {
        return {{QStringLiteral("requestId"), requestId},  {QStringLiteral("siteId"), desk.siteId},
                {QStringLiteral("vaccineId"), m_vaccine},  {QStringLiteral("action"), action},
                {QStringLiteral("count"), count},          {QStringLiteral("feedCursor"), 0},
                {QStringLiteral("eventsMade"), eventsMade}};
    }

    HttpReply rights(const Desk &desk, const QJsonObject &body)
    {
        return m_http->postJson(QStringLiteral("/v1/rights"), body, desk.token);
    }

    void verifyError(const HttpReply &reply, int status, const QString &code)
    {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(QStringLiteral("server.db")));
        m_site = m_server->run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Seoul")})
                     .lastLine();
        m_otherSite = m_server->run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Busan")})
                          .lastLine();
        QVERIFY2(m_server->start(), m_server->serveOutput().constData());
        m_http = std::make_unique<HttpClient>(m_server->url());
        enroll(&m_a, m_site);
        enroll(&m_b, m_site);
        m_vaccine = EventMaker::newId();
        const BatchAnswer answer = push(&m_a, {m_a.maker->registerVaccine(m_vaccine, QStringLiteral("V")),
                                               m_a.maker->receive(m_vaccine, QStringLiteral("L1"), 10)});
        QCOMPARE(answer.results.size(), 2);
        // The push answer carries the desk's rights: receiving 10 credited the receiving desk.
        QCOMPARE(answer.rights.value(m_vaccine), 10);
    }

    void returnThenRefillWithTheSameIdAnsweredIdentically()
    {
        const HttpReply returned = rights(m_a, rightsBody(m_a, QStringLiteral("return"), 4, m_a.made));
        QCOMPARE(returned.status, 200);
        QCOMPARE(returned.json().value(QStringLiteral("returned")).toInteger(), 4);

        const QJsonObject body = rightsBody(m_b, QStringLiteral("refill"), 3, 0);
        const HttpReply first = rights(m_b, body);
        QCOMPARE(first.status, 200);
        QString error;
        const std::optional<RightsAnswer> answer = RightsAnswer::fromJson(first.json(), &error);
        QVERIFY2(answer, qPrintable(error));
        QCOMPARE(answer->moved, 3);
        QCOMPARE(answer->feed.entries.size(), 2); // A's events, up to the grant
        QCOMPARE(answer->feed.next, answer->grantSequence);

        push(&m_a, {m_a.maker->receive(m_vaccine, QStringLiteral("L2"), 1)}); // after the grant
        const HttpReply again = rights(m_b, body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        // B holds 3 and the pool 1: a push of B's shows the server's count.
        QCOMPARE(push(&m_b, {}).rights.value(m_vaccine), 3);
    }

    void aRestartBetweenARequestAndItsRetryChangesNothing()
    {
        const QJsonObject body = rightsBody(m_b, QStringLiteral("refill"), 5, 0);
        const HttpReply first = rights(m_b, body);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("granted")).toInteger(), 1); // what the pool held
        QCOMPARE(m_server->stop(SIGTERM), 0);
        QVERIFY(m_server->start());
        m_http = std::make_unique<HttpClient>(m_server->url());
        const HttpReply retry = rights(m_b, body);
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.body, first.body);
        QCOMPARE(push(&m_b, {}).rights.value(m_vaccine), 4);
    }

    void aReturnIsNotYetUntilTheDesksEventsAreIn()
    {
        const Event pending = m_b.maker->writeOff(m_vaccine, 1);
        const QJsonObject body = rightsBody(m_b, QStringLiteral("return"), 2, m_b.made + 1);
        const HttpReply early = rights(m_b, body);
        verifyError(early, 409, QStringLiteral("not_yet"));
        QCOMPARE(early.json().value(QStringLiteral("eventsApplied")).toInteger(), m_b.made);
        verifyError(rights(m_b, body), 409, QStringLiteral("not_yet"));
        QCOMPARE(push(&m_b, {pending}).rights.value(m_vaccine), 3);
        const HttpReply late = rights(m_b, body);
        QCOMPARE(late.status, 200);
        QCOMPARE(late.json().value(QStringLiteral("returned")).toInteger(), 2);
        QCOMPARE(push(&m_b, {}).rights.value(m_vaccine), 1);
        QCOMPARE(rights(m_b, body).body, late.body);
    }

    void malformedRequestsAre400()
    {
        const QJsonObject good = rightsBody(m_a, QStringLiteral("refill"), 1, 0);
        verifyError(m_http->post(QStringLiteral("/v1/rights"), "{not json", m_a.token), 400,
                    QStringLiteral("bad_json"));
        const auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject body = good;
            if (value.isUndefined())
                body.remove(key);
            else
                body.insert(key, value);
            return rights(m_a, body);
        };
        const HttpReply missing = with(QStringLiteral("requestId"), QJsonValue::Undefined);
        verifyError(missing, 400, QStringLiteral("bad_request"));
        QCOMPARE(missing.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("requestId is missing"));
        verifyError(with(QStringLiteral("requestId"), QStringLiteral("not-a-uuid")), 400,
                    QStringLiteral("bad_request"));
        verifyError(with(QStringLiteral("action"), QStringLiteral("borrow")), 400,
                    QStringLiteral("bad_request"));
        verifyError(with(QStringLiteral("count"), 0), 400, QStringLiteral("bad_request"));
        verifyError(with(QStringLiteral("count"), 1.5), 400, QStringLiteral("bad_request"));
        verifyError(with(QStringLiteral("count"), QStringLiteral("1")), 400, QStringLiteral("bad_request"));
        verifyError(with(QStringLiteral("eventsMade"), -1), 400, QStringLiteral("bad_request"));
        verifyError(with(QStringLiteral("feedCursor"), QJsonValue::Undefined), 400,
                    QStringLiteral("bad_request"));
        verifyError(with(QStringLiteral("vaccineId"), QString()), 400, QStringLiteral("bad_request"));
    }

    void tokensSitesAndReusedIds()
    {
        const QJsonObject body = rightsBody(m_a, QStringLiteral("refill"), 1, 0);
        verifyError(m_http->postJson(QStringLiteral("/v1/rights"), body), 401,
                    QStringLiteral("unauthorized"));
        verifyError(m_http->postJson(QStringLiteral("/v1/rights"), body, QStringLiteral("forged")), 401,
                    QStringLiteral("unauthorized"));
        QJsonObject otherSite = body;
        otherSite.insert(QStringLiteral("siteId"), m_otherSite);
        verifyError(rights(m_a, otherSite), 403, QStringLiteral("forbidden"));
        QCOMPARE(rights(m_a, body).status, 200);
        verifyError(rights(m_b, body), 409, QStringLiteral("request_id_reused"));
        QJsonObject changed = body;
        changed.insert(QStringLiteral("count"), 2);
        verifyError(rights(m_a, changed), 409, QStringLiteral("request_id_reused"));
        verifyError(m_http->get(QStringLiteral("/v1/rights"), m_a.token), 405,
                    QStringLiteral("method_not_allowed"));
    }

    void revokedDeviceGives401AndItsRightsBack()
    {
        QCOMPARE(m_server->run({QStringLiteral("device"), QStringLiteral("revoke"), m_b.deviceId}).exitCode,
                 0);
        verifyError(rights(m_b, rightsBody(m_b, QStringLiteral("refill"), 1, 0)), 401,
                    QStringLiteral("device_revoked"));
        // The pool held 1; B's last right went back to it: A can have both.
        const HttpReply refill = rights(m_a, rightsBody(m_a, QStringLiteral("refill"), 10, 0));
        QCOMPARE(refill.status, 200);
        QCOMPARE(refill.json().value(QStringLiteral("granted")).toInteger(), 2);
    }

    void cleanupTestCase() { QCOMPARE(m_server->stop(SIGTERM), 0); }
};

QTEST_GUILESS_MAIN(TestServerRightsApi)
#include "test_server_rights_api.moc"

#include "EventMaker.h"
#include "HttpClient.h"
#include "ProtocolDesk.h"
#include "ServerProcess.h"
#include "server/store/ServerVerifier.h"
#include "server/store/SqliteServerStore.h"
#include "sync/protocol/EventBatch.h"
#include "sync/protocol/EventResult.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// Sureties, overrides and debt (SPEC 3.1) through the real anticorona-server binary: a surety
// held for another desk's injection and released by the holder's report, with the
// SuretyReleased entry in the feed the injecting desk reads; an extra dose paid by the surety;
// an override counted as debt. After every scenario the server's checks hold:
// rights at desks + pool + sureties = available + debt, debt <= overrides, booked <= stock +
// overrides (read from the server's file on a second connection).
class TestServerSurety : public QObject
{
    Q_OBJECT

private:
    struct Desk
    {
        QString deviceId;
        QString token;
        std::unique_ptr<EventMaker> maker;
        qint64 made = 0;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SqliteServerStore> m_check;
    QString m_site;
    QString m_vaccine;
    Desk m_a; // the holder of the bookings below
    Desk m_b; // injects them
    int m_customer = 0;

    void enroll(Desk *desk)
    {
        const EnrolledDevice device = enrollDevice(m_server.get(), m_http.get(), m_site);
        desk->deviceId = device.deviceId;
        desk->token = device.token;
        desk->maker = std::make_unique<EventMaker>(desk->deviceId, m_site);
        desk->made = 0;
    }

    // Pushes one event, which must be accepted; answers its server sequence.
    qint64 push(Desk *desk, const Event &event)
    {
        const HttpReply reply =
            m_http->postJson(QStringLiteral("/v1/events"), EventBatch{{event}}.toJson(), desk->token);
        ++desk->made;
        QString error;
        const std::optional<BatchAnswer> answer = BatchAnswer::fromJson(reply.json(), &error);
        if (!answer || answer->results.size() != 1 ||
            answer->results.constFirst().status != EventStatus::Accepted) {
            qWarning() << "push answered" << reply.status << reply.body;
            return 0;
        }
        return answer->results.constFirst().serverSequence;
    }

    // POST /v1/rights with the desk's report: its feed cursor and every event it made.
    QJsonObject rights(const Desk &desk, const QString &action, qint64 count, qint64 feedCursor)
    {
        const HttpReply reply = m_http->postJson(QStringLiteral("/v1/rights"),
                                                 {{QStringLiteral("requestId"), EventMaker::newId()},
                                                  {QStringLiteral("siteId"), m_site},
                                                  {QStringLiteral("vaccineId"), m_vaccine},
                                                  {QStringLiteral("action"), action},
                                                  {QStringLiteral("count"), count},
                                                  {QStringLiteral("feedCursor"), feedCursor},
                                                  {QStringLiteral("eventsMade"), desk.made}},
                                                 desk.token);
        // A refused request must fail the test, not read as "no right moved".
        if (reply.status != 200)
            qFatal("rights answered %d: %s", reply.status, reply.body.constData());
        return reply.json();
    }

    qint64 serverRights(const Desk &desk) { return m_check->deviceRights(desk.deviceId).value(m_vaccine); }

    EscrowAudit audit() { return ServerVerifier(m_check->database()).audit(m_site, m_vaccine); }

    bool checksHold()
    {
        const EscrowAudit a = audit();
        if (!a.holds())
            qWarning() << "checks fail: rights" << a.rightsAtDesks << "pool" << a.pool << "sureties"
                       << a.sureties << "available" << a.available << "debt" << a.debt << "stock" << a.stock
                       << "booked" << a.booked << "overrides" << a.overrides;
        return a.holds();
    }

    // The SuretyReleased entries of the site's feed after `after`, as a desk reads them.
    QList<QJsonObject> releases(const Desk &reader, qint64 after)
    {
        const HttpReply reply =
            m_http->get(QStringLiteral("/v1/events?after=%1&limit=1000").arg(after), reader.token);
        // An error answer has no entries: it must fail the test, not read as "nothing released".
        if (reply.status != 200)
            qFatal("feed answered %d: %s", reply.status, reply.body.constData());
        QList<QJsonObject> found;
        for (const QJsonValue &entry : reply.json().value(QStringLiteral("entries")).toArray()) {
            const QJsonObject event = entry.toObject().value(QStringLiteral("event")).toObject();
            if (event.value(QStringLiteral("type")).toString() == QLatin1String("SuretyReleased"))
                found.append(event);
        }
        return found;
    }

    QString book()
    {
        QString id, code;
        ++m_customer;
        push(&m_a, m_a.maker->book(m_vaccine, QStringLiteral("Customer %1").arg(m_customer),
                                   QStringLiteral("0101234%1").arg(1000 + m_customer), &id, &code));
        return id;
    }

    // Moves `count` of A's rights to B through the pool, as two desks would.
    void giveBRights(qint64 count)
    {
        QCOMPARE(
            rights(m_a, QStringLiteral("return"), count, 0).value(QStringLiteral("returned")).toInteger(),
            count);
        QCOMPARE(rights(m_b, QStringLiteral("refill"), count, 0).value(QStringLiteral("granted")).toInteger(),
                 count);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A fresh server per scenario: the counts each one checks start from the same place.
    void init()
    {
        const QString path = m_dir.filePath(EventMaker::newId() + QStringLiteral(".db"));
        m_server = std::make_unique<ServerProcess>(path);
        m_site = m_server->run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Seoul")})
                     .lastLine();
        QVERIFY2(m_server->start(), m_server->serveOutput().constData());
        m_http = std::make_unique<HttpClient>(m_server->url());
        enroll(&m_a);
        enroll(&m_b);
        m_vaccine = EventMaker::newId();
        QVERIFY(push(&m_a, m_a.maker->registerVaccine(m_vaccine, QStringLiteral("V"))) > 0);
        QVERIFY(push(&m_a, m_a.maker->receive(m_vaccine, QStringLiteral("L1"), 10)) > 0);
        m_check = std::make_unique<SqliteServerStore>();
        QVERIFY2(m_check->open(path), qPrintable(m_check->errorMessage()));
    }

    void cleanup()
    {
        m_check.reset();
        m_http.reset();
        m_server.reset();
    }

    void aSuretyIsHeldUntilTheHoldersReportThenTheFeedGivesItBack()
    {
        const QString booking = book();
        giveBRights(2);
        const qint64 injection = push(&m_b, m_b.maker->inject(booking, m_vaccine, QStringLiteral("L1")));
        QVERIFY(injection > 0);
        QCOMPARE(serverRights(m_b), 1);
        QCOMPARE(audit().sureties, 1);
        QVERIFY(checksHold());

        // A report from before the injection, and one whose events the server has not all
        // applied, release nothing.
        rights(m_a, QStringLiteral("refill"), 1, injection - 1);
        QCOMPARE(audit().sureties, 1);
        ++m_a.made; // an event A made but has not pushed yet
        rights(m_a, QStringLiteral("refill"), 1, injection);
        QCOMPARE(audit().sureties, 1);
        QVERIFY(releases(m_b, 0).isEmpty());
        QVERIFY(checksHold());

        // A pushes that event, made with the injection applied: the surety goes back to B.
        --m_a.made;
        Event report = m_a.maker->writeOff(m_vaccine, 1);
        report.feedCursor = injection;
        const qint64 reported = push(&m_a, report);
        QCOMPARE(audit().sureties, 0);
        QCOMPARE(serverRights(m_b), 2);
        QVERIFY(checksHold());

        // B reads it in its feed, after the report that released it.
        const HttpReply page = m_http->get(QStringLiteral("/v1/events?after=%1").arg(reported), m_b.token);
        const QJsonArray entries = page.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.at(0).toObject().value(QStringLiteral("serverSequence")).toInteger() > reported);
        const QJsonObject entry = entries.at(0).toObject().value(QStringLiteral("event")).toObject();
        QCOMPARE(entry.value(QStringLiteral("type")).toString(), QStringLiteral("SuretyReleased"));
        QCOMPARE(entry.value(QStringLiteral("siteId")).toString(), m_site);
        QCOMPARE(entry.value(QStringLiteral("feedCursor")).toInteger(), injection);
        const QJsonObject payload = entry.value(QStringLiteral("payload")).toObject();
        QCOMPARE(payload.value(QStringLiteral("bookingId")).toString(), booking);
        QCOMPARE(payload.value(QStringLiteral("vaccineId")).toString(), m_vaccine);
        QCOMPARE(payload.value(QStringLiteral("injector")).toString(), m_b.deviceId);
        QCOMPARE(payload.value(QStringLiteral("holder")).toString(), m_a.deviceId);
        QCOMPARE(payload.value(QStringLiteral("credited")).toBool(), true);

        // Released once: a later report moves nothing and adds no second entry.
        rights(m_a, QStringLiteral("refill"), 1, reported + 1);
        QCOMPARE(serverRights(m_b), 2);
        QCOMPARE(releases(m_b, 0).size(), 1);
        QVERIFY(checksHold());
    }

    void aRefillThatReleasesASuretyCarriesTheReleaseInItsFeed()
    {
        const QString booking = book();
        giveBRights(1);
        const qint64 injection = push(&m_b, m_b.maker->inject(booking, m_vaccine, QStringLiteral("L1")));
        const QJsonObject answer = rights(m_a, QStringLiteral("refill"), 1, injection);
        QCOMPARE(audit().sureties, 0);
        const QJsonArray entries =
            answer.value(QStringLiteral("feed")).toObject().value(QStringLiteral("entries")).toArray();
        QVERIFY(!entries.isEmpty());
        const QJsonObject last = entries.last().toObject();
        QCOMPARE(last.value(QStringLiteral("event")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("SuretyReleased"));
        QCOMPARE(last.value(QStringLiteral("serverSequence")).toInteger(),
                 answer.value(QStringLiteral("grantSequence")).toInteger());
        QCOMPARE(releases(m_b, injection).size(), 1);
        QVERIFY(checksHold());
    }

    void anExtraDoseAtTheHolderIsPaidByTheSurety()
    {
        const QString booking = book();
        giveBRights(1);
        const qint64 rightsA = serverRights(m_a);
        const qint64 injection = push(&m_b, m_b.maker->inject(booking, m_vaccine, QStringLiteral("L1")));
        QCOMPARE(audit().sureties, 1);
        // A had not seen B's injection and injects the same customer: an extra dose, which the
        // surety pays for. A pays nothing and B does not get its right back.
        push(&m_a, m_a.maker->inject(booking, m_vaccine, QStringLiteral("L1")));
        QCOMPARE(audit().sureties, 0);
        QCOMPARE(serverRights(m_a), rightsA);
        QCOMPARE(serverRights(m_b), 0);
        QCOMPARE(audit().stock, 8);
        QCOMPARE(audit().debt, 0);
        QVERIFY(checksHold());
        // Spent, not released: A's report gives nothing back and the feed says nothing of it.
        rights(m_a, QStringLiteral("refill"), 1, injection + 1);
        QCOMPARE(serverRights(m_b), 0);
        QVERIFY(releases(m_b, 0).isEmpty());
        QVERIFY(checksHold());
    }

    void anOverrideIsCountedAndPaysWithDebt()
    {
        const QString booking = book();
        // B has no right: its injection of A's BOOKED booking is an override, and its surety is debt.
        const qint64 injection =
            push(&m_b, m_b.maker->inject(booking, m_vaccine, QStringLiteral("L1"), /*override=*/true));
        QVERIFY(injection > 0);
        QCOMPARE(audit().overrides, 1);
        QCOMPARE(audit().debt, 1);
        QCOMPARE(audit().sureties, 1);
        QVERIFY(checksHold());
        // Released: the debt is paid back, and B is not credited a right it never paid.
        rights(m_a, QStringLiteral("refill"), 1, injection);
        QCOMPARE(audit().debt, 0);
        QCOMPARE(audit().overrides, 1);
        QCOMPARE(serverRights(m_b), 0);
        const QList<QJsonObject> released = releases(m_b, injection);
        QCOMPARE(released.size(), 1);
        QCOMPARE(released.constFirst()
                     .value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("credited"))
                     .toBool(true),
                 false);
        QVERIFY(checksHold());

        // An override of an extra dose (the booking is INJECTED already) stays a debt, and the
        // counts still explain booked <= stock: B's rights, which the server counts but B has not
        // seen yet, are not touched.
        giveBRights(1);
        push(&m_b, m_b.maker->inject(booking, m_vaccine, QStringLiteral("L1"), /*override=*/true));
        QCOMPARE(audit().overrides, 2);
        QCOMPARE(audit().debt, 1);
        QCOMPARE(serverRights(m_b), 1);
        QVERIFY(checksHold());
    }
};

QTEST_GUILESS_MAIN(TestServerSurety)
#include "test_server_surety.moc"

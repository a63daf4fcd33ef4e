#include "EnrolledDevice.h"
#include "EventMaker.h"
#include "models/sqlite/Database.h"
#include "server/auth/Credentials.h"
#include "server/store/SqliteEventLog.h"
#include "server/store/SqliteServerStore.h"
#include "server/store/SqliteSiteLedger.h"
#include "sync/protocol/Enrollment.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The SQLite store and the server's rules on a real file: de-duplication, per-device order,
// the merge order of SPEC 3.1, the feed's order and scope, one-time enrollment codes.
class TestServerStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteServerStore> m_store;
    QString m_site;
    DeviceRecord m_device;
    QDateTime m_now = QDateTime::currentDateTimeUtc();

    DeviceRecord enroll(const QString &siteId) { return enrolledDevice(m_store.get(), siteId, m_now); }

    QList<EventResult> push(const QList<Event> &events)
    {
        return m_store->pushEvents(m_device, events, m_now);
    }

    static QStringList statuses(const QList<EventResult> &results)
    {
        QStringList names;
        for (const EventResult &result : results)
            names << EventResult::statusName(result.status) +
                         (result.reason.isEmpty() ? QString() : QLatin1Char(':') + result.reason);
        return names;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<SqliteServerStore>();
        QVERIFY2(m_store->open(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                              QStringLiteral(".db"))),
                 qPrintable(m_store->errorMessage()));
        m_site = m_store->addSite(QStringLiteral("Seoul"), m_now);
        m_device = enroll(m_site);
        QVERIFY(!m_device.id.isEmpty());
    }

    void enrollmentCodesAreSingleUseAndExpire()
    {
        const QString code = Credentials::newEnrollmentCode();
        const QByteArray hash = Credentials::hash(EnrollRequest::normaliseCode(code.toLower()));
        m_store->addEnrollmentCode(Credentials::hash(EnrollRequest::normaliseCode(code)), m_site, m_now,
                                   m_now.addSecs(3600));
        QCOMPARE(m_store->enroll(hash, QStringLiteral("a"), "t1", m_now.addSecs(3601)).status,
                 EnrollStatus::ExpiredCode);
        QCOMPARE(m_store->enroll(hash, QStringLiteral("a"), "t1", m_now).status, EnrollStatus::Enrolled);
        QCOMPARE(m_store->enroll(hash, QStringLiteral("b"), "t2", m_now).status, EnrollStatus::UsedCode);
        QCOMPARE(m_store->enroll("nope", QStringLiteral("b"), "t2", m_now).status, EnrollStatus::UnknownCode);
        QVERIFY(m_store->deviceByToken("t1"));
        QVERIFY(!m_store->deviceByToken("t2"));
    }

    // Every feed page must read about one page of rows, however long the feed after it: an OR of
    // the site's and the catalogue's entries made SQLite collect and sort the whole rest of the
    // feed for each page, so reading a 100,000-event feed was quadratic (bench_sync_drain).
    void aFeedPageReadsAPageNotTheRestOfTheFeed()
    {
        QSqlQuery plan(m_store->database()->connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                             QString::fromUtf8(SqliteEventLog::feedQuery())));
        for (const char *name : {":site", ":after", ":upTo", ":limit"})
            plan.bindValue(QLatin1String(name), 0);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        const QString all = steps.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(QLatin1String("MULTI-INDEX OR")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("SEARCH events USING INDEX events_site_feed")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("SEARCH events USING INDEX events_catalogue_feed")),
                 qPrintable(all));
    }

    // Rule 5 looked for the customer's BOOKED booking through (site, vaccine, birth date) and
    // checked name or phone row by row: a desk that booked thousands on one birth date made every
    // later booking of that date read them all. Each probe is now one seek to the name or phone.
    void ruleFiveIsOneSeekWhateverTheBirthDateHolds()
    {
        for (const char *sql :
             {SqliteSiteLedger::bookedByNameQuery(), SqliteSiteLedger::bookedByPhoneQuery()}) {
            QSqlQuery plan(m_store->database()->connection());
            QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + QString::fromUtf8(sql)));
            for (int i = 0; i < 4; ++i)
                plan.addBindValue(QStringLiteral("x"));
            QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
            QStringList steps;
            while (plan.next())
                steps.append(plan.value(3).toString());
            const QString all = steps.join(QLatin1Char('\n'));
            QVERIFY2(all.contains(QLatin1String("birth_date=? AND name=?")) ||
                         all.contains(QLatin1String("birth_date=? AND phone=?")),
                     qPrintable(all));
        }
    }

    void duplicatesChangeNothingAndRepeatTheFirstAnswer()
    {
        EventMaker desk(m_device.id, m_site);
        const QString vaccine = EventMaker::newId();
        QString bookingId, code;
        const QList<Event> batch{
            desk.registerVaccine(vaccine, QStringLiteral("Pfizer")),
            desk.receive(vaccine, QStringLiteral("L1"), 1),
            desk.book(vaccine, QStringLiteral("Kim"), QStringLiteral("010-1234-5678"), &bookingId, &code)};
        const QList<EventResult> first = push(batch);
        QCOMPARE(statuses(first), QStringList({"accepted", "accepted", "accepted"}));
        QVERIFY(first.at(0).serverSequence < first.at(1).serverSequence);
        QVERIFY(first.at(1).serverSequence < first.at(2).serverSequence);

        const QList<EventResult> again = push(batch);
        QCOMPARE(statuses(again), QStringList({"duplicate", "duplicate", "duplicate"}));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(again.at(i).serverSequence, first.at(i).serverSequence);
        QCOMPARE(m_store->feed(m_site, 0, 100).entries.size(), 3);

        // The one dose is booked: a second customer is refused, and the refusal is final.
        QString otherId, otherCode;
        const Event second =
            desk.book(vaccine, QStringLiteral("Lee"), QStringLiteral("010-2222-3333"), &otherId, &otherCode);
        QCOMPARE(statuses(push({second})), QStringList({"rejected:not_available"}));
        const QList<EventResult> resent = push({second});
        QCOMPARE(statuses(resent), QStringList({"duplicate:not_available"}));
        QCOMPARE(resent.at(0).serverSequence, 0);
    }

    void anEventIdReusedForOtherContentIsRejected()
    {
        EventMaker desk(m_device.id, m_site);
        Event event = desk.registerVaccine(EventMaker::newId(), QStringLiteral("Moderna"));
        QCOMPARE(statuses(push({event})), QStringList({"accepted"}));
        event.payload.insert(QStringLiteral("name"), QStringLiteral("Other"));
        QCOMPARE(statuses(push({event})), QStringList({"rejected:event_id_reused"}));
    }

    void eventsMustComeInTheDesksOrder()
    {
        EventMaker desk(m_device.id, m_site);
        const Event first = desk.registerVaccine(EventMaker::newId(), QStringLiteral("A"));
        const Event second = desk.registerVaccine(EventMaker::newId(), QStringLiteral("B"));
        QCOMPARE(statuses(push({second})), QStringList({"accepted"}));
        // Older than what was recorded: not recorded, so every retry gets the same answer.
        QCOMPARE(statuses(push({first})), QStringList({"rejected:out_of_order"}));
        QCOMPARE(statuses(push({first})), QStringList({"rejected:out_of_order"}));
    }

    void mergeOrderInjectedOverCancelledOverBooked()
    {
        EventMaker desk(m_device.id, m_site);
        const QString vaccine = EventMaker::newId();
        QString a, aCode, b, bCode;
        QCOMPARE(statuses(push(
                     {desk.registerVaccine(vaccine, QStringLiteral("V")),
                      desk.receive(vaccine, QStringLiteral("L1"), 3),
                      desk.book(vaccine, QStringLiteral("Kim"), QStringLiteral("01011112222"), &a, &aCode),
                      desk.book(vaccine, QStringLiteral("Lee"), QStringLiteral("01033334444"), &b, &bCode)})),
                 QStringList({"accepted", "accepted", "accepted", "accepted"}));
        // A: injected, then a late cancel from another desk's view: a no-op, still accepted.
        // B: cancelled, then injected anyway: the injection wins and uses a dose.
        QCOMPARE(statuses(push({desk.inject(a, vaccine, QStringLiteral("L1")), desk.cancel(a, vaccine),
                                desk.cancel(b, vaccine), desk.inject(b, vaccine, QStringLiteral("L1"))})),
                 QStringList({"accepted", "accepted", "accepted", "accepted"}));
        // Two doses used, none booked: one dose left, so one write-off fits and a second does not.
        QCOMPARE(statuses(push({desk.writeOff(vaccine, 2)})),
                 QStringList({"rejected:write_off_exceeds_available"}));
        QCOMPARE(statuses(push({desk.writeOff(vaccine, 1)})), QStringList({"accepted"}));
        // Every lot is empty now: an injection from it is refused.
        QCOMPARE(statuses(push({desk.inject(a, vaccine, QStringLiteral("L1"))})),
                 QStringList({"rejected:lot_empty"}));
        QCOMPARE(statuses(push({desk.cancel(EventMaker::newId(), vaccine)})),
                 QStringList({"rejected:unknown_booking"}));
    }

    void bookingRulesRunOnTheServer()
    {
        EventMaker desk(m_device.id, m_site);
        const QString vaccine = EventMaker::newId();
        QString a, aCode, b, bCode, c, cCode;
        push({desk.registerVaccine(vaccine, QStringLiteral("V")),
              desk.receive(vaccine, QStringLiteral("L1"), 5)});
        QCOMPARE(statuses(push(
                     {desk.book(vaccine, QStringLiteral("Kim"), QStringLiteral("01011112222"), &a, &aCode)})),
                 QStringList({"accepted"}));
        // Rule 5: the same customer (phone + birth date) once per vaccine.
        QCOMPARE(statuses(push({desk.book(vaccine, QStringLiteral("Kim M"), QStringLiteral("01011112222"), &b,
                                          &bCode)})),
                 QStringList({"rejected:already_booked"}));
        // A booking code is unique across the server.
        cCode = aCode;
        QCOMPARE(statuses(push({desk.book(vaccine, QStringLiteral("Park"), QStringLiteral("01055556666"), &c,
                                          &cCode)})),
                 QStringList({"rejected:code_taken"}));
        Event unknownVaccine = desk.receive(EventMaker::newId(), QStringLiteral("L2"), 1);
        QCOMPARE(statuses(push({unknownVaccine})), QStringList({"rejected:unknown_vaccine"}));
        Event broken = desk.receive(vaccine, QStringLiteral("L3"), 1);
        broken.payload.remove(QStringLiteral("quantity"));
        const QList<EventResult> results = push({broken});
        QCOMPARE(statuses(results), QStringList({"rejected:invalid_payload"}));
        QCOMPARE(results.at(0).message, QStringLiteral("payload.quantity is missing"));
    }

    void feedIsOrderedPagedAndScopedToTheSiteAndCatalogue()
    {
        EventMaker desk(m_device.id, m_site);
        const QString vaccine = EventMaker::newId();
        push({desk.registerVaccine(vaccine, QStringLiteral("V")),
              desk.receive(vaccine, QStringLiteral("L1"), 5)});
        const QString otherSite = m_store->addSite(QStringLiteral("Busan"), m_now);
        const DeviceRecord other = enroll(otherSite);
        EventMaker otherDesk(other.id, otherSite);
        const QString otherVaccine = EventMaker::newId();
        QCOMPARE(statuses(m_store->pushEvents(other,
                                              {otherDesk.registerVaccine(otherVaccine, QStringLiteral("W")),
                                               otherDesk.receive(otherVaccine, QStringLiteral("X"), 2)},
                                              m_now)),
                 QStringList({"accepted", "accepted"}));
        push({desk.receive(vaccine, QStringLiteral("L2"), 5)});

        // This site sees its three events and the other site's vaccine, not its stock.
        QList<FeedEntry> seen;
        qint64 cursor = 0;
        for (int pages = 0; pages < 10; ++pages) {
            const FeedPage page = m_store->feed(m_site, cursor, 1);
            QCOMPARE(page.after, cursor);
            seen += page.entries;
            cursor = page.next;
            if (!page.more)
                break;
        }
        QCOMPARE(seen.size(), 4);
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i - 1).serverSequence < seen.at(i).serverSequence);
        QCOMPARE(seen.at(2).event.type, EventType::VaccineRegistered);
        QCOMPARE(seen.at(2).event.siteId, otherSite);
        QCOMPARE(m_store->feed(m_site, cursor, 10).entries.size(), 0);
    }

    void revokingKeepsTheFirstTime()
    {
        QVERIFY(m_store->revokeDevice(m_device.id, m_now));
        QVERIFY(m_store->revokeDevice(m_device.id, m_now.addSecs(60)));
        QVERIFY(!m_store->revokeDevice(QStringLiteral("nobody"), m_now));
        const QList<DeviceRecord> devices = m_store->devices();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.at(0).revokedAt.toSecsSinceEpoch(), m_now.toSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "test_server_store.moc"

#include "EventMaker.h"
#include "HttpClient.h"
#include "ProtocolDesk.h"
#include "ServerProcess.h"
#include "sync/protocol/EventBatch.h"
#include "sync/protocol/EventResult.h"
#include "sync/protocol/FeedPage.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

// InjectionUndone against the real anticorona-server binary: the holder's own free injection
// goes back (lot +1, stock +1, booked +1, BOOKED again, no right moves, MyPage shows BOOKED,
// the feed carries it), and every other undo is rejected with its reason and changes nothing.
class TestServerUndo : public QObject
{
    Q_OBJECT

private:
    static inline const QString kBirthDate = QStringLiteral("1980-05-17");

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_site;
    QString m_vaccine;
    QString m_connection = QStringLiteral("undo-reader");

    struct Desk
    {
        QString deviceId;
        QString token;
        std::unique_ptr<EventMaker> maker;
    };
    Desk m_a;
    Desk m_b;

    struct Counts
    {
        int onHand = -1;
        int booked = -1;
        int lotL1 = -1;
        int lotL2 = -1;
        bool operator==(const Counts &) const = default;
    };

    void enroll(Desk *desk)
    {
        const EnrolledDevice device = enrollDevice(m_server.get(), m_http.get(), m_site);
        desk->deviceId = device.deviceId;
        desk->token = device.token;
        desk->maker = std::make_unique<EventMaker>(desk->deviceId, m_site);
    }

    BatchAnswer push(const Desk &desk, const QList<Event> &events)
    {
        const HttpReply reply =
            m_http->postJson(QStringLiteral("/v1/events"), EventBatch{events}.toJson(), desk.token);
        QString error;
        return BatchAnswer::fromJson(reply.json(), &error).value_or(BatchAnswer());
    }

    QString status(const Desk &desk, const Event &event)
    {
        const BatchAnswer answer = push(desk, {event});
        if (answer.results.size() != 1)
            return QStringLiteral("no answer");
        const EventResult &result = answer.results.constFirst();
        return EventResult::statusName(result.status) +
               (result.reason.isEmpty() ? QString() : QLatin1Char(':') + result.reason);
    }

    // Books a customer at desk A (the holder); the booking id and code come back.
    void book(QString *bookingId, QString *code, const QString &phone)
    {
        bookingId->clear();
        code->clear();
        const Event event =
            m_a.maker->book(m_vaccine, QStringLiteral("Customer ") + phone, phone, bookingId, code);
        QCOMPARE(status(m_a, event), QStringLiteral("accepted"));
    }

    // The server's own counts, read from its file beside the running server (WAL: readers
    // never block it).
    Counts counts()
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        Counts c;
        QSqlQuery level(db);
        level.prepare(QStringLiteral("SELECT on_hand, booked FROM stock_levels WHERE vaccine_id = ?"));
        level.addBindValue(m_vaccine);
        // A broken query fails the test: two failed reads must not compare as "unchanged".
        if (!level.exec() || !level.next())
            qFatal("counts: %s", qPrintable(level.lastError().text()));
        c.onHand = level.value(0).toInt();
        c.booked = level.value(1).toInt();
        QSqlQuery lots(db);
        lots.prepare(QStringLiteral("SELECT lot_number, remaining FROM lots WHERE vaccine_id = ?"));
        lots.addBindValue(m_vaccine);
        if (!lots.exec())
            qFatal("counts: %s", qPrintable(lots.lastError().text()));
        while (lots.next())
            (lots.value(0).toString() == QLatin1String("L1") ? c.lotL1 : c.lotL2) = lots.value(1).toInt();
        return c;
    }

    QString bookingState(const QString &bookingId)
    {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        query.prepare(QStringLiteral("SELECT state FROM bookings WHERE id = ?"));
        query.addBindValue(bookingId);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    QJsonObject myPage(const QString &code)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("code"), code);
        query.addQueryItem(QStringLiteral("birthDate"), kBirthDate);
        return m_http->get(QStringLiteral("/v1/mypage?") + query.toString(QUrl::FullyEncoded)).json();
    }

    qint64 rightsOf(const Desk &desk)
    {
        // An empty batch answers with the desk's rights and changes nothing; no entry is none.
        return push(desk, {}).rights.value(m_vaccine, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString database = m_dir.filePath(QStringLiteral("server.db"));
        m_server = std::make_unique<ServerProcess>(database);
        m_site = m_server->run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Seoul")})
                     .lastLine();
        QVERIFY2(m_server->start(), m_server->serveOutput().constData());
        m_http = std::make_unique<HttpClient>(m_server->url());
        enroll(&m_a);
        enroll(&m_b);
        m_vaccine = EventMaker::newId();
        const BatchAnswer answer = push(m_a, {m_a.maker->registerVaccine(m_vaccine, QStringLiteral("V")),
                                              m_a.maker->receive(m_vaccine, QStringLiteral("L1"), 10),
                                              m_a.maker->receive(m_vaccine, QStringLiteral("L2"), 10, 120)});
        QCOMPARE(answer.results.size(), 3);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(database);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void holderUndoesItsOwnInjection()
    {
        QString bookingId, code;
        book(&bookingId, &code, QStringLiteral("01011110001"));
        QCOMPARE(status(m_a, m_a.maker->inject(bookingId, m_vaccine, QStringLiteral("L1"))),
                 QStringLiteral("accepted"));
        QCOMPARE(myPage(code).value(QStringLiteral("state")).toString(), QStringLiteral("INJECTED"));
        const Counts injected = counts();
        const qint64 rightsA = rightsOf(m_a);
        const qint64 rightsB = rightsOf(m_b);
        QVERIFY(rightsA > 0); // so an undo that paid or credited one would show

        const Event undo = m_a.maker->undoInjection(bookingId, code, m_vaccine, QStringLiteral("L1"));
        const BatchAnswer answer = push(m_a, {undo});
        QCOMPARE(answer.results.size(), 1);
        QCOMPARE(answer.results.constFirst().status, EventStatus::Accepted);

        const Counts undone = counts();
        QCOMPARE(undone.onHand, injected.onHand + 1);
        QCOMPARE(undone.booked, injected.booked + 1);
        QCOMPARE(undone.lotL1, injected.lotL1 + 1);
        QCOMPARE(undone.lotL2, injected.lotL2);
        QCOMPARE(bookingState(bookingId), QStringLiteral("0")); // BOOKED
        // available is unchanged, so no right moved anywhere.
        QCOMPARE(rightsOf(m_a), rightsA);
        QCOMPARE(rightsOf(m_b), rightsB);
        const QJsonObject page = myPage(code);
        QCOMPARE(page.value(QStringLiteral("state")).toString(), QStringLiteral("BOOKED"));
        QVERIFY(page.value(QStringLiteral("injectionDate")).isNull());

        // The feed carries it like any event, for desk B too.
        const HttpReply feedReply = m_http->get(QStringLiteral("/v1/events?after=0&limit=1000"), m_b.token);
        QString error;
        const std::optional<FeedPage> feed = FeedPage::fromJson(feedReply.json(), &error);
        QVERIFY2(feed, qPrintable(error));
        QCOMPARE(feed->entries.constLast().event.id, undo.id);
        QCOMPARE(feed->entries.constLast().event.type, EventType::InjectionUndone);
        QCOMPARE(feed->entries.constLast().serverSequence, answer.results.constFirst().serverSequence);

        // Sent again: a duplicate, nothing moves twice.
        QCOMPARE(push(m_a, {undo}).results.constFirst().status, EventStatus::Duplicate);
        QCOMPARE(counts(), undone);
        // BOOKED again: it can be injected again (from the other lot), and that injection undone.
        QCOMPARE(status(m_a, m_a.maker->inject(bookingId, m_vaccine, QStringLiteral("L2"))),
                 QStringLiteral("accepted"));
        QCOMPARE(status(m_a, m_a.maker->undoInjection(bookingId, code, m_vaccine, QStringLiteral("L2"))),
                 QStringLiteral("accepted"));
        QCOMPARE(counts(), undone);
    }

    void otherUndosAreRejectedAndChangeNothing()
    {
        QString bookingId, code;
        book(&bookingId, &code, QStringLiteral("01011110002"));
        const Counts before = counts();
        const auto undo = [&](Desk &desk, const QString &lot = QStringLiteral("L1"),
                              const QString &holder = QString()) {
            return status(desk, desk.maker->undoInjection(bookingId, code, m_vaccine, lot,
                                                          holder.isEmpty() ? m_a.deviceId : holder));
        };
        QCOMPARE(undo(m_a), QStringLiteral("rejected:not_injected"));
        QCOMPARE(
            status(m_a, m_a.maker->undoInjection(EventMaker::newId(), code, m_vaccine, QStringLiteral("L1"))),
            QStringLiteral("rejected:unknown_booking"));
        Event missing = m_a.maker->undoInjection(bookingId, code, m_vaccine, QStringLiteral("L1"));
        missing.payload.remove(QStringLiteral("lotNumber"));
        QCOMPARE(status(m_a, missing), QStringLiteral("rejected:invalid_payload"));
        QCOMPARE(counts(), before);

        // Desk B injects A's booking: a surety injection, which neither desk can undo.
        QCOMPARE(status(m_b, m_b.maker->inject(bookingId, m_vaccine, QStringLiteral("L1"))),
                 QStringLiteral("accepted"));
        const Counts injected = counts();
        QCOMPARE(undo(m_a), QStringLiteral("rejected:undo_not_allowed"));
        QCOMPARE(undo(m_b), QStringLiteral("rejected:undo_not_allowed"));
        QCOMPARE(undo(m_a, QStringLiteral("L1"), m_b.deviceId), QStringLiteral("rejected:undo_mismatch"));
        QCOMPARE(counts(), injected);
        QCOMPARE(bookingState(bookingId), QStringLiteral("2")); // INJECTED

        // The holder's own injection, named with the wrong lot or the wrong code.
        QString second, secondCode;
        book(&second, &secondCode, QStringLiteral("01011110003"));
        QCOMPARE(status(m_a, m_a.maker->inject(second, m_vaccine, QStringLiteral("L1"))),
                 QStringLiteral("accepted"));
        const Counts secondInjected = counts();
        QCOMPARE(status(m_a, m_a.maker->undoInjection(second, secondCode, m_vaccine, QStringLiteral("L2"))),
                 QStringLiteral("rejected:undo_mismatch"));
        QCOMPARE(status(m_a, m_a.maker->undoInjection(second, code, m_vaccine, QStringLiteral("L1"))),
                 QStringLiteral("rejected:undo_mismatch"));
        // ... and an extra dose by the holder after it (paid with a right): not undoable either.
        QCOMPARE(status(m_a, m_a.maker->inject(second, m_vaccine, QStringLiteral("L1"))),
                 QStringLiteral("accepted"));
        const Counts extra = counts();
        QCOMPARE(extra.onHand, secondInjected.onHand - 1);
        QCOMPARE(status(m_a, m_a.maker->undoInjection(second, secondCode, m_vaccine, QStringLiteral("L1"))),
                 QStringLiteral("rejected:undo_not_allowed"));
        QCOMPARE(counts(), extra);

        // The holder's own booking injected as an override: counted in `overrides`, so not undoable.
        QString third, thirdCode;
        book(&third, &thirdCode, QStringLiteral("01011110005"));
        Event overridden = m_a.maker->inject(third, m_vaccine, QStringLiteral("L1"));
        overridden.payload.insert(QStringLiteral("override"), true);
        QCOMPARE(status(m_a, overridden), QStringLiteral("accepted"));
        const Counts afterOverride = counts();
        QCOMPARE(status(m_a, m_a.maker->undoInjection(third, thirdCode, m_vaccine, QStringLiteral("L1"))),
                 QStringLiteral("rejected:undo_not_allowed"));
        QCOMPARE(counts(), afterOverride);
        QCOMPARE(bookingState(third), QStringLiteral("2")); // still INJECTED
    }

    void undoOnAnotherDayIsTooLate()
    {
        QString bookingId, code;
        book(&bookingId, &code, QStringLiteral("01011110004"));
        Event inject = m_a.maker->inject(bookingId, m_vaccine, QStringLiteral("L1"));
        Event undo = m_a.maker->undoInjection(bookingId, code, m_vaccine, QStringLiteral("L1"));
        undo.at = inject.at.addDays(1);
        QCOMPARE(status(m_a, inject), QStringLiteral("accepted"));
        const Counts injected = counts();
        QCOMPARE(status(m_a, undo), QStringLiteral("rejected:undo_too_late"));
        QCOMPARE(counts(), injected);
    }

    void undoThatWouldBookTheCustomerTwiceIsRejected()
    {
        // Rule 5: injected, then booked again for the same vaccine; BOOKED twice is not allowed.
        QString first, firstCode, again, againCode;
        const QString phone = QStringLiteral("01011110005");
        book(&first, &firstCode, phone);
        QCOMPARE(status(m_a, m_a.maker->inject(first, m_vaccine, QStringLiteral("L1"))),
                 QStringLiteral("accepted"));
        book(&again, &againCode, phone);
        const Counts before = counts();
        QCOMPARE(status(m_a, m_a.maker->undoInjection(first, firstCode, m_vaccine, QStringLiteral("L1"))),
                 QStringLiteral("rejected:already_booked"));
        QCOMPARE(counts(), before);
    }
};

QTEST_GUILESS_MAIN(TestServerUndo)
#include "test_server_undo.moc"

#include "common/FixedClock.h"
#include "common/StoreSnapshot.h"
#include "models/commands/DeskCommands.h"
#include "models/domain/Rules.h"
#include "models/store/LocalStore.h"
#include "models/store/Verifier.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {} // namespace

class TestUndoInjection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<DeskCommands> m_commands;
    QString m_vaccine;
    QString m_code;
    int m_file = 0;

    StockLevel level() { return *m_store->stock()->level(m_vaccine); }
    int remaining(const QString &lot) { return m_store->stock()->lot(m_vaccine, lot)->remaining; }
    void verifierPasses()
    {
        const QStringList problems = Verifier(m_store->database()).run();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("desk%1.db").arg(++m_file))));
        m_commands =
            std::make_unique<DeskCommands>(m_store.get(), &m_clock, Actor::system(QStringLiteral("test")));
        m_vaccine = m_commands->registerVaccine(QStringLiteral("Comirnaty"), QStringLiteral("Pfizer")).value;
        QVERIFY(m_commands->receiveStock(m_vaccine, QStringLiteral("L1"), QDate(2026, 12, 31), 5).isDone());
        QVERIFY(m_commands->receiveStock(m_vaccine, QStringLiteral("L2"), QDate(2026, 6, 30), 5).isDone());
        const Customer kim{QStringLiteral("김민수"), QDate(1980, 5, 17), QStringLiteral("010-1234-5678")};
        m_code = m_commands->book(m_vaccine, kim, m_clock.now().addSecs(600)).value;
        QVERIFY(!m_code.isEmpty());
    }
    void cleanup()
    {
        m_commands.reset();
        m_store.reset();
    }

    void undoPutsEverythingBack()
    {
        const StockLevel before = level();
        QVERIFY(m_commands->inject(m_code, QStringLiteral("L1")).isDone());
        QCOMPARE(remaining(QStringLiteral("L1")), 4);
        m_clock.advanceSecs(300);

        m_commands->setActor(Actor{QStringLiteral("s1"), QStringLiteral("Nurse Choi"), Role::InjectionStaff});
        const CommandResult r = m_commands->undoInjection(m_code.toLower());
        QVERIFY2(r.isDone(), qPrintable(r.message()));
        QCOMPARE(r.value, QStringLiteral("L1"));
        QCOMPARE(remaining(QStringLiteral("L1")), 5);
        QCOMPARE(remaining(QStringLiteral("L2")), 5);
        const StockLevel after = level();
        QCOMPARE(after.onHand, before.onHand);
        QCOMPARE(after.booked, before.booked);
        QCOMPARE(after.available(), before.available());
        QCOMPARE(after.rights, before.rights);
        QCOMPARE(m_store->bookings()->byCode(m_code)->state, BookingState::Booked);
        QVERIFY(!m_store->injections()->latestActive(m_store->bookings()->byCode(m_code)->id));

        const QList<Event> events = m_store->outbox()->pending(100);
        const Event &undone = events.last();
        QCOMPARE(undone.type, EventType::InjectionUndone);
        QCOMPARE(undone.sequence, r.eventSequence);
        QCOMPARE(undone.payload.value("code").toString(), m_code);
        QCOMPARE(undone.payload.value("lotNumber").toString(), QStringLiteral("L1"));
        QCOMPARE(undone.payload.value("vaccineId").toString(), m_vaccine);
        QCOMPARE(undone.payload.value("injectedEventId").toString(), events.at(events.size() - 2).id);
        QCOMPARE(events.at(events.size() - 2).type, EventType::Injected);

        const AuditEntry audit = m_store->audit()->page({}, 0, 1).first();
        QCOMPARE(audit.action, QStringLiteral("InjectionUndone"));
        QCOMPARE(audit.staffName, QStringLiteral("Nurse Choi"));
        QCOMPARE(audit.subject, m_code);
        QCOMPARE(audit.eventSequence, r.eventSequence);
        verifierPasses();

        // Undone, then injected again and cancelled later: the state and the outbox still agree.
        QVERIFY(m_commands->inject(m_code).isDone());
        QCOMPARE(remaining(QStringLiteral("L2")), 4); // the default lot: earliest expiry
        verifierPasses();
        QVERIFY(m_commands->undoInjection(m_code).isDone());
        QCOMPARE(remaining(QStringLiteral("L2")), 5);
        m_commands->setActor(Actor::system(QStringLiteral("test")));
        const CommandResult cancelled = m_commands->cancel(m_code);
        QVERIFY2(cancelled.isDone(), qPrintable(cancelled.message()));
        verifierPasses();
    }

    void refusedTwice()
    {
        QVERIFY(m_commands->inject(m_code).isDone());
        QVERIFY(m_commands->undoInjection(m_code).isDone());
        const QString before = storeSnapshot(*m_store);
        const CommandResult r = m_commands->undoInjection(m_code);
        QCOMPARE(r.refusal.code, RefusalCode::NotInjected);
        QVERIFY(r.refusal.message.contains(m_code));
        QCOMPARE(storeSnapshot(*m_store), before);
    }

    void refusedTheNextDay()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(23, 50)));
        QVERIFY(m_commands->inject(m_code).isDone());
        m_clock.advanceSecs(20 * 60); // past local midnight
        const QString before = storeSnapshot(*m_store);
        const CommandResult r = m_commands->undoInjection(m_code);
        QCOMPARE(r.refusal.code, RefusalCode::UndoTooLate);
        QVERIFY(r.refusal.message.contains(QStringLiteral("2026-03-02")));
        QCOMPARE(storeSnapshot(*m_store), before);
        verifierPasses();
    }

    void refusedWhenNotInjected()
    {
        const QString before = storeSnapshot(*m_store);
        QCOMPARE(m_commands->undoInjection(m_code).refusal.code, RefusalCode::NotInjected);
        QVERIFY(m_commands->cancel(m_code).isDone());
        QCOMPARE(m_commands->undoInjection(m_code).refusal.code, RefusalCode::NotInjected);
        QCOMPARE(m_commands->undoInjection(QStringLiteral("NOSUCH99")).refusal.code,
                 RefusalCode::UnknownBooking);
        QCOMPARE(m_commands->undoInjection(QString()).refusal.code, RefusalCode::UnknownBooking);
        Q_UNUSED(before);
    }

    void refusedForSuretyInjections()
    {
        // A booking held by another desk: injecting it here pays a surety, which only the
        // server can settle, so the desk may not take it back.
        QSqlQuery query(m_store->database()->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE bookings SET holder = 'other-desk'")));
        QVERIFY(m_commands->inject(m_code).isDone());
        const QString before = storeSnapshot(*m_store);
        QCOMPARE(m_commands->undoInjection(m_code).refusal.code, RefusalCode::UndoNotAllowed);
        QCOMPARE(storeSnapshot(*m_store), before);
    }

    void rulesAlone()
    {
        const QDate today(2026, 3, 2);
        const QDateTime morning(today, QTime(8, 0));
        QCOMPARE(Rules::checkUndoInjection("C", BookingState::Booked, morning, false, today).code,
                 RefusalCode::NotInjected);
        QCOMPARE(Rules::checkUndoInjection("C", BookingState::Injected, QDateTime(), false, today).code,
                 RefusalCode::NotInjected);
        QCOMPARE(Rules::checkUndoInjection("C", BookingState::Injected, morning, true, today).code,
                 RefusalCode::UndoNotAllowed);
        QCOMPARE(
            Rules::checkUndoInjection("C", BookingState::Injected, morning, false, today.addDays(1)).code,
            RefusalCode::UndoTooLate);
        QVERIFY(!Rules::checkUndoInjection("C", BookingState::Injected, morning, false, today).isRefused());
    }
};

QTEST_GUILESS_MAIN(TestUndoInjection)
#include "test_undo_injection.moc"

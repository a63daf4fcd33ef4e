#include "common/FixedClock.h"
#include "common/StoreSnapshot.h"
#include "models/commands/DeskCommands.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/StockLevel.h"
#include "models/sqlite/WalCheckpointer.h"
#include "models/store/BookingStore.h"
#include "models/store/LocalStore.h"
#include "models/store/OutboxStore.h"
#include "models/store/Schema.h"
#include "models/store/Verifier.h"
#include "translations/Translations.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {
// Fails every append after the state was written: the seam for the atomicity test.
class FailingOutbox final : public OutboxStore
{
public:
    using OutboxStore::OutboxStore;
    void append(Event &) override { throw DatabaseError(QStringLiteral("injected fault: disk full")); }
};

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<DeskCommands> m_commands;
    QString m_vaccine;
    const Customer m_kim{QStringLiteral("김민수"), QDate(1980, 5, 17), QStringLiteral("010-1234-5678")};

    QDateTime tomorrow() const { return m_clock.now().addDays(1); }
    QString book(const Customer &customer)
    {
        const CommandResult r = m_commands->book(m_vaccine, customer, tomorrow());
        return r.isDone() ? r.value : QString();
    }
    StockLevel level() { return *m_store->stock()->level(m_vaccine); }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        m_store = std::make_unique<LocalStore>();
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()))),
                 qPrintable(m_store->errorMessage()));
        m_commands =
            std::make_unique<DeskCommands>(m_store.get(), &m_clock, Actor::system(QStringLiteral("test")));
        const CommandResult vaccine =
            m_commands->registerVaccine(QStringLiteral("Comirnaty"), QStringLiteral("Pfizer"));
        QVERIFY(vaccine.isDone());
        m_vaccine = vaccine.value;
        QVERIFY(m_commands->receiveStock(m_vaccine, QStringLiteral("LOT-A"), QDate(2026, 6, 30), 3).isDone());
    }
    void cleanup()
    {
        if (m_store)
            QCOMPARE(Verifier(m_store->database()).run(), QStringList());
        m_commands.reset();
        m_store.reset();
    }

    void newDatabaseIsMigratedWithTheDesksPragmas()
    {
        QSqlQuery query(m_store->database()->connection());
        for (const auto &[pragma, expected] :
             {std::pair{"user_version", QString::number(Schema::latestVersion())},
              std::pair{"journal_mode", QStringLiteral("wal")},
              std::pair{"foreign_keys", QStringLiteral("1")}, std::pair{"synchronous", QStringLiteral("1")},
              std::pair{"application_id", QString::number(Schema::kApplicationId)},
              std::pair{"page_size", QString::number(Database::kPageSize)}}) {
            QVERIFY(query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) && query.next());
            QCOMPARE(query.value(0).toString(), expected);
        }
        QVERIFY(!m_store->identity().deviceId.isEmpty());
        QVERIFY(!m_store->identity().siteId.isEmpty());
    }
    // Rule 5 runs on every booking: at a million bookings a lookup that reads table rows to
    // compare names costs more than the booking's own writes. Both probes must stay on an index
    // that holds the birth date or is as narrow as a phone.
    void ruleFiveIsAnsweredByIndexes()
    {
        QSqlQuery plan(m_store->database()->connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                             QString::fromUtf8(BookingStore::bookedCodeQuery())));
        for (const char *name : {":name", ":birth", ":vaccine", ":phone"})
            plan.bindValue(QLatin1String(name), QString());
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        QVERIFY2(steps.contains(
                     QStringLiteral("SEARCH bookings USING INDEX bookings_name (name=? AND birth_date=?)")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
        QVERIFY2(steps.contains(QStringLiteral("SEARCH bookings USING INDEX bookings_phone (phone=?)")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
    }
    // A push reads the outbox batch by batch: each read must start at the acknowledged prefix's
    // end, not walk every acknowledged event before it (a scan made a 100,000-event push
    // quadratic: bench_sync_drain).
    void theOutboxIsReadFromTheAcknowledgedPrefix()
    {
        QSqlQuery plan(m_store->database()->connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                             QString::fromUtf8(OutboxStore::pendingQuery())));
        plan.addBindValue(500);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        QVERIFY2(steps.contains(QStringLiteral("SEARCH o USING INTEGER PRIMARY KEY (rowid>?)")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
        QVERIFY2(!steps.join(QLatin1Char('\n')).contains(QLatin1String("SCAN")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
    }
    // Desks created before small pages keep their 4 KB pages and work as before.
    void aFileWithLargerPagesKeepsThem()
    {
        QVERIFY(!book(m_kim).isEmpty());
        const QString path = m_store->database()->path();
        m_commands.reset();
        m_store.reset();
        {
            const QString name = QStringLiteral("repage");
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QSqlQuery query(raw);
                for (const char *sql : {"PRAGMA journal_mode=DELETE", "PRAGMA page_size=4096", "VACUUM",
                                        "PRAGMA journal_mode=WAL"})
                    QVERIFY2(query.exec(QLatin1String(sql)), sql);
            }
            QSqlDatabase::removeDatabase(name);
        }
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(path, Database::OpenMode::MustExist));
        m_commands =
            std::make_unique<DeskCommands>(m_store.get(), &m_clock, Actor::system(QStringLiteral("test")));
        QSqlQuery query(m_store->database()->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        QCOMPARE(query.value(0).toInt(), 4096);
        QVERIFY(
            !book({QStringLiteral("이서연"), QDate(1991, 2, 3), QStringLiteral("01055556666")}).isEmpty());
        QCOMPARE(level().booked, 2);
    }
    void reopeningKeepsIdentityAndData()
    {
        const QString device = m_store->identity().deviceId;
        const QString path = m_store->database()->path();
        m_commands.reset();
        m_store = std::make_unique<LocalStore>();
        QVERIFY(m_store->open(path, Database::OpenMode::MustExist));
        m_commands =
            std::make_unique<DeskCommands>(m_store.get(), &m_clock, Actor::system(QStringLiteral("test")));
        QCOMPARE(m_store->identity().deviceId, device);
        QCOMPARE(level().onHand, 3);
    }
    void bookingLowersAvailableAndPaysARight()
    {
        const QString code = book(m_kim);
        QVERIFY(!code.isEmpty());
        QCOMPARE(level().booked, 1);
        QCOMPARE(level().available(), 2);
        QCOMPARE(level().rights, 2);
        const auto booking = m_store->bookings()->byCode(code);
        QVERIFY(booking);
        QCOMPARE(booking->customer.phone, QStringLiteral("01012345678"));
        QCOMPARE(booking->holder, m_store->identity().deviceId);
        QCOMPARE(booking->state, BookingState::Booked);
    }
    void everyCommandAppendsItsEventInOrder()
    {
        const QString code = book(m_kim);
        QVERIFY(m_commands->cancel(code).isDone());
        const QList<Event> events = m_store->outbox()->pending(100);
        QCOMPARE(events.size(), 4);
        const EventType expected[] = {EventType::VaccineRegistered, EventType::StockReceived,
                                      EventType::Booked, EventType::BookingCancelled};
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(events.at(i).type, expected[i]);
            QCOMPARE(events.at(i).sequence, i + 1);
            QCOMPARE(events.at(i).feedCursor, 0);
            QCOMPARE(events.at(i).deviceId, m_store->identity().deviceId);
            QCOMPARE(events.at(i).at, m_clock.now());
        }
        QCOMPARE(events.at(2).payload.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(events.at(2).payload.value(QStringLiteral("holder")).toString(),
                 m_store->identity().deviceId);
    }

    void acknowledgedEventsLeaveThePendingList()
    {
        const QString code = book(m_kim);
        QVERIFY(m_commands->cancel(code).isDone());
        QCOMPARE(m_store->outbox()->pendingCount(), 4);
        {
            WriteTransaction transaction(m_store->database());
            m_store->outbox()->acknowledgeThrough(3);
            transaction.commit();
        }
        QCOMPARE(m_store->outbox()->pendingCount(), 1);
        const QList<Event> events = m_store->outbox()->pending(100);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().sequence, 4);
        {
            WriteTransaction transaction(m_store->database());
            m_store->outbox()->acknowledgeThrough(2); // an old answer arriving late moves nothing back
            transaction.commit();
        }
        QCOMPARE(m_store->outbox()->pendingCount(), 1);
        QCOMPARE(m_store->outbox()->count(), 4);
    }
    void bookingStopsWhenNothingIsAvailable()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!book({QStringLiteral("손님 %1").arg(i), QDate(1990, 1, 1),
                           QStringLiteral("0101111000%1").arg(i)})
                         .isEmpty());
        const QString before = storeSnapshot(*m_store);
        const CommandResult r = m_commands->book(m_vaccine, m_kim, tomorrow());
        QCOMPARE(r.status, CommandResult::Status::Refused);
        QCOMPARE(r.refusal.code, RefusalCode::NotAvailable);
        QCOMPARE(storeSnapshot(*m_store), before);
    }
    void refusalsChangeNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("expected");
        auto row = [](const char *name, int which, RefusalCode code) {
            QTest::newRow(name) << which << int(code);
        };
        row("empty name", 0, RefusalCode::EmptyName);
        row("long name", 1, RefusalCode::NameTooLong);
        row("bad phone", 2, RefusalCode::InvalidPhone);
        row("past appointment", 3, RefusalCode::AppointmentInPast);
        row("unknown vaccine", 4, RefusalCode::UnknownVaccine);
        row("same name and birth date", 5, RefusalCode::AlreadyBooked);
        row("same phone and birth date", 6, RefusalCode::AlreadyBooked);
        row("quantity 0", 7, RefusalCode::InvalidQuantity);
        row("negative quantity", 8, RefusalCode::InvalidQuantity);
        row("expiry in the past", 9, RefusalCode::ExpiryInPast);
        row("write-off too large", 10, RefusalCode::WriteOffExceedsAvailable);
        row("unknown code", 11, RefusalCode::UnknownBooking);
        row("cancel twice", 12, RefusalCode::NotBooked);
        row("inject cancelled", 13, RefusalCode::NotBooked);
        row("inject twice", 14, RefusalCode::NotBooked);
        row("unknown lot", 15, RefusalCode::UnknownLot);
        row("lot with another expiry", 16, RefusalCode::DuplicateLot);
        row("empty vaccine name", 17, RefusalCode::EmptyName);
        row("write-off without reason", 18, RefusalCode::EmptyReason);
        row("malformed code", 19, RefusalCode::UnknownBooking);
    }
    void refusalsChangeNothing()
    {
        QFETCH(int, which);
        QFETCH(int, expected);
        const QString code = book(m_kim);
        QVERIFY(!code.isEmpty());
        const QString cancelled =
            book({QStringLiteral("이서연"), QDate(1975, 1, 2), QStringLiteral("01022223333")});
        QVERIFY(m_commands->cancel(cancelled).isDone());
        const QString injected =
            book({QStringLiteral("박지훈"), QDate(1960, 2, 3), QStringLiteral("01044445555")});
        QVERIFY(m_commands->inject(injected).isDone());
        Customer other{QStringLiteral("최유진"), QDate(1999, 9, 9), QStringLiteral("01099998888")};

        const QString before = storeSnapshot(*m_store);
        CommandResult r;
        switch (which) {
        case 0:
            other.name = QStringLiteral(" ");
            r = m_commands->book(m_vaccine, other, tomorrow());
            break;
        case 1:
            other.name = QString(101, QChar(0xAC00));
            r = m_commands->book(m_vaccine, other, tomorrow());
            break;
        case 2:
            other.phone = QStringLiteral("12-34");
            r = m_commands->book(m_vaccine, other, tomorrow());
            break;
        case 3:
            r = m_commands->book(m_vaccine, other, m_clock.now().addSecs(-60));
            break;
        case 4:
            r = m_commands->book(QStringLiteral("no-such-vaccine"), other, tomorrow());
            break;
        case 5:
            other.name = m_kim.name;
            other.birthDate = m_kim.birthDate;
            r = m_commands->book(m_vaccine, other, tomorrow());
            break;
        case 6:
            other.phone = m_kim.phone;
            other.birthDate = m_kim.birthDate;
            r = m_commands->book(m_vaccine, other, tomorrow());
            break;
        case 7:
            r = m_commands->receiveStock(m_vaccine, QStringLiteral("LOT-B"), QDate(2026, 7, 1), 0);
            break;
        case 8:
            r = m_commands->receiveStock(m_vaccine, QStringLiteral("LOT-B"), QDate(2026, 7, 1), -5);
            break;
        case 9:
            r = m_commands->receiveStock(m_vaccine, QStringLiteral("LOT-B"), QDate(2026, 3, 1), 5);
            break;
        case 10:
            r = m_commands->writeOff(m_vaccine, 2, QStringLiteral("dropped"));
            break;
        case 11:
            r = m_commands->cancel(QStringLiteral("ZZZZ2222"));
            break;
        case 12:
            r = m_commands->cancel(cancelled);
            break;
        case 13:
            r = m_commands->inject(cancelled);
            break;
        case 14:
            r = m_commands->inject(injected);
            break;
        case 15:
            r = m_commands->inject(code, QStringLiteral("LOT-X"));
            break;
        case 16:
            r = m_commands->receiveStock(m_vaccine, QStringLiteral("LOT-A"), QDate(2026, 9, 1), 5);
            break;
        case 17:
            r = m_commands->registerVaccine(QString(), QStringLiteral("Moderna"));
            break;
        case 18:
            r = m_commands->writeOff(m_vaccine, 1, QStringLiteral("  "));
            break;
        case 19:
            r = m_commands->inject(QStringLiteral("not a code"));
            break;
        }
        QCOMPARE(r.status, CommandResult::Status::Refused);
        QCOMPARE(int(r.refusal.code), expected);
        QVERIFY(!r.refusal.message.isEmpty());
        QCOMPARE(storeSnapshot(*m_store), before);
    }
    void cancelFreesADoseAndCreditsTheHolder()
    {
        const QString code = book(m_kim);
        QVERIFY(m_commands->cancel(code.toLower()).isDone()); // typed codes are normalised
        QCOMPARE(level().booked, 0);
        QCOMPARE(level().rights, 3);
        QCOMPARE(m_store->bookings()->byCode(code)->state, BookingState::Cancelled);
        QVERIFY(!book(m_kim).isEmpty()); // and the customer may book again
    }
    void injectionUsesTheEarliestUnexpiredLot()
    {
        QVERIFY(
            m_commands->receiveStock(m_vaccine, QStringLiteral("LOT-SOON"), QDate(2026, 3, 10), 2).isDone());
        QVERIFY(
            m_commands->receiveStock(m_vaccine, QStringLiteral("LOT-TODAY"), QDate(2026, 3, 2), 1).isDone());
        const QString code = book(m_kim);
        m_clock.advanceSecs(24 * 3600 + 60); // LOT-TODAY has expired by the appointment
        const CommandResult r = m_commands->inject(code);
        QVERIFY(r.isDone());
        QCOMPARE(r.value, QStringLiteral("LOT-SOON"));
        QCOMPARE(level().onHand, 5);
        QCOMPARE(level().booked, 0);
        QCOMPARE(m_store->stock()->lot(m_vaccine, QStringLiteral("LOT-SOON"))->remaining, 1);
        QCOMPARE(level().rights, 5); // free at the holder: the right was paid when booking
    }
    void injectionRefusesAnExpiredLot()
    {
        QVERIFY(
            m_commands->receiveStock(m_vaccine, QStringLiteral("LOT-TODAY"), QDate(2026, 3, 2), 1).isDone());
        const QString code = book(m_kim);
        m_clock.advanceSecs(24 * 3600);
        const QString before = storeSnapshot(*m_store);
        const CommandResult r = m_commands->inject(code, QStringLiteral("LOT-TODAY"));
        QCOMPARE(r.refusal.code, RefusalCode::LotExpired);
        QCOMPARE(storeSnapshot(*m_store), before);
        QCOMPARE(m_commands->inject(code, QStringLiteral("LOT-A")).value, QStringLiteral("LOT-A"));
    }
    // Doses are counted in an int: a lot that would take the stock past it is refused inside the
    // transaction, so no second writer can slip past the check; reaching it exactly is allowed.
    void stockNeverWrapsPastTheLargestCount()
    {
        const int room = StockLevel::kMaxDoses - 3; // LOT-A holds 3
        const CommandResult tooMany =
            m_commands->receiveStock(m_vaccine, QStringLiteral("BIG"), QDate(2026, 6, 30), room + 1);
        QCOMPARE(tooMany.refusal.code, RefusalCode::QuantityTooLarge);
        QVERIFY2(tooMany.message().contains(QString::number(room)), qPrintable(tooMany.message()));
        QCOMPARE(level().onHand, 3);
        QVERIFY(
            m_commands->receiveStock(m_vaccine, QStringLiteral("BIG"), QDate(2026, 6, 30), room).isDone());
        QCOMPARE(level().onHand, StockLevel::kMaxDoses);
        QCOMPARE(
            m_commands->receiveStock(m_vaccine, QStringLiteral("ONE"), QDate(2026, 6, 30), 1).refusal.code,
            RefusalCode::QuantityTooLarge);
        QCOMPARE(level().onHand, StockLevel::kMaxDoses);
        QVERIFY(!book(m_kim).isEmpty());
    }
    void receivingTheSameLotAgainAddsToIt()
    {
        QVERIFY(m_commands->receiveStock(m_vaccine, QStringLiteral("LOT-A"), QDate(2026, 6, 30), 4).isDone());
        const auto lot = m_store->stock()->lot(m_vaccine, QStringLiteral("LOT-A"));
        QCOMPARE(lot->received, 7);
        QCOMPARE(lot->remaining, 7);
        QCOMPARE(level().onHand, 7);
        QCOMPARE(level().rights, 7);
    }
    void writeOffTakesTheSoonestExpiringDosesFirst()
    {
        QVERIFY(
            m_commands->receiveStock(m_vaccine, QStringLiteral("LOT-SOON"), QDate(2026, 3, 10), 2).isDone());
        QVERIFY(m_commands->writeOff(m_vaccine, 3, QStringLiteral("fridge failure")).isDone());
        QCOMPARE(m_store->stock()->lot(m_vaccine, QStringLiteral("LOT-SOON"))->remaining, 0);
        QCOMPARE(m_store->stock()->lot(m_vaccine, QStringLiteral("LOT-A"))->remaining, 2);
        QCOMPARE(level().onHand, 2);
        QCOMPARE(level().rights, 2);
    }
    void writeOffTakesTheDosesFromTheLotItNames()
    {
        QVERIFY(
            m_commands->receiveStock(m_vaccine, QStringLiteral("LOT-SOON"), QDate(2026, 3, 10), 2).isDone());
        // LOT-A expires later: named, it gives the doses although LOT-SOON would go first.
        const CommandResult done =
            m_commands->writeOff(m_vaccine, 2, QStringLiteral("broken vial"), QStringLiteral("LOT-A"));
        QVERIFY(done.isDone());
        QCOMPARE(m_store->stock()->lot(m_vaccine, QStringLiteral("LOT-A"))->remaining, 1);
        QCOMPARE(m_store->stock()->lot(m_vaccine, QStringLiteral("LOT-SOON"))->remaining, 2);
        QCOMPARE(level().onHand, 3);
        const Event event = m_store->outbox()->pending(100).constLast();
        QCOMPARE(event.payload.value(QStringLiteral("lots")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("lotNumber"), QStringLiteral("LOT-A")},
                                         {QStringLiteral("quantity"), 2}}}));

        const QString before = storeSnapshot(*m_store);
        const CommandResult tooMany =
            m_commands->writeOff(m_vaccine, 2, QStringLiteral("broken vial"), QStringLiteral("LOT-A"));
        QCOMPARE(tooMany.refusal.code, RefusalCode::WriteOffExceedsLot);
        QVERIFY(tooMany.refusal.message.contains(QLatin1String("LOT-A")));
        QVERIFY(tooMany.refusal.message.contains(QLatin1String("1")));
        QCOMPARE(m_commands->writeOff(m_vaccine, 1, QStringLiteral("broken vial"), QStringLiteral("LOT-Z"))
                     .refusal.code,
                 RefusalCode::UnknownLot);
        QCOMPARE(storeSnapshot(*m_store), before);

        // An expired lot is written off whole: that is what it is for.
        m_clock.set(QDateTime(QDate(2026, 3, 20), QTime(9, 0)));
        QVERIFY(m_commands->writeOff(m_vaccine, 2, QStringLiteral("expired"), QStringLiteral("LOT-SOON"))
                    .isDone());
        QCOMPARE(m_store->stock()->lot(m_vaccine, QStringLiteral("LOT-SOON"))->remaining, 0);
        QCOMPARE(level().onHand, 1);
        QCOMPARE(level().rights, 1);
    }
    void aFaultBetweenStateAndOutboxRollsBothBack()
    {
        FailingOutbox failing(m_store->database());
        DeskCommands faulty(m_store.get(), &m_clock, Actor::system(QStringLiteral("test")), &failing);
        const QString code = book(m_kim);
        const QString before = storeSnapshot(*m_store);
        for (const CommandResult &r :
             {faulty.book(m_vaccine,
                          {QStringLiteral("정하늘"), QDate(2000, 1, 1), QStringLiteral("01055556666")},
                          tomorrow()),
              faulty.cancel(code), faulty.inject(code), faulty.writeOff(m_vaccine, 1, QStringLiteral("x")),
              faulty.receiveStock(m_vaccine, QStringLiteral("LOT-B"), QDate(2026, 8, 1), 5),
              faulty.registerVaccine(QStringLiteral("Spikevax"), QStringLiteral("Moderna"))}) {
            QCOMPARE(r.status, CommandResult::Status::Failed);
            QVERIFY(r.error.contains(QStringLiteral("injected fault")));
            QCOMPARE(storeSnapshot(*m_store), before);
        }
        QVERIFY(m_commands->cancel(code).isDone()); // the connection is usable afterwards
    }
    void aWriterWaitsForAnotherAndFailsCleanlyWhenItWaitsTooLong()
    {
        qputenv("ANTICORONA_BUSY_TIMEOUT_MS", "50");
        LocalStore waiter;
        const bool opened = waiter.open(m_store->database()->path(), Database::OpenMode::MustExist);
        qunsetenv("ANTICORONA_BUSY_TIMEOUT_MS");
        QVERIFY(opened);
        DeskCommands waiterCommands(&waiter, &m_clock, Actor::system(QStringLiteral("test")));
        m_store->database()->beginWrite(); // another writer holds the lock
        const QString before = storeSnapshot(*m_store);
        const CommandResult r = waiterCommands.book(m_vaccine, m_kim, tomorrow());
        QCOMPARE(r.status, CommandResult::Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("locked")), qPrintable(r.error));
        m_store->database()->rollback();
        QCOMPARE(storeSnapshot(*m_store), before);
        QVERIFY(waiterCommands.book(m_vaccine, m_kim, tomorrow()).isDone());
        // The first connection sees that booking at once and refuses the same customer.
        QCOMPARE(m_commands->book(m_vaccine, m_kim, tomorrow()).refusal.code, RefusalCode::AlreadyBooked);
    }
    void backgroundCheckpointsRunBesideCommits()
    {
        // The database file alone (without its -wal log) holds what has been checkpointed.
        const auto bookingsInFile = [this](const QString &name) {
            const QString copy = m_dir.filePath(name);
            QFile::remove(copy);
            if (!QFile::copy(m_store->database()->path(), copy))
                return -1;
            int count = -1;
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(copy);
                QSqlQuery query(raw);
                // Not even the table yet: the schema too is still only in the log.
                if (raw.open())
                    count = query.exec(QStringLiteral("SELECT count(*) FROM bookings")) && query.next()
                                ? query.value(0).toInt()
                                : 0;
            }
            QSqlDatabase::removeDatabase(name);
            return count;
        };
        QVERIFY(m_store->database()->setAutoCheckpoint(false));
        QVERIFY(!book(m_kim).isEmpty());
        QCOMPARE(bookingsInFile(QStringLiteral("before.sqlite")), 0); // only in the log so far
        {
            WalCheckpointer checkpointer(m_store->database()->path(), Schema::desk(), 1);
            for (int i = 0; i < 2; ++i)
                QVERIFY(!book({QStringLiteral("손님%1").arg(i), QDate(1990, 1, 1),
                               QStringLiteral("0102000000%1").arg(i)})
                             .isEmpty());
        } // stops after one last checkpoint
        QCOMPARE(bookingsInFile(QStringLiteral("after.sqlite")), 3);
    }
    // Without pauses between commits no background checkpoint ever catches up, and SQLite
    // only starts the log over after one has: the committing connection catches up itself
    // past its limit, so the log file stays near the limit instead of growing with the run.
    void aWriterThatNeverPausesStillStartsTheLogOver()
    {
        if (m_store->database()->statementPath() != Database::StatementPath::Native)
            QSKIP("the catch-up is SQLite's WAL hook, set only on the native path");
        constexpr int kLimit = 40;
        constexpr qint64 kFrameBytes = 4096 + 24;
        QVERIFY(m_store->database()->setAutoCheckpoint(false, kLimit));
        for (int i = 0; i < 200; ++i)
            QVERIFY(
                m_commands->receiveStock(m_vaccine, QStringLiteral("LOT-%1").arg(i), QDate(2026, 6, 30), 1)
                    .isDone());
        const qint64 logBytes = QFileInfo(m_store->database()->path() + QStringLiteral("-wal")).size();
        // 200 commands wrote far more than this: the log started over along the way.
        QVERIFY2(logBytes < 2 * kLimit * kFrameBytes, qPrintable(QString::number(logBytes)));
        QCOMPARE(level().onHand, 203);
    }
    void verifyFindsBrokenCounters()
    {
        book(m_kim);
        QSqlQuery query(m_store->database()->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE stock_levels SET booked = 0")));
        QVERIFY(query.exec(QStringLiteral("UPDATE lots SET remaining = 2")));
        const QStringList problems = Verifier(m_store->database()).run();
        QVERIFY(problems.size() >= 3);
        QVERIFY(query.exec(QStringLiteral("UPDATE stock_levels SET booked = 1, on_hand = 3")));
        QVERIFY(query.exec(QStringLiteral("UPDATE lots SET remaining = 3")));
    }
    // A booking runs a dozen statements; a temporary b-tree in one of them (INSERT ... RETURNING,
    // `x IN (a, b, c)` in a CHECK) is built and zeroed on every booking: the two cost a seventh of it.
    void aBookingBuildsNoTemporaryTable()
    {
        const QVariant handle = m_store->database()->connection().driver()->handle();
        QVERIFY(handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0);
        sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
        QStringList run;
        const auto collect = [](unsigned, void *context, void *statement, void *) {
            static_cast<QStringList *>(context)->append(
                QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement))));
            return 0;
        };
        sqlite3_trace_v2(db, SQLITE_TRACE_STMT, collect, &run);
        const QString code = book(m_kim);
        sqlite3_trace_v2(db, 0, nullptr, nullptr);
        QVERIFY(!code.isEmpty());
        run.removeDuplicates();
        QVERIFY2(run.size() >= 8, qPrintable(run.join(QLatin1Char('\n'))));
        for (const QString &sql : std::as_const(run)) {
            const QByteArray explain = "EXPLAIN " + sql.toUtf8();
            sqlite3_stmt *statement = nullptr;
            QVERIFY2(sqlite3_prepare_v2(db, explain.constData(), -1, &statement, nullptr) == SQLITE_OK,
                     sqlite3_errmsg(db));
            QStringList opcodes;
            while (sqlite3_step(statement) == SQLITE_ROW)
                opcodes.append(
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1))));
            sqlite3_finalize(statement);
            QVERIFY2(!opcodes.isEmpty(), qPrintable(sql));
            QVERIFY2(!opcodes.contains(QLatin1String("OpenEphemeral")) &&
                         !opcodes.contains(QLatin1String("OpenAutoindex")),
                     qPrintable(sql));
        }
    }
    // A Qt that brings its own SQLite: the driver's sqlite3* is not ours to use. The store says so
    // once and books through QSqlQuery on the same connection, with the same results.
    void aDriverWithAnotherSqliteWarnsAndStillBooks()
    {
        LocalStore store;
        store.database()->setStatementPath(Database::StatementPath::Native);
        store.database()->setLinkedSourceId("2022-12-28 14:03:47 not the driver's");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("booking path uses QSqlQuery")));
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("other-sqlite.sqlite"))));
        QCOMPARE(store.database()->statementPath(), Database::StatementPath::Qt);
        DeskCommands commands(&store, &m_clock, Actor::system(QStringLiteral("test")));
        const CommandResult vaccine =
            commands.registerVaccine(QStringLiteral("Vaxzevria"), QStringLiteral("AZ"));
        QVERIFY(vaccine.isDone());
        QVERIFY(
            commands.receiveStock(vaccine.value, QStringLiteral("LOT-B"), QDate(2026, 6, 30), 2).isDone());
        const CommandResult booked = commands.book(vaccine.value, m_kim, tomorrow());
        QVERIFY2(booked.isDone(), qPrintable(booked.message()));
        QCOMPARE(commands.book(vaccine.value, m_kim, tomorrow()).refusal.code, RefusalCode::AlreadyBooked);
        QCOMPARE(store.stock()->level(vaccine.value)->booked, 1);
        QCOMPARE(store.outbox()->count(), qint64(3)); // registered, received, booked
        QCOMPARE(Verifier(store.database()).run(), QStringList());
    }
    void aNewDeskIsNamedInThePersonsLanguage()
    {
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::Korean));
        LocalStore korean;
        QVERIFY(korean.open(m_dir.filePath(QStringLiteral("korean.sqlite"))));
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
        QVERIFY(!korean.identity().siteName.isEmpty());
        QVERIFY2(korean.identity().siteName != QLatin1String("Local clinic"),
                 qPrintable(korean.identity().siteName));
        LocalStore english;
        QVERIFY(english.open(m_dir.filePath(QStringLiteral("english.sqlite"))));
        QCOMPARE(english.identity().siteName, QStringLiteral("Local clinic"));
    }
    void theDatabaseRefusesBookedAboveStock()
    {
        // The invariant is also a CHECK constraint: a bug in a command cannot commit it.
        QSqlQuery query(m_store->database()->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE stock_levels SET booked = on_hand + 1")));
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "test_localstore.moc"

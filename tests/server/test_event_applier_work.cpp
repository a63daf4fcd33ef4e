#include "EnrolledDevice.h"
#include "EventMaker.h"
#include "models/sqlite/Database.h"
#include "server/auth/Credentials.h"
#include "server/store/EventApplier.h"
#include "server/store/SqliteEscrowLedger.h"
#include "server/store/SqliteServerStore.h"
#include "server/store/SqliteSiteLedger.h"
#include "sync/protocol/Enrollment.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// The SQLite ledger, counting what the rules ask of it.
class CountingLedger final : public SiteLedger
{
public:
    explicit CountingLedger(SiteLedger *inner)
        : m_inner(inner)
    {}
    int lotLookups = 0;
    int lotLists = 0;

    std::optional<Vaccine> vaccine(const QString &id) override { return m_inner->vaccine(id); }
    void insertVaccine(const Vaccine &vaccine) override { m_inner->insertVaccine(vaccine); }
    StockLevel level(const QString &vaccineId) override { return m_inner->level(vaccineId); }
    void changeLevel(const QString &vaccineId, int onHandDelta, int bookedDelta) override
    {
        m_inner->changeLevel(vaccineId, onHandDelta, bookedDelta);
    }
    QList<Lot> lots(const QString &vaccineId) override
    {
        ++lotLists;
        return m_inner->lots(vaccineId);
    }
    std::optional<Lot> lot(const QString &vaccineId, const QString &lotNumber) override
    {
        ++lotLookups;
        return m_inner->lot(vaccineId, lotNumber);
    }
    void receive(const QString &vaccineId, const QString &lotNumber, const QDate &expiry,
                 int quantity) override
    {
        m_inner->receive(vaccineId, lotNumber, expiry, quantity);
    }
    void takeFromLot(const QString &vaccineId, const QString &lotNumber, int quantity) override
    {
        m_inner->takeFromLot(vaccineId, lotNumber, quantity);
    }
    std::optional<Booking> booking(const QString &bookingId) override { return m_inner->booking(bookingId); }
    bool codeTaken(const QString &code) override { return m_inner->codeTaken(code); }
    QString bookedCodeFor(const QString &vaccineId, const Customer &customer) override
    {
        return m_inner->bookedCodeFor(vaccineId, customer);
    }
    void insertBooking(const Booking &booking) override { m_inner->insertBooking(booking); }
    void setBookingState(const QString &bookingId, BookingState state) override
    {
        m_inner->setBookingState(bookingId, state);
    }
    void insertInjection(const QString &bookingId, const QString &lotNumber, const QString &deviceId,
                         const QDateTime &at, bool undoable) override
    {
        m_inner->insertInjection(bookingId, lotNumber, deviceId, at, undoable);
    }
    std::optional<InjectionRecord> latestInjection(const QString &bookingId) override
    {
        return m_inner->latestInjection(bookingId);
    }
    void markInjectionUndone(qint64 injectionId, const QDateTime &at) override
    {
        m_inner->markInjectionUndone(injectionId, at);
    }

private:
    SiteLedger *m_inner = nullptr;
};

// Issue 14 point 3: the work one event makes the server do is bounded by the site's state, not
// by what the desk names. A write-off may name 1000 lots; they are matched against the site's
// lots read once, not looked up one by one (110 000 names held the server for a second).
class TestEventApplierWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWriteOffReadsTheLotsOnceWhateverItNames()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SqliteServerStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("server.db"))), qPrintable(store.errorMessage()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString site = store.addSite(QStringLiteral("Seoul"), now);
        const DeviceRecord device = enrolledDevice(&store, site, now);
        EventMaker maker(device.id, site);
        const QString vaccine = EventMaker::newId();
        const QList<EventResult> setUp =
            store.pushEvents(device,
                             {maker.registerVaccine(vaccine, QStringLiteral("V")),
                              maker.receive(vaccine, QStringLiteral("L1"), 5),
                              maker.receive(vaccine, QStringLiteral("L2"), 5)},
                             now);
        QCOMPARE(setUp.size(), 3);
        QCOMPARE(setUp.last().status, EventStatus::Accepted);

        Event writeOff = maker.writeOff(vaccine, 3);
        QJsonArray lots;
        for (int i = 0; i < 1000; ++i)
            lots.append(QJsonObject{{QStringLiteral("lotNumber"), QStringLiteral("X%1").arg(i)},
                                    {QStringLiteral("quantity"), 1}});
        lots.append(QJsonObject{{QStringLiteral("lotNumber"), QStringLiteral("L2")},
                                {QStringLiteral("quantity"), 2}});
        writeOff.payload.insert(QStringLiteral("lots"), lots);

        WriteTransaction transaction(store.database());
        SqliteSiteLedger sqlite(store.database(), site);
        CountingLedger ledger(&sqlite);
        SqliteEscrowLedger escrow(store.database(), site);
        EventApplier applier(&ledger, &escrow, site);
        QVERIFY(applier.apply(writeOff).isAccepted());
        QCOMPARE(ledger.lotLookups, 0);
        QVERIFY(ledger.lotLists <= 2);
        // The named lot gave what it was named for, the earliest expiry the rest.
        QCOMPARE(sqlite.lot(vaccine, QStringLiteral("L2"))->remaining, 3);
        QCOMPARE(sqlite.lot(vaccine, QStringLiteral("L1"))->remaining, 4);
    }
};

QTEST_GUILESS_MAIN(TestEventApplierWork)
#include "test_event_applier_work.moc"

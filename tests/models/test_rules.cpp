#include "models/domain/Rules.h"

#include <QTest>

// Every rule of SPEC section 2 and every refusal, on snapshots, without a database.
class TestRules : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now{QDate(2026, 3, 2), QTime(9, 0)};
    const Customer m_kim{QStringLiteral("김민수"), QDate(1980, 5, 17), QStringLiteral("01012345678")};

    static StockLevel level(int onHand, int booked, int rights)
    {
        StockLevel l;
        l.onHand = onHand;
        l.booked = booked;
        l.rights = rights;
        return l;
    }
    RefusalCode book(const StockLevel &l, const Customer &c, const QDateTime &at,
                     const QString &existing = {})
    {
        return Rules::checkBooking(l, c, at, m_now, existing).code;
    }

private Q_SLOTS:
    void bookingNeedsOneAvailableDose()
    {
        const QDateTime later = m_now.addDays(1);
        QCOMPARE(book(level(1, 0, 1), m_kim, later), RefusalCode::None);
        QCOMPARE(book(level(5, 5, 5), m_kim, later), RefusalCode::NotAvailable);
        QCOMPARE(book(level(0, 0, 0), m_kim, later), RefusalCode::NotAvailable);
    }
    void bookingNeedsARight()
    {
        QCOMPARE(book(level(10, 0, 0), m_kim, m_now.addDays(1)), RefusalCode::NoRights);
    }
    void bookingRefusesBadCustomers()
    {
        const QDateTime later = m_now.addDays(1);
        Customer c = m_kim;
        c.name = QStringLiteral("   ");
        QCOMPARE(book(level(1, 0, 1), c, later), RefusalCode::EmptyName);
        c.name = QString(101, QLatin1Char('x'));
        QCOMPARE(book(level(1, 0, 1), c, later), RefusalCode::NameTooLong);
        c = m_kim;
        c.phone = QStringLiteral("12");
        QCOMPARE(book(level(1, 0, 1), c, later), RefusalCode::InvalidPhone);
        c = m_kim;
        c.birthDate = QDate();
        QCOMPARE(book(level(1, 0, 1), c, later), RefusalCode::InvalidBirthDate);
        c.birthDate = m_now.date().addDays(1);
        QCOMPARE(book(level(1, 0, 1), c, later), RefusalCode::BirthDateInFuture);
    }
    void bookingRefusesPastOrInvalidAppointments()
    {
        QCOMPARE(book(level(1, 0, 1), m_kim, m_now.addSecs(-60)), RefusalCode::AppointmentInPast);
        QCOMPARE(book(level(1, 0, 1), m_kim, QDateTime()), RefusalCode::InvalidDateTime);
        QCOMPARE(book(level(1, 0, 1), m_kim, m_now), RefusalCode::None);
    }
    void bookingRefusesASecondBookedBookingOfTheCustomer()
    {
        const Refusal r =
            Rules::checkBooking(level(3, 1, 2), m_kim, m_now.addDays(1), m_now, QStringLiteral("ABCD2345"));
        QCOMPARE(r.code, RefusalCode::AlreadyBooked);
        QVERIFY(r.message.contains(QStringLiteral("ABCD2345")));
    }
    void onlyBookedCanBeCancelledOrInjected()
    {
        QCOMPARE(Rules::checkCancel(BookingState::Booked).code, RefusalCode::None);
        QCOMPARE(Rules::checkCancel(BookingState::Cancelled).code, RefusalCode::NotBooked);
        QCOMPARE(Rules::checkCancel(BookingState::Injected).code, RefusalCode::NotBooked);
        QCOMPARE(Rules::checkInject(BookingState::Booked).code, RefusalCode::None);
        QCOMPARE(Rules::checkInject(BookingState::Cancelled).code, RefusalCode::NotBooked);
        QCOMPARE(Rules::checkInject(BookingState::Injected).code, RefusalCode::NotBooked);
    }
    void receivingNeedsALotAFutureExpiryAndAQuantity()
    {
        const QDate today = m_now.date();
        QCOMPARE(Rules::checkReceive(QStringLiteral("L1"), today, 1, today).code, RefusalCode::None);
        QCOMPARE(Rules::checkReceive(QStringLiteral(" "), today, 1, today).code, RefusalCode::EmptyLotNumber);
        QCOMPARE(Rules::checkReceive(QStringLiteral("L1"), today.addDays(-1), 1, today).code,
                 RefusalCode::ExpiryInPast);
        QCOMPARE(Rules::checkReceive(QStringLiteral("L1"), QDate(), 1, today).code, RefusalCode::InvalidDate);
        QCOMPARE(Rules::checkReceive(QStringLiteral("L1"), today, 0, today).code,
                 RefusalCode::InvalidQuantity);
        QCOMPARE(Rules::checkReceive(QStringLiteral("L1"), today, -4, today).code,
                 RefusalCode::InvalidQuantity);
    }
    void writeOffOnlyFromAvailable()
    {
        QCOMPARE(Rules::checkWriteOff(level(10, 4, 6), 6, QStringLiteral("broken")).code, RefusalCode::None);
        QCOMPARE(Rules::checkWriteOff(level(10, 4, 6), 7, QStringLiteral("broken")).code,
                 RefusalCode::WriteOffExceedsAvailable);
        QCOMPARE(Rules::checkWriteOff(level(10, 4, 6), 0, QStringLiteral("broken")).code,
                 RefusalCode::InvalidQuantity);
        QCOMPARE(Rules::checkWriteOff(level(10, 4, 6), 1, QStringLiteral("")).code, RefusalCode::EmptyReason);
        QCOMPARE(Rules::checkWriteOff(level(10, 4, 2), 3, QStringLiteral("broken")).code,
                 RefusalCode::NoRights);
    }
    void vaccineNeedsNameAndManufacturer()
    {
        QCOMPARE(Rules::checkVaccine(QStringLiteral("Comirnaty"), QStringLiteral("Pfizer")).code,
                 RefusalCode::None);
        QCOMPARE(Rules::checkVaccine(QString(), QStringLiteral("Pfizer")).code, RefusalCode::EmptyName);
        QCOMPARE(Rules::checkVaccine(QStringLiteral("Comirnaty"), QString(300, QLatin1Char('p'))).code,
                 RefusalCode::ManufacturerTooLong);
        // Each too-long text names its own field, not "the name".
        const Refusal longLot =
            Rules::checkReceive(QString(300, QLatin1Char('L')), m_now.date().addDays(30), 1, m_now.date());
        QCOMPARE(longLot.code, RefusalCode::LotNumberTooLong);
        QVERIFY2(longLot.message.contains(QLatin1String("lot number")), qPrintable(longLot.message));
        const Refusal longReason = Rules::checkWriteOff(level(10, 0, 10), 1, QString(300, QLatin1Char('r')));
        QCOMPARE(longReason.code, RefusalCode::ReasonTooLong);
        QVERIFY2(longReason.message.contains(QLatin1String("reason")), qPrintable(longReason.message));
        QCOMPARE(Rules::checkVaccine(QStringLiteral("Comirnaty"), QStringLiteral(" ")).code,
                 RefusalCode::EmptyManufacturer);
    }
    void defaultLotIsEarliestUnexpiredWithDoses()
    {
        const QDate today = m_now.date();
        QList<Lot> lots;
        auto add = [&](const char *number, int days, int remaining) {
            Lot lot;
            lot.lotNumber = QString::fromLatin1(number);
            lot.expiry = today.addDays(days);
            lot.remaining = remaining;
            lots.append(lot);
        };
        add("late", 90, 10);
        add("expired", -1, 10);
        add("empty", 5, 0);
        add("soon", 10, 3);
        add("today", 0, 1);
        QCOMPARE(lots.at(Rules::defaultLotIndex(lots, today)).lotNumber, QStringLiteral("today"));
        lots.removeLast();
        QCOMPARE(lots.at(Rules::defaultLotIndex(lots, today)).lotNumber, QStringLiteral("soon"));
        QCOMPARE(Rules::defaultLotIndex({}, today), -1);
        QCOMPARE(Rules::checkLotForInjection(lots.at(1), today).code, RefusalCode::LotExpired);
        QCOMPARE(Rules::checkLotForInjection(lots.at(2), today).code, RefusalCode::LotEmpty);
    }
    void everyRefusalHasAMessageAndAStableName()
    {
        for (int i = int(RefusalCode::EmptyName); i <= int(RefusalCode::NoUsableLot); ++i) {
            const Refusal r = Refusal::make(RefusalCode(i), QStringLiteral("x"));
            QVERIFY2(!r.message.isEmpty(), qPrintable(Refusal::codeName(RefusalCode(i))));
            QVERIFY(Refusal::codeName(RefusalCode(i)) != QLatin1String("unknown"));
        }
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "test_rules.moc"

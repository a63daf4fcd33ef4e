// Bad input: each refusal exits 1, says why on stderr (and in --json), and changes nothing.
#include "CliProcess.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestCliRefusals : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void refusalExitsOneAndChangesNothing_data();
    void refusalExitsOneAndChangesNothing();
    void cancelTwice();
    void injectAfterCancel();
    void cancelAfterInject();
    void injectTwice();
    void stockBeyondWhatCanBeCounted();
    void bookingWithoutAvailableDose();
    void refusalIsInKorean();

private:
    // Runs a command that must be refused with `error`, as text and as --json, and checks
    // that the database is exactly as before and still verifies.
    void expectRefused(const QStringList &arguments, const QString &error, const QString &message);

    QTemporaryDir m_dir;
    CliProcess m_cli{QString()};
    QString m_vaccine;
    QString m_booking;
};

void TestCliRefusals::init()
{
    QVERIFY(m_dir.isValid());
    static int count = 0;
    m_cli = CliProcess(m_dir.filePath(QStringLiteral("desk-%1.db").arg(++count)));
    m_vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(!m_vaccine.isEmpty());
    QVERIFY(m_cli.receive(m_vaccine, QStringLiteral("L1"), 90, 5));
    m_booking = m_cli.book(m_vaccine, QStringLiteral("Kim Minji"), QStringLiteral("010-1234-5678"));
    QVERIFY(!m_booking.isEmpty());
}

void TestCliRefusals::expectRefused(const QStringList &arguments, const QString &error,
                                    const QString &message)
{
    const QString before = m_cli.snapshot();
    QVERIFY2(before.contains(QLatin1String("\nverify 0 ")), qPrintable(before));
    QVERIFY2(before.contains(QLatin1String("bookings=")), qPrintable(before));
    QVERIFY2(!m_cli.rowCounts().isEmpty(), qPrintable(before));

    const CliRun text = m_cli.run(arguments);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.errText().contains(message), qPrintable(text.errText()));
    QCOMPARE(m_cli.snapshot(), before);

    const CliRun json = m_cli.runJson(arguments);
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(json.json().value(QStringLiteral("error")).toString(), error);
    QVERIFY(json.json().value(QStringLiteral("message")).toString().contains(message));
    QVERIFY(json.errText().contains(message)); // people read stderr, --json or not
    QCOMPARE(m_cli.snapshot(), before);

    QCOMPARE(m_cli.run({QStringLiteral("verify")}).exitCode, 0);
}

void TestCliRefusals::refusalExitsOneAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // "{V}" is the vaccine, "{B}" the booking of Kim Minji
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("message");

    const auto book = [](const QString &name, const QString &birth, const QString &phone, const QString &at) {
        return QStringList{QStringLiteral("book"),
                           QStringLiteral("--vaccine"),
                           QStringLiteral("{V}"),
                           QStringLiteral("--name"),
                           name,
                           QStringLiteral("--birth-date"),
                           birth,
                           QStringLiteral("--phone"),
                           phone,
                           QStringLiteral("--at"),
                           at};
    };
    const auto receive = [](const QString &vaccine, const QString &expiry, const QString &quantity) {
        return QStringList{QStringLiteral("lot"),        QStringLiteral("receive"),
                           QStringLiteral("--vaccine"),  vaccine,
                           QStringLiteral("--lot"),      QStringLiteral("L2"),
                           QStringLiteral("--expiry"),   expiry,
                           QStringLiteral("--quantity"), quantity};
    };
    const auto writeOff = [](const QString &vaccine, const QString &quantity) {
        return QStringList{QStringLiteral("writeoff"),
                           QStringLiteral("--vaccine"),
                           vaccine,
                           QStringLiteral("--quantity"),
                           quantity,
                           QStringLiteral("--reason"),
                           QStringLiteral("broken vial")};
    };
    const QString birth = QStringLiteral("1975-09-30");
    const QString phone = QStringLiteral("010-9876-5432");
    const QString at = CliProcess::futureAppointment(5);
    const QString expiry = CliProcess::date(60);

    QTest::newRow("empty name") << book(QString(), birth, phone, at) << "empty_name"
                                << "The name is empty";
    QTest::newRow("blank name") << book(QStringLiteral("   "), birth, phone, at) << "empty_name"
                                << "The name is empty";
    QTest::newRow("name of 101 characters")
        << book(QString(101, QLatin1Char('a')), birth, phone, at) << "name_too_long"
        << "longer than 100 characters";
    QTest::newRow("empty vaccine name")
        << QStringList{QStringLiteral("vaccine"), QStringLiteral("add"), QString(),
                       QStringLiteral("--manufacturer"), QStringLiteral("X")}
        << "empty_name"
        << "The name is empty";
    QTest::newRow("vaccine name of 101 characters")
        << QStringList{QStringLiteral("vaccine"), QStringLiteral("add"), QString(101, QLatin1Char('v')),
                       QStringLiteral("--manufacturer"), QStringLiteral("X")}
        << "name_too_long"
        << "longer than 100 characters";
    QTest::newRow("empty manufacturer")
        << QStringList{QStringLiteral("vaccine"), QStringLiteral("add"), QStringLiteral("Spikevax"),
                       QStringLiteral("--manufacturer"), QStringLiteral(" ")}
        << "empty_manufacturer"
        << "The manufacturer is empty";
    QTest::newRow("empty lot number")
        << QStringList{QStringLiteral("lot"),      QStringLiteral("receive"), QStringLiteral("--vaccine"),
                       QStringLiteral("{V}"),      QStringLiteral("--lot"),   QString(),
                       QStringLiteral("--expiry"), CliProcess::date(60),      QStringLiteral("--quantity"),
                       QStringLiteral("3")}
        << "empty_lot_number"
        << "The lot number is empty";
    QTest::newRow("invalid phone") << book(QStringLiteral("Lee Jun"), birth, QStringLiteral("12ab"), at)
                                   << "invalid_phone"
                                   << "\"12ab\" is not valid";
    QTest::newRow("birth date in the future")
        << book(QStringLiteral("Lee Jun"), CliProcess::date(2), phone, at) << "birth_date_in_future"
        << "in the future";
    QTest::newRow("receive quantity 0")
        << receive(QStringLiteral("{V}"), expiry, QStringLiteral("0")) << "invalid_quantity"
        << "at least 1";
    QTest::newRow("receive quantity negative")
        << receive(QStringLiteral("{V}"), expiry, QStringLiteral("-3")) << "invalid_quantity"
        << "at least 1";
    QTest::newRow("write-off quantity 0")
        << writeOff(QStringLiteral("{V}"), QStringLiteral("0")) << "invalid_quantity"
        << "at least 1";
    QTest::newRow("write-off quantity negative")
        << writeOff(QStringLiteral("{V}"), QStringLiteral("-2")) << "invalid_quantity"
        << "at least 1";
    QTest::newRow("expiry in the past")
        << receive(QStringLiteral("{V}"), CliProcess::date(-1), QStringLiteral("3")) << "expiry_in_past"
        << "has already passed";
    QTest::newRow("appointment in the past")
        << book(QStringLiteral("Lee Jun"), birth, phone, CliProcess::futureAppointment(-1))
        << "appointment_in_past"
        << "is in the past";
    QTest::newRow("malformed expiry")
        << receive(QStringLiteral("{V}"), QStringLiteral("2030-02-30"), QStringLiteral("3")) << "invalid_date"
        << "\"2030-02-30\" is not a valid date";
    QTest::newRow("expiry in words") << receive(QStringLiteral("{V}"), QStringLiteral("next week"),
                                                QStringLiteral("3"))
                                     << "invalid_date"
                                     << "use YYYY-MM-DD";
    QTest::newRow("malformed birth date")
        << book(QStringLiteral("Lee Jun"), QStringLiteral("1975-13-01"), phone, at) << "invalid_date"
        << "\"1975-13-01\" is not a valid date";
    QTest::newRow("malformed time") << book(QStringLiteral("Lee Jun"), birth, phone,
                                            CliProcess::date(5) + QStringLiteral("T25:00"))
                                    << "invalid_date_time"
                                    << "is not a valid date and time";
    QTest::newRow("date without time")
        << book(QStringLiteral("Lee Jun"), birth, phone, CliProcess::date(5)) << "invalid_date_time"
        << "use YYYY-MM-DDTHH:MM";
    QTest::newRow("unknown vaccine: book")
        << book(QStringLiteral("Lee Jun"), birth, phone, at)
               .replaceInStrings(QStringLiteral("{V}"), QStringLiteral("no-such-vaccine"))
        << "unknown_vaccine"
        << "no-such-vaccine";
    QTest::newRow("unknown vaccine: receive")
        << receive(QStringLiteral("no-such-vaccine"), expiry, QStringLiteral("3")) << "unknown_vaccine"
        << "no-such-vaccine";
    QTest::newRow("unknown vaccine: write-off")
        << writeOff(QStringLiteral("no-such-vaccine"), QStringLiteral("1")) << "unknown_vaccine"
        << "no-such-vaccine";
    QTest::newRow("unknown booking: cancel")
        << QStringList{QStringLiteral("cancel"), QStringLiteral("ZZZZZZZZ")} << "unknown_booking"
        << "ZZZZZZZZ";
    QTest::newRow("unknown booking: inject")
        << QStringList{QStringLiteral("inject"), QStringLiteral("nonsense")} << "unknown_booking"
        << "nonsense";
    QTest::newRow("unknown lot") << QStringList{QStringLiteral("inject"), QStringLiteral("{B}"),
                                                QStringLiteral("--lot"), QStringLiteral("NOPE")}
                                 << "unknown_lot"
                                 << "NOPE";
    QTest::newRow("write-off from an unknown lot") << (writeOff(QStringLiteral("{V}"), QStringLiteral("1"))
                                                       << QStringLiteral("--lot") << QStringLiteral("NOPE"))
                                                   << "unknown_lot"
                                                   << "NOPE";
    // Five doses on hand, one booked: four are available.
    QTest::newRow("write-off larger than available")
        << writeOff(QStringLiteral("{V}"), QStringLiteral("5")) << "write_off_exceeds_available"
        << "Only 4 doses";
    QTest::newRow("same customer booked twice, by name")
        << book(QStringLiteral("Kim Minji"), QStringLiteral("1980-05-17"), phone, at) << "already_booked"
        << "{B}";
    QTest::newRow("same customer booked twice, by phone")
        << book(QStringLiteral("Minji Kim"), QStringLiteral("1980-05-17"), QStringLiteral("01012345678"), at)
        << "already_booked"
        << "{B}";
}

void TestCliRefusals::refusalExitsOneAndChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("{V}"), m_vaccine)
        .replaceInStrings(QStringLiteral("{B}"), m_booking);
    expectRefused(arguments, error, message.replace(QStringLiteral("{B}"), m_booking));
}

void TestCliRefusals::cancelTwice()
{
    QCOMPARE(m_cli.run({QStringLiteral("cancel"), m_booking}).exitCode, 0);
    expectRefused({QStringLiteral("cancel"), m_booking}, QStringLiteral("not_booked"),
                  QStringLiteral("The booking is cancelled, not booked"));
}

void TestCliRefusals::injectAfterCancel()
{
    QCOMPARE(m_cli.run({QStringLiteral("cancel"), m_booking}).exitCode, 0);
    expectRefused({QStringLiteral("inject"), m_booking}, QStringLiteral("not_booked"),
                  QStringLiteral("The booking is cancelled, not booked"));
}

void TestCliRefusals::cancelAfterInject()
{
    QCOMPARE(m_cli.run({QStringLiteral("inject"), m_booking}).exitCode, 0);
    expectRefused({QStringLiteral("cancel"), m_booking}, QStringLiteral("not_booked"),
                  QStringLiteral("The booking is injected, not booked"));
}

void TestCliRefusals::injectTwice()
{
    QCOMPARE(m_cli.run({QStringLiteral("inject"), m_booking}).exitCode, 0);
    expectRefused({QStringLiteral("inject"), m_booking}, QStringLiteral("not_booked"),
                  QStringLiteral("The booking is injected, not booked"));
}

void TestCliRefusals::stockBeyondWhatCanBeCounted()
{
    // Five doses are on hand: a lot that would take the stock past 2147483647 doses is refused
    // (the counters would wrap around to a negative stock), one that reaches it exactly is not.
    const auto receive = [this](const QString &lot, const QString &quantity) {
        return QStringList{QStringLiteral("lot"),        QStringLiteral("receive"),
                           QStringLiteral("--vaccine"),  m_vaccine,
                           QStringLiteral("--lot"),      lot,
                           QStringLiteral("--expiry"),   CliProcess::date(60),
                           QStringLiteral("--quantity"), quantity};
    };
    expectRefused(receive(QStringLiteral("BIG"), QStringLiteral("2147483647")),
                  QStringLiteral("quantity_too_large"), QStringLiteral("at most 2147483642"));
    QCOMPARE(m_cli.run(receive(QStringLiteral("BIG"), QStringLiteral("2147483642"))).exitCode, 0);
    expectRefused(receive(QStringLiteral("ONE"), QStringLiteral("1")), QStringLiteral("quantity_too_large"),
                  QStringLiteral("at most 0"));
    const CliRun stock = m_cli.runJson({QStringLiteral("stock")});
    QVERIFY2(stock.outText().contains(QLatin1String("\"onHand\":2147483647")), stock.out.constData());
    QVERIFY2(stock.outText().contains(QLatin1String("\"available\":2147483646")), stock.out.constData());
}

void TestCliRefusals::bookingWithoutAvailableDose()
{
    for (int i = 0; i < 4; ++i) {
        QVERIFY(
            !m_cli
                 .book(m_vaccine, QStringLiteral("Customer %1").arg(i), QStringLiteral("0102000000%1").arg(i))
                 .isEmpty());
    }
    expectRefused({QStringLiteral("book"), QStringLiteral("--vaccine"), m_vaccine, QStringLiteral("--name"),
                   QStringLiteral("One Too Many"), QStringLiteral("--birth-date"),
                   QStringLiteral("1990-01-01"), QStringLiteral("--phone"), QStringLiteral("01099999999"),
                   QStringLiteral("--at"), CliProcess::futureAppointment(2)},
                  QStringLiteral("not_available"), QStringLiteral("No dose of this vaccine is available"));
}

void TestCliRefusals::refusalIsInKorean()
{
    QProcessEnvironment korean = CliProcess::englishEnvironment();
    korean.insert(QStringLiteral("LANG"), QStringLiteral("ko_KR.UTF-8"));
    korean.remove(QStringLiteral("LC_ALL"));
    const CliRun run = m_cli.runWith({QStringLiteral("cancel"), QStringLiteral("ZZZZZZZZ")}, korean);
    QCOMPARE(run.exitCode, 1);
    const QString message = run.errText();
    const bool hangul = std::any_of(message.cbegin(), message.cend(),
                                    [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
    QVERIFY2(hangul, qPrintable(message));
    QVERIFY(message.contains(QLatin1String("ZZZZZZZZ")));
}

QTEST_GUILESS_MAIN(TestCliRefusals)
#include "test_cli_refusals.moc"

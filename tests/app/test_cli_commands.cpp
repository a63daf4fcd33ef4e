// The happy path of every anticorona-cli command, as text and as --json.
#include "CliProcess.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void helpPrintsUsageAndExitCodes();
    void vaccineAddPrintsTheId();
    void vaccineAddJson();
    void lotReceiveAddsToStock();
    void lotReceiveJson();
    void writeOffLowersStock();
    void writeOffJson();
    void writeOffFromANamedLot();
    void bookPrintsTheCode();
    void bookJson();
    void cancelFreesTheDose();
    void cancelJson();
    void injectUsesTheEarliestUnexpiredLot();
    void injectWithLotJson();
    void bookingsListsAndFilters();
    void bookingsJson();
    void stockTextHasOneRowPerVaccine();
    void verifyPasses();
    void verifyReportsProblems();
    void demoFillsTheClinic();
    void globalOptionsMayFollowTheCommand();

private:
    QStringList stockRow(const QString &vaccineName) const;
    QJsonObject stockOf(const QString &vaccineId) const;

    QTemporaryDir m_dir;
    CliProcess m_cli{QString()};
};

void TestCliCommands::init()
{
    QVERIFY(m_dir.isValid());
    // A fresh database per test: the name is unique, the folder is shared.
    m_cli = CliProcess(
        m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".db")));
}

QStringList TestCliCommands::stockRow(const QString &vaccineName) const
{
    const CliRun stock = m_cli.run({QStringLiteral("stock")});
    for (const QString &line : stock.outText().split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.first() == vaccineName)
            return cells;
    }
    return {};
}

QJsonObject TestCliCommands::stockOf(const QString &vaccineId) const
{
    const CliRun stock = m_cli.runJson({QStringLiteral("stock")});
    for (const QJsonValue &level : stock.json().value(QStringLiteral("stock")).toArray()) {
        if (level[QStringLiteral("vaccineId")].toString() == vaccineId)
            return level.toObject();
    }
    return {};
}

void TestCliCommands::helpPrintsUsageAndExitCodes()
{
    const CliRun help = CliProcess::runRaw({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.outText().contains(QLatin1String("Usage: anticorona-cli --database FILE")));
    for (const char *command : {"vaccine add", "lot receive", "writeoff", "book", "cancel", "inject",
                                "bookings", "stock", "verify", "demo"})
        QVERIFY2(help.outText().contains(QLatin1String(command)), command);
    QVERIFY(help.outText().contains(QLatin1String("Exit codes")));

    const CliRun commandHelp = CliProcess::runRaw({QStringLiteral("book"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.outText().contains(QLatin1String("--birth-date YYYY-MM-DD")));

    // --json promises exactly one JSON object on stdout, help included.
    const CliRun jsonHelp = CliProcess::runRaw({QStringLiteral("--json"), QStringLiteral("--help")});
    QCOMPARE(jsonHelp.exitCode, 0);
    QVERIFY2(!jsonHelp.json().isEmpty(), jsonHelp.out.constData());
    QCOMPARE(jsonHelp.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(jsonHelp.json().value(QStringLiteral("help")).toString(), help.outText());

    const CliRun jsonCommandHelp =
        CliProcess::runRaw({QStringLiteral("book"), QStringLiteral("--help"), QStringLiteral("--json")});
    QCOMPARE(jsonCommandHelp.exitCode, 0);
    QCOMPARE(jsonCommandHelp.json().value(QStringLiteral("help")).toString(), commandHelp.outText());
}

void TestCliCommands::vaccineAddPrintsTheId()
{
    const CliRun added =
        m_cli.run({QStringLiteral("vaccine"), QStringLiteral("add"), QStringLiteral("Comirnaty"),
                   QStringLiteral("--manufacturer"), QStringLiteral("BioNTech")});
    QCOMPARE(added.exitCode, 0);
    const QString id = added.outText().trimmed();
    QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
    QCOMPARE(stockRow(QStringLiteral("Comirnaty")),
             (QStringList{QStringLiteral("Comirnaty"), QStringLiteral("0"), QStringLiteral("0"),
                          QStringLiteral("0")}));
}

void TestCliCommands::vaccineAddJson()
{
    const CliRun added =
        m_cli.runJson({QStringLiteral("vaccine"), QStringLiteral("add"), QStringLiteral("Spikevax"),
                       QStringLiteral("--manufacturer"), QStringLiteral("Moderna")});
    QCOMPARE(added.exitCode, 0);
    const QJsonObject json = added.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    const QString id = json.value(QStringLiteral("vaccineId")).toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(stockOf(id).value(QStringLiteral("name")).toString(), QStringLiteral("Spikevax"));
}

void TestCliCommands::lotReceiveAddsToStock()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(!vaccine.isEmpty());
    const CliRun received =
        m_cli.run({QStringLiteral("lot"), QStringLiteral("receive"), QStringLiteral("--vaccine"), vaccine,
                   QStringLiteral("--lot"), QStringLiteral("FA1234"), QStringLiteral("--expiry"),
                   CliProcess::date(90), QStringLiteral("--quantity"), QStringLiteral("12")});
    QCOMPARE(received.exitCode, 0);
    QVERIFY(received.outText().contains(QLatin1String("FA1234")));
    QCOMPARE(stockRow(QStringLiteral("Comirnaty")),
             (QStringList{QStringLiteral("Comirnaty"), QStringLiteral("12"), QStringLiteral("0"),
                          QStringLiteral("12")}));
}

void TestCliCommands::lotReceiveJson()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    const CliRun received =
        m_cli.runJson({QStringLiteral("lot"), QStringLiteral("receive"), QStringLiteral("--vaccine"), vaccine,
                       QStringLiteral("--lot"), QStringLiteral("FA1234"), QStringLiteral("--expiry"),
                       CliProcess::date(90), QStringLiteral("--quantity"), QStringLiteral("7")});
    QCOMPARE(received.exitCode, 0);
    const QJsonObject json = received.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("lot")).toString(), QStringLiteral("FA1234"));
    QCOMPARE(json.value(QStringLiteral("quantity")).toInt(), 7);
    QCOMPARE(stockOf(vaccine).value(QStringLiteral("onHand")).toInt(), 7);
}

void TestCliCommands::writeOffLowersStock()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("L1"), 60, 10));
    const CliRun written = m_cli.run({QStringLiteral("writeoff"), QStringLiteral("--vaccine"), vaccine,
                                      QStringLiteral("--quantity"), QStringLiteral("3"),
                                      QStringLiteral("--reason"), QStringLiteral("vial dropped")});
    QCOMPARE(written.exitCode, 0);
    QCOMPARE(stockRow(QStringLiteral("Comirnaty")),
             (QStringList{QStringLiteral("Comirnaty"), QStringLiteral("7"), QStringLiteral("0"),
                          QStringLiteral("7")}));
}

void TestCliCommands::writeOffJson()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("L1"), 60, 10));
    const CliRun written = m_cli.runJson({QStringLiteral("writeoff"), QStringLiteral("--vaccine"), vaccine,
                                          QStringLiteral("--quantity"), QStringLiteral("10"),
                                          QStringLiteral("--reason"), QStringLiteral("fridge failed")});
    QCOMPARE(written.exitCode, 0);
    QCOMPARE(written.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(written.json().value(QStringLiteral("quantity")).toInt(), 10);
    QCOMPARE(stockOf(vaccine).value(QStringLiteral("onHand")).toInt(), 0);
}

// A broken vial names its lot: the doses come from that lot, not from the one expiring first.
void TestCliCommands::writeOffFromANamedLot()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("L1"), 60, 10));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("L2"), 90, 5));
    const auto writeOff = [&](const QString &quantity) {
        return m_cli.runJson({QStringLiteral("writeoff"), QStringLiteral("--vaccine"), vaccine,
                              QStringLiteral("--quantity"), quantity, QStringLiteral("--reason"),
                              QStringLiteral("broken vial"), QStringLiteral("--lot"), QStringLiteral("L2")});
    };
    const CliRun tooMany = writeOff(QStringLiteral("6"));
    QCOMPARE(tooMany.exitCode, 1);
    QCOMPARE(tooMany.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("write_off_exceeds_lot"));

    const CliRun written = writeOff(QStringLiteral("3"));
    QCOMPARE(written.exitCode, 0);
    QCOMPARE(written.json().value(QStringLiteral("lot")).toString(), QStringLiteral("L2"));
    QCOMPARE(written.json().value(QStringLiteral("quantity")).toInt(), 3);
    QCOMPARE(stockOf(vaccine).value(QStringLiteral("onHand")).toInt(), 12);
    // L2 holds 2 now, L1 still 10.
    QCOMPARE(writeOff(QStringLiteral("3")).json().value(QStringLiteral("error")).toString(),
             QStringLiteral("write_off_exceeds_lot"));
    const CliRun text =
        m_cli.run({QStringLiteral("writeoff"), QStringLiteral("--vaccine"), vaccine,
                   QStringLiteral("--quantity"), QStringLiteral("2"), QStringLiteral("--reason"),
                   QStringLiteral("broken vial"), QStringLiteral("--lot"), QStringLiteral("L2")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains(QLatin1String("L2")), qPrintable(text.outText()));
    QCOMPARE(stockOf(vaccine).value(QStringLiteral("onHand")).toInt(), 10);
}

void TestCliCommands::bookPrintsTheCode()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("L1"), 60, 2));
    const CliRun booked =
        m_cli.run({QStringLiteral("book"), QStringLiteral("--vaccine"), vaccine, QStringLiteral("--name"),
                   QStringLiteral("Kim Minji"), QStringLiteral("--birth-date"), QStringLiteral("1990-02-03"),
                   QStringLiteral("--phone"), QStringLiteral("010-1234-5678"), QStringLiteral("--at"),
                   CliProcess::futureAppointment(3)});
    QCOMPARE(booked.exitCode, 0);
    const QString code = booked.outText().trimmed();
    QCOMPARE(code.size(), 8);
    const QJsonObject level = stockOf(vaccine);
    QCOMPARE(level.value(QStringLiteral("booked")).toInt(), 1);
    QCOMPARE(level.value(QStringLiteral("available")).toInt(), 1);
    const CliRun found = m_cli.runJson({QStringLiteral("bookings"), QStringLiteral("--code"), code});
    const QJsonArray bookings = found.json().value(QStringLiteral("bookings")).toArray();
    QCOMPARE(bookings.size(), 1);
    QCOMPARE(bookings.at(0)[QStringLiteral("phone")].toString(), QStringLiteral("01012345678"));
    QCOMPARE(bookings.at(0)[QStringLiteral("state")].toString(), QStringLiteral("BOOKED"));
    QCOMPARE(bookings.at(0)[QStringLiteral("appointment")].toString(), CliProcess::futureAppointment(3));
}

void TestCliCommands::bookJson()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("L1"), 60, 2));
    const CliRun booked =
        m_cli.runJson({QStringLiteral("book"), QStringLiteral("--vaccine"), vaccine, QStringLiteral("--name"),
                       QStringLiteral("김민지"), QStringLiteral("--birth-date"), QStringLiteral("1990-02-03"),
                       QStringLiteral("--phone"), QStringLiteral("01012345678"), QStringLiteral("--at"),
                       CliProcess::futureAppointment(3).replace(QLatin1Char('T'), QLatin1Char(' '))});
    QCOMPARE(booked.exitCode, 0);
    QCOMPARE(booked.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(booked.json().value(QStringLiteral("code")).toString().size(), 8);
    QCOMPARE(m_cli.bookingCount(), 1);
}

void TestCliCommands::cancelFreesTheDose()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("L1"), 60, 1));
    const QString code = m_cli.book(vaccine, QStringLiteral("Kim Minji"), QStringLiteral("01012345678"));
    QVERIFY(!code.isEmpty());
    QCOMPARE(stockOf(vaccine).value(QStringLiteral("available")).toInt(), 0);
    // Typed as read over the phone: lower case, with a dash.
    const CliRun cancelled = m_cli.run(
        {QStringLiteral("cancel"), code.left(4).toLower() + QLatin1Char('-') + code.mid(4).toLower()});
    QCOMPARE(cancelled.exitCode, 0);
    QVERIFY(cancelled.outText().contains(code));
    QCOMPARE(stockOf(vaccine).value(QStringLiteral("available")).toInt(), 1);
}

void TestCliCommands::cancelJson()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("L1"), 60, 1));
    const QString code = m_cli.book(vaccine, QStringLiteral("Kim Minji"), QStringLiteral("01012345678"));
    const CliRun cancelled = m_cli.runJson({QStringLiteral("cancel"), code});
    QCOMPARE(cancelled.exitCode, 0);
    QCOMPARE(cancelled.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(cancelled.json().value(QStringLiteral("code")).toString(), code);
    const CliRun found = m_cli.runJson({QStringLiteral("bookings"), QStringLiteral("--code"), code});
    QCOMPARE(found.json()[QStringLiteral("bookings")][0][QStringLiteral("state")].toString(),
             QStringLiteral("CANCELLED"));
}

void TestCliCommands::injectUsesTheEarliestUnexpiredLot()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("LATE"), 200, 5));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("EARLY"), 20, 5));
    const QString code = m_cli.book(vaccine, QStringLiteral("Kim Minji"), QStringLiteral("01012345678"));
    const CliRun injected = m_cli.run({QStringLiteral("inject"), code});
    QCOMPARE(injected.exitCode, 0);
    QCOMPARE(injected.outText().trimmed(), QStringLiteral("EARLY"));
    const QJsonObject level = stockOf(vaccine);
    QCOMPARE(level.value(QStringLiteral("onHand")).toInt(), 9);
    QCOMPARE(level.value(QStringLiteral("booked")).toInt(), 0);
}

void TestCliCommands::injectWithLotJson()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("LATE"), 200, 5));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("EARLY"), 20, 5));
    const QString code = m_cli.book(vaccine, QStringLiteral("Kim Minji"), QStringLiteral("01012345678"));
    const CliRun injected =
        m_cli.runJson({QStringLiteral("inject"), code, QStringLiteral("--lot"), QStringLiteral("LATE")});
    QCOMPARE(injected.exitCode, 0);
    QCOMPARE(injected.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(injected.json().value(QStringLiteral("lot")).toString(), QStringLiteral("LATE"));
    QCOMPARE(injected.json().value(QStringLiteral("code")).toString(), code);
    const CliRun found = m_cli.runJson({QStringLiteral("bookings"), QStringLiteral("--code"), code});
    QCOMPARE(found.json()[QStringLiteral("bookings")][0][QStringLiteral("state")].toString(),
             QStringLiteral("INJECTED"));
}

void TestCliCommands::bookingsListsAndFilters()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("L1"), 60, 10));
    const QString kim = m_cli.book(vaccine, QStringLiteral("Kim Minji"), QStringLiteral("010-1111-2222"));
    const QString lee = m_cli.book(vaccine, QStringLiteral("Lee Jun"), QStringLiteral("010-3333-4444"));
    const QString park = m_cli.book(vaccine, QStringLiteral("Park Ha"), QStringLiteral("010-3333-5555"));
    QVERIFY(!kim.isEmpty() && !lee.isEmpty() && !park.isEmpty());

    const CliRun all = m_cli.run({QStringLiteral("bookings")});
    QCOMPARE(all.exitCode, 0);
    const QStringList lines = all.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // the header and three bookings
    QVERIFY(lines.first().startsWith(QLatin1String("CODE")));
    for (const QString &code : {kim, lee, park})
        QVERIFY(all.outText().contains(code));

    const CliRun byPhone =
        m_cli.run({QStringLiteral("bookings"), QStringLiteral("--phone"), QStringLiteral("010-3333")});
    QCOMPARE(byPhone.exitCode, 0);
    QCOMPARE(byPhone.outText().trimmed().split(QLatin1Char('\n')).size(), 3);
    QVERIFY(byPhone.outText().contains(lee) && byPhone.outText().contains(park));

    const CliRun byName =
        m_cli.run({QStringLiteral("bookings"), QStringLiteral("--name"), QStringLiteral("Kim")});
    QCOMPARE(byName.outText().trimmed().split(QLatin1Char('\n')).size(), 2);
    QVERIFY(byName.outText().contains(kim));
    QVERIFY(byName.outText().contains(QLatin1String("Kim Minji")));
    QVERIFY(byName.outText().contains(QLatin1String("booked")));

    const CliRun none =
        m_cli.run({QStringLiteral("bookings"), QStringLiteral("--name"), QStringLiteral("Nobody")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.outText().trimmed().split(QLatin1Char('\n')).size(), 1);
}

void TestCliCommands::bookingsJson()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("L1"), 60, 10));
    const QString kim = m_cli.book(vaccine, QStringLiteral("Kim Minji"), QStringLiteral("010-1111-2222"));
    const QString lee = m_cli.book(vaccine, QStringLiteral("Lee Jun"), QStringLiteral("010-3333-4444"));

    const CliRun all = m_cli.runJson({QStringLiteral("bookings")});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(all.json().value(QStringLiteral("bookings")).toArray().size(), 2);

    const CliRun byCode =
        m_cli.runJson({QStringLiteral("bookings"), QStringLiteral("--code"), lee.toLower()});
    const QJsonArray found = byCode.json().value(QStringLiteral("bookings")).toArray();
    QCOMPARE(found.size(), 1);
    const QJsonObject booking = found.at(0).toObject();
    QCOMPARE(booking.value(QStringLiteral("code")).toString(), lee);
    QCOMPARE(booking.value(QStringLiteral("name")).toString(), QStringLiteral("Lee Jun"));
    QCOMPARE(booking.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1980-05-17"));
    QCOMPARE(booking.value(QStringLiteral("vaccineId")).toString(), vaccine);
    QCOMPARE(booking.value(QStringLiteral("vaccine")).toString(), QStringLiteral("Comirnaty"));
    QCOMPARE(booking.value(QStringLiteral("state")).toString(), QStringLiteral("BOOKED"));
}

void TestCliCommands::stockTextHasOneRowPerVaccine()
{
    const QString first = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    const QString second = m_cli.addVaccine(QStringLiteral("Spikevax"));
    QVERIFY(m_cli.receive(first, QStringLiteral("L1"), 60, 4));
    QVERIFY(m_cli.receive(second, QStringLiteral("M1"), 60, 9));
    QVERIFY(!m_cli.book(first, QStringLiteral("Kim Minji"), QStringLiteral("01012345678")).isEmpty());

    const CliRun stock = m_cli.run({QStringLiteral("stock")});
    QCOMPARE(stock.exitCode, 0);
    QCOMPARE(stock.outText().trimmed().split(QLatin1Char('\n')).size(), 3);
    QCOMPARE(stockRow(QStringLiteral("Comirnaty")),
             (QStringList{QStringLiteral("Comirnaty"), QStringLiteral("4"), QStringLiteral("1"),
                          QStringLiteral("3")}));
    QCOMPARE(stockRow(QStringLiteral("Spikevax")),
             (QStringList{QStringLiteral("Spikevax"), QStringLiteral("9"), QStringLiteral("0"),
                          QStringLiteral("9")}));

    const CliRun json = m_cli.runJson({QStringLiteral("stock")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(QStringLiteral("stock")).toArray().size(), 2);
    const QJsonObject level = stockOf(first);
    QCOMPARE(level.value(QStringLiteral("onHand")).toInt(), 4);
    QCOMPARE(level.value(QStringLiteral("booked")).toInt(), 1);
    QCOMPARE(level.value(QStringLiteral("available")).toInt(), 3);
}

void TestCliCommands::verifyPasses()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("L1"), 60, 4));
    const QString code = m_cli.book(vaccine, QStringLiteral("Kim Minji"), QStringLiteral("01012345678"));
    QCOMPARE(m_cli.run({QStringLiteral("inject"), code}).exitCode, 0);

    const CliRun verified = m_cli.run({QStringLiteral("verify")});
    QCOMPARE(verified.exitCode, 0);
    QVERIFY(!verified.outText().isEmpty());
    const CliRun json = m_cli.runJson({QStringLiteral("verify")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.json().value(QStringLiteral("problems")).toArray().size(), 0);
}

void TestCliCommands::verifyReportsProblems()
{
    const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(m_cli.receive(vaccine, QStringLiteral("L1"), 60, 4));
    QVERIFY(!m_cli.book(vaccine, QStringLiteral("Kim Minji"), QStringLiteral("01012345678")).isEmpty());
    {
        // Lose the Booked event behind the CLI's back, as a half-written commit would.
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_cli.database());
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM outbox WHERE type = 'Booked'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    const CliRun verified = m_cli.run({QStringLiteral("verify")});
    QCOMPARE(verified.exitCode, 1);
    QVERIFY2(verified.outText().contains(QLatin1String("Booked event")), qPrintable(verified.outText()));
    QVERIFY(verified.errText().contains(QLatin1String("problem")));
    const CliRun json = m_cli.runJson({QStringLiteral("verify")});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(json.json().value(QStringLiteral("error")).toString(), QStringLiteral("verify_failed"));
    QVERIFY(!json.json().value(QStringLiteral("problems")).toArray().isEmpty());
}

void TestCliCommands::demoFillsTheClinic()
{
    const CliRun demo =
        m_cli.run({QStringLiteral("demo"), QStringLiteral("--bookings"), QStringLiteral("300")});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.errText().contains(QLatin1String("300/300")), demo.err.constData()); // progress on stderr
    QCOMPARE(m_cli.bookingCount(), 300);
    QCOMPARE(m_cli.run({QStringLiteral("verify")}).exitCode, 0);

    CliProcess other(m_dir.filePath(QStringLiteral("demo-json.db")));
    const CliRun json =
        other.runJson({QStringLiteral("demo"), QStringLiteral("--bookings"), QStringLiteral("10")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.json().value(QStringLiteral("bookings")).toInt(), 10);
    QVERIFY(!json.json().isEmpty()); // stdout holds the JSON object only; the progress went to stderr
    QCOMPARE(other.bookingCount(), 10);
    QVERIFY(
        !other.runJson({QStringLiteral("stock")}).json().value(QStringLiteral("stock")).toArray().isEmpty());
}

void TestCliCommands::globalOptionsMayFollowTheCommand()
{
    m_cli.addVaccine(QStringLiteral("Comirnaty"));
    const CliRun stock = CliProcess::runRaw({QStringLiteral("stock"), QStringLiteral("--json"),
                                             QStringLiteral("--database=") + m_cli.database()});
    QCOMPARE(stock.exitCode, 0);
    QCOMPARE(stock.json().value(QStringLiteral("stock")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "test_cli_commands.moc"

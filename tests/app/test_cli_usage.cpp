// Usage errors: a wrong command line exits 2 with a usage message on stderr and
// never touches, or creates, the database.
#include "CliProcess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCliUsage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrorExitsTwo_data();
    void usageErrorExitsTwo();
    void usageErrorInJson();
    void zeroAndNegativeQuantitiesAreForTheRules();

private:
    QTemporaryDir m_dir;
    QString m_database;
    QString m_vaccine;
    QString m_before;
};

void TestCliUsage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("desk.db"));
    const CliProcess cli(m_database);
    m_vaccine = cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(!m_vaccine.isEmpty());
    QVERIFY(cli.receive(m_vaccine, QStringLiteral("L1"), 60, 5));
    m_before = cli.snapshot();
    QVERIFY2(m_before.contains(QLatin1String("\nverify 0 ")), qPrintable(m_before));
}

void TestCliUsage::usageErrorExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments"); // after --database; "{V}" is the vaccine id
    QTest::addColumn<QString>("message");       // part of the message on stderr

    const QString receive =
        QStringLiteral("lot receive --vaccine {V} --lot L2 --expiry %1 --quantity").arg(CliProcess::date(30));
    QTest::newRow("no command") << QStringList() << QStringLiteral("No command given");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("Unknown command \"frobnicate\"");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("vaccine"), QStringLiteral("remove")}
                                        << QStringLiteral("Unknown command \"vaccine remove\"");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("stock"), QStringLiteral("--verbose")}
                                    << QStringLiteral("--verbose");
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--colour"), QStringLiteral("stock")}
                                           << QStringLiteral("Unknown option --colour");
    QTest::newRow("command option before the command")
        << QStringList{QStringLiteral("--vaccine"), QStringLiteral("x"), QStringLiteral("stock")}
        << QStringLiteral("Unknown option --vaccine");
    QTest::newRow("missing option value at the end")
        << receive.split(QLatin1Char(' ')) << QStringLiteral("--quantity needs a value");
    QTest::newRow("missing option value before another option")
        << QStringLiteral("writeoff --vaccine --quantity 1 --reason broken").split(QLatin1Char(' '))
        << QStringLiteral("--vaccine needs a value");
    QTest::newRow("missing required option")
        << QStringLiteral("writeoff --vaccine {V} --quantity 1").split(QLatin1Char(' '))
        << QStringLiteral("--reason is required");
    QTest::newRow("missing argument")
        << QStringList{QStringLiteral("cancel")} << QStringLiteral("CODE is missing");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("cancel"), QStringLiteral("AAAAAAAA"),
                                                   QStringLiteral("BBBBBBBB")}
                                    << QStringLiteral("Unexpected argument \"BBBBBBBB\"");
    QTest::newRow("argument to a command without any")
        << QStringList{QStringLiteral("stock"), QStringLiteral("all")}
        << QStringLiteral("Unexpected argument");
    QTest::newRow("quantity abc") << (receive + QStringLiteral(" abc")).split(QLatin1Char(' '))
                                  << QStringLiteral("must be a whole number, not \"abc\"");
    QTest::newRow("quantity 1.5")
        << QStringLiteral("writeoff --vaccine {V} --quantity 1.5 --reason x").split(QLatin1Char(' '))
        << QStringLiteral("whole number");
    // Too large to count is said so, never read as a wrapped-around number.
    QTest::newRow("quantity too large for an int")
        << (receive + QStringLiteral(" 99999999999")).split(QLatin1Char(' '))
        << QStringLiteral("The value of --quantity, 99999999999, is too large (at most 2147483647)");
    QTest::newRow("quantity of 20 digits")
        << (receive + QStringLiteral(" 99999999999999999999")).split(QLatin1Char(' '))
        << QStringLiteral("The value of --quantity, 99999999999999999999, is too large (at most 2147483647)");
    QTest::newRow("quantity one past the largest int")
        << (receive + QStringLiteral(" 2147483648")).split(QLatin1Char(' ')) << QStringLiteral("too large");
    QTest::newRow("write-off quantity of 20 digits")
        << QStringLiteral("writeoff --vaccine {V} --quantity 99999999999999999999 --reason x")
               .split(QLatin1Char(' '))
        << QStringLiteral("too large");
    QTest::newRow("quantity hugely negative")
        << (receive + QStringLiteral(" -99999999999999999999")).split(QLatin1Char(' '))
        << QStringLiteral("is too small (at least -2147483648)");
    QTest::newRow("quantity with a unit") << (receive + QStringLiteral(" 5doses")).split(QLatin1Char(' '))
                                          << QStringLiteral("must be a whole number, not \"5doses\"");
    QTest::newRow("quantity with a plus")
        << (receive + QStringLiteral(" +5")).split(QLatin1Char(' ')) << QStringLiteral("whole number");
    QTest::newRow("quantity empty") << (receive.split(QLatin1Char(' ')) << QString())
                                    << QStringLiteral("whole number");
    QTest::newRow("demo bookings of 20 digits")
        << QStringLiteral("demo --bookings 99999999999999999999").split(QLatin1Char(' '))
        << QStringLiteral("too large");
    QTest::newRow("demo bookings abc")
        << QStringLiteral("demo --bookings abc").split(QLatin1Char(' ')) << QStringLiteral("whole number");
    QTest::newRow("option twice")
        << QStringLiteral("inject AAAAAAAA --lot L1 --lot L2").split(QLatin1Char(' '))
        << QStringLiteral("twice");
    QTest::newRow("two search fields")
        << QStringLiteral("bookings --name Kim --phone 010").split(QLatin1Char(' '))
        << QStringLiteral("at most one");
    QTest::newRow("json with a value") << QStringList{QStringLiteral("--json=yes"), QStringLiteral("stock")}
                                       << QStringLiteral("takes no value");
}

void TestCliUsage::usageErrorExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("{V}"), m_vaccine);

    const CliProcess cli(m_database);
    const CliRun run = cli.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("anticorona-cli")), qPrintable(run.errText()));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(cli.snapshot(), m_before);

    // The same with --json after everything else: exactly one JSON object on stdout, the same exit.
    const CliRun json = cli.run(arguments << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 2);
    QVERIFY2(!json.json().isEmpty(), json.out.constData());
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(json.json().value(QStringLiteral("error")).toString(), QStringLiteral("usage"));
    QVERIFY2(json.json().value(QStringLiteral("message")).toString().contains(message), json.out.constData());
    QVERIFY2(json.errText().contains(message), qPrintable(json.errText()));
    QCOMPARE(cli.snapshot(), m_before);
}

void TestCliUsage::usageErrorInJson()
{
    const CliProcess cli(m_database);
    const CliRun run = cli.runJson({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json().value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(run.json().value(QStringLiteral("error")).toString(), QStringLiteral("usage"));
    QVERIFY(run.json().value(QStringLiteral("message")).toString().contains(QLatin1String("frobnicate")));
    QVERIFY(run.errText().contains(QLatin1String("frobnicate")));

    // Without --database nothing can be opened, and nothing is created.
    const QString missing = m_dir.filePath(QStringLiteral("never.db"));
    const CliRun noDatabase =
        CliProcess::runRaw({QStringLiteral("vaccine"), QStringLiteral("add"), QStringLiteral("X"),
                            QStringLiteral("--manufacturer"), missing});
    QCOMPARE(noDatabase.exitCode, 2);
    QVERIFY(noDatabase.errText().contains(QLatin1String("--database FILE is required")));
    QVERIFY(!QFile::exists(missing));

    const CliRun badWrite = CliProcess(missing).run({QStringLiteral("book"), QStringLiteral("--vaccine")});
    QCOMPARE(badWrite.exitCode, 2);
    QVERIFY(!QFile::exists(missing));
}

void TestCliUsage::zeroAndNegativeQuantitiesAreForTheRules()
{
    const CliProcess cli(m_database);
    for (const QString &quantity : {QStringLiteral("0"), QStringLiteral("-3")}) {
        const CliRun run = cli.runJson({QStringLiteral("writeoff"), QStringLiteral("--vaccine"), m_vaccine,
                                        QStringLiteral("--quantity"), quantity, QStringLiteral("--reason"),
                                        QStringLiteral("broken")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_quantity"));
    }
    QCOMPARE(cli.snapshot(), m_before);
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "test_cli_usage.moc"

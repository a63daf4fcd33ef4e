// anticorona-cli's staff, audit and undo-inject commands, run as a script would run them.
#include "CliProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestCliStaff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CliProcess m_cli{QString()};

    // `staff add` with `stdinText` as its standard input.
    CliRun staffAdd(const QStringList &arguments, const QByteArray &stdinText) const
    {
        QProcess process;
        process.setProcessEnvironment(CliProcess::englishEnvironment());
        process.start(CliProcess::program(),
                      QStringList{QStringLiteral("--database"), m_cli.database(), QStringLiteral("--json"),
                                  QStringLiteral("staff"), QStringLiteral("add")} +
                          arguments);
        CliRun run;
        if (!process.waitForStarted()) {
            run.crashed = true;
            return run;
        }
        process.write(stdinText);
        process.closeWriteChannel();
        run.crashed = !process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        run.exitCode = run.crashed ? -1 : process.exitCode();
        return run;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_cli = CliProcess(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + ".db"));
    }

    void staffAddAndList()
    {
        const CliRun added =
            staffAdd({QStringLiteral("kim"), QStringLiteral("--name"), QStringLiteral("Kim Minsu"),
                      QStringLiteral("--role"), QStringLiteral("reception,injection")},
                     "secret password\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(added.json().value("roles").toString(), QStringLiteral("reception,injection"));
        QVERIFY(!added.out.contains("secret") && !added.err.contains("secret"));

        const CliRun list = m_cli.runJson({QStringLiteral("staff"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray staff = list.json().value("staff").toArray();
        QCOMPARE(staff.size(), 1);
        QCOMPARE(staff.at(0).toObject().value("username").toString(), QStringLiteral("kim"));
        QCOMPARE(staff.at(0).toObject().value("name").toString(), QStringLiteral("Kim Minsu"));
        QVERIFY(!list.out.contains("argon2"));

        const CliRun text = m_cli.run({QStringLiteral("staff"), QStringLiteral("list")});
        QVERIFY(text.outText().contains(QStringLiteral("kim\tKim Minsu\treception,injection")));
    }

    void staffAddRefusals()
    {
        const QStringList kim{QStringLiteral("kim"), QStringLiteral("--name"), QStringLiteral("Kim"),
                              QStringLiteral("--role"), QStringLiteral("reception")};
        const CliRun weak = staffAdd(kim, "short\n");
        QCOMPARE(weak.exitCode, 1);
        QCOMPARE(weak.json().value("error").toString(), QStringLiteral("weak_password"));
        const CliRun empty = staffAdd(kim, "");
        QCOMPARE(empty.json().value("error").toString(), QStringLiteral("weak_password"));
        const CliRun badRole =
            staffAdd({QStringLiteral("kim"), QStringLiteral("--name"), QStringLiteral("Kim"),
                      QStringLiteral("--role"), QStringLiteral("cook")},
                     "long enough\n");
        QCOMPARE(badRole.exitCode, 1);
        QCOMPARE(badRole.json().value("error").toString(), QStringLiteral("invalid_roles"));
        const CliRun badName = staffAdd({QStringLiteral("k"), QStringLiteral("--name"), QStringLiteral("Kim"),
                                         QStringLiteral("--role"), QStringLiteral("admin")},
                                        "long enough\n");
        QCOMPARE(badName.json().value("error").toString(), QStringLiteral("invalid_username"));
        QCOMPARE(staffAdd(kim, "long enough\n").exitCode, 0);
        const CliRun taken = staffAdd(kim, "long enough\n");
        QCOMPARE(taken.json().value("error").toString(), QStringLiteral("username_taken"));
        const CliRun missing =
            m_cli.run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("lee")});
        QCOMPARE(missing.exitCode, 2);
    }

    void undoInjectAndAudit()
    {
        const QString vaccine = m_cli.addVaccine(QStringLiteral("Comirnaty"));
        QVERIFY(!vaccine.isEmpty());
        QVERIFY(m_cli.receive(vaccine, QStringLiteral("L1"), 90, 5));
        const QString code = m_cli.book(vaccine, QStringLiteral("Kim"), QStringLiteral("010-1234-5678"));
        QVERIFY(!code.isEmpty());
        QCOMPARE(m_cli.run({QStringLiteral("inject"), code}).exitCode, 0);

        const CliRun undone = m_cli.runJson({QStringLiteral("undo-inject"), code});
        QVERIFY2(undone.exitCode == 0, undone.err.constData());
        QCOMPARE(undone.json().value("lot").toString(), QStringLiteral("L1"));
        QCOMPARE(m_cli.run({QStringLiteral("verify")}).exitCode, 0);

        const QString before = m_cli.snapshot();
        const CliRun twice = m_cli.runJson({QStringLiteral("undo-inject"), code});
        QCOMPARE(twice.exitCode, 1);
        QCOMPARE(twice.json().value("error").toString(), QStringLiteral("not_injected"));
        QCOMPARE(m_cli.snapshot(), before);

        const CliRun audit = m_cli.runJson(
            {QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("InjectionUndone")});
        QCOMPARE(audit.exitCode, 0);
        const QJsonArray lines = audit.json().value("audit").toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).toObject().value("staff").toString(), QStringLiteral("anticorona-cli"));
        QCOMPARE(lines.at(0).toObject().value("subject").toString(), code);

        const CliRun all = m_cli.runJson(
            {QStringLiteral("audit"), QStringLiteral("--staff"), QStringLiteral("ANTICORONA-CLI")});
        QCOMPARE(all.json().value("audit").toArray().size(), 5);
        QCOMPARE(all.json().value("audit").toArray().first().toObject().value("action").toString(),
                 QStringLiteral("InjectionUndone"));
        const CliRun text = m_cli.run({QStringLiteral("audit")});
        QVERIFY(text.outText().contains(QStringLiteral("injection undone")));
    }
};

QTEST_GUILESS_MAIN(TestCliStaff)
#include "test_cli_staff.moc"

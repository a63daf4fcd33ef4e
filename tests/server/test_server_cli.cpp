#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The command-line contract of anticorona-server, which scripts depend on: the value last,
// usage errors exit 2 with a message on stderr, unknown things exit 1, bad files exit 3.
class TestServerCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString database() const { return m_dir.filePath(QStringLiteral("server.db")); }

private Q_SLOTS:
    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString db =
            QStringLiteral("--database=") + QDir::tempPath() + QStringLiteral("/never-made.db");
        QTest::newRow("nothing") << QStringList{} << "No command given.";
        QTest::newRow("no database") << QStringList{"device", "list"} << "--database FILE is required.";
        QTest::newRow("unknown command")
            << QStringList{db, "frobnicate"} << "Unknown command \"frobnicate\".";
        QTest::newRow("unknown option")
            << QStringList{db, "device", "list", "--verbose", "1"} << "Unknown option --verbose.";
        QTest::newRow("missing value")
            << QStringList{db, "enroll", "--site"} << "The option --site needs a value.";
        QTest::newRow("enroll without site") << QStringList{db, "enroll"} << "enroll needs --site SITE.";
        QTest::newRow("expires zero")
            << QStringList{db, "enroll", "--site", "s", "--expires", "0"} << "--expires needs";
        QTest::newRow("site add without name") << QStringList{db, "site", "add"} << "site add needs a NAME.";
        QTest::newRow("extra argument")
            << QStringList{db, "device", "list", "now"} << "Unexpected argument \"now\".";
        QTest::newRow("revoke without id")
            << QStringList{db, "device", "revoke"} << "device revoke needs a DEVICE_ID.";
        QTest::newRow("listen no port")
            << QStringList{db, "serve", "--listen", "127.0.0.1"} << "--listen needs HOST:PORT";
        QTest::newRow("listen bad port")
            << QStringList{db, "serve", "--listen", "127.0.0.1:99999"} << "is not a port number";
        QTest::newRow("listen bad host")
            << QStringList{db, "serve", "--listen", "clinic:80"} << "is not an IP address";
        QTest::newRow("option of another command")
            << QStringList{db, "device", "list", "--listen", "127.0.0.1:1"}
            << "The option --listen does not belong to this command.";
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ServerRun run = ServerProcess::runRaw(arguments);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
        QVERIFY(run.errText().contains(QLatin1String("Usage: anticorona-server")));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/never-made.db")));
    }

    void helpExitsZero()
    {
        const ServerRun run = ServerProcess::runRaw({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).contains(QLatin1String("device revoke DEVICE_ID")));
    }

    void siteEnrollListRevoke()
    {
        const ServerProcess server(database());
        const ServerRun site =
            server.run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("서울 접종센터")});
        QCOMPARE(site.exitCode, 0);
        const QString siteId = site.lastLine();
        QVERIFY2(!QUuid::fromString(siteId).isNull(), qPrintable(siteId));

        const ServerRun enroll = server.run({QStringLiteral("enroll"), QStringLiteral("--site"), siteId,
                                             QStringLiteral("--expires"), QStringLiteral("2")});
        QCOMPARE(enroll.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^([2-9A-HJ-NP-Z]{5}-){3}[2-9A-HJ-NP-Z]{5}$"))
                     .match(enroll.lastLine())
                     .hasMatch(),
                 qPrintable(enroll.lastLine()));
        const ServerRun enrollAgain =
            server.run({QStringLiteral("enroll"), QStringLiteral("--site"), siteId});
        QVERIFY(enrollAgain.lastLine() != enroll.lastLine());

        const ServerRun list = server.run({QStringLiteral("device"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.lastLine(), QStringLiteral("No device is enrolled."));
    }

    void unknownSiteOrDeviceExitsOne()
    {
        const ServerProcess server(database());
        const ServerRun enroll =
            server.run({QStringLiteral("enroll"), QStringLiteral("--site"), QStringLiteral("nowhere")});
        QCOMPARE(enroll.exitCode, 1);
        QVERIFY(enroll.errText().contains(QLatin1String("There is no site with the id nowhere.")));
        const ServerRun revoke =
            server.run({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("nobody")});
        QCOMPARE(revoke.exitCode, 1);
        const ServerRun blank =
            server.run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("  ")});
        QCOMPARE(blank.exitCode, 1);
    }

    void foreignFilesExitThreeAndStayUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const ServerRun run = ServerProcess(path).run({QStringLiteral("device"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.errText().isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(4096, 'x'));

        const ServerRun missingConfig = ServerProcess(database(), m_dir.filePath(QStringLiteral("none.ini")))
                                            .run({QStringLiteral("device"), QStringLiteral("list")});
        QCOMPARE(missingConfig.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "test_server_cli.moc"

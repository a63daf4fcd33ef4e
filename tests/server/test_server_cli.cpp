#include "HttpClient.h"
#include "ProtocolDesk.h"
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

// The command-line contract of anticorona-server, which scripts depend on: the value last,
// usage errors exit 2 with a message on stderr, unknown things exit 1, bad files exit 3,
// and `verify` exits 5 when a check of docs/protocol.md does not hold.
class TestServerCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString database() const { return m_dir.filePath(QStringLiteral("server.db")); }

    struct Escrowed
    {
        QString path;
        QString site;
        QString vaccine;
    };

    // A file with real escrow state, made through the protocol: a desk received 10 doses (its
    // 10 rights) and booked one (paid with a right); the server is stopped afterwards.
    static Escrowed escrowedDatabase(const QString &path)
    {
        Escrowed made{path, {}, EventMaker::newId()};
        ServerProcess server(path);
        made.site =
            server.run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Seoul")}).lastLine();
        if (!server.start())
            return {};
        HttpClient http(server.url());
        ProtocolDesk desk(&server, &http);
        if (!desk.enroll(made.site))
            return {};
        QString bookingId, code;
        const QStringList statuses =
            desk.push({desk.maker().registerVaccine(made.vaccine, QStringLiteral("V")),
                       desk.maker().receive(made.vaccine, QStringLiteral("L1"), 10),
                       desk.maker().book(made.vaccine, QStringLiteral("Kim"), QStringLiteral("01012345678"),
                                         &bookingId, &code)});
        if (statuses != QStringList(3, QStringLiteral("accepted")) || server.stop(SIGTERM) != 0)
            return {};
        return made;
    }

    // Changes the file behind the server's back, as a bug or a hand-edit would.
    static bool tamper(const QString &path, const QString &sql)
    {
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            done = db.open() && QSqlQuery(db).exec(sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return done;
    }

    static QJsonObject jsonOf(const ServerRun &run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        // Exactly one object and nothing else on stdout.
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning() << "not one JSON object:" << run.out;
        return document.object();
    }

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
        QTest::newRow("verify with a word")
            << QStringList{db, "verify", "all"} << "Unexpected argument \"all\".";
        QTest::newRow("verify with an option of another command")
            << QStringList{db, "verify", "--site", "s"}
            << "The option --site does not belong to this command.";
        QTest::newRow("json for another command") << QStringList{db, "device", "list", "--json"}
                                                  << "The option --json does not belong to this command.";
        QTest::newRow("json with a value")
            << QStringList{db, "verify", "--json=yes"} << "--json takes no value.";
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
        // Asked for JSON, stdout is the one error object; otherwise nothing.
        if (arguments.filter(QStringLiteral("--json")).isEmpty()) {
            QVERIFY(run.out.isEmpty());
        } else {
            const QJsonObject json = jsonOf(run);
            QCOMPARE(json.value(QStringLiteral("error")).toString(), QStringLiteral("usage"));
            QVERIFY(json.value(QStringLiteral("message")).toString().contains(message));
        }
        QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/never-made.db")));
    }

    void helpExitsZero()
    {
        const ServerRun run = ServerProcess::runRaw({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).contains(QLatin1String("device revoke DEVICE_ID")));
        QVERIFY(QString::fromUtf8(run.out).contains(QLatin1String("verify [--json]")));
    }

    // A script that asked for JSON gets one JSON object for its usage error too.
    void verifyUsageErrorWithJsonIsJson()
    {
        const ServerRun run = ServerProcess(database())
                                  .run({QStringLiteral("verify"), QStringLiteral("--json"),
                                        QStringLiteral("--verbose"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2);
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(QStringLiteral("ok")), QJsonValue(false));
        QCOMPARE(json.value(QStringLiteral("error")).toString(), QStringLiteral("usage"));
        QCOMPARE(json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Unknown option --verbose."));
        QVERIFY(!QFile::exists(database()));
    }

    void verifyHealthyDatabaseExitsZero()
    {
        const Escrowed made = escrowedDatabase(m_dir.filePath(QStringLiteral("healthy.db")));
        QVERIFY(!made.site.isEmpty());
        const ServerProcess server(made.path);
        const ServerRun text = server.run({QStringLiteral("verify")});
        QCOMPARE(text.exitCode, 0);
        // Integrity, foreign keys, and the three escrow checks of the one site and vaccine.
        QCOMPARE(text.lastLine(), QStringLiteral("ok: 5 checks passed."));
        QVERIFY2(text.err.isEmpty(), text.err.constData());

        const ServerRun json = server.run({QStringLiteral("--json"), QStringLiteral("verify")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(jsonOf(json), QJsonObject({{QStringLiteral("ok"), true},
                                            {QStringLiteral("checks"), 5},
                                            {QStringLiteral("findings"), QJsonArray()}}));
    }

    // A right added at a desk by hand: rights at desks + pool + sureties no longer make
    // available + debt, and verify names the check, the site and the vaccine, with the figures.
    void verifyTamperedRightsExitsFive()
    {
        const Escrowed made = escrowedDatabase(m_dir.filePath(QStringLiteral("tampered.db")));
        QVERIFY(!made.site.isEmpty());
        QVERIFY(tamper(made.path, QStringLiteral("UPDATE device_rights SET rights = rights + 1")));
        const ServerProcess server(made.path);

        const ServerRun text = server.run({QStringLiteral("verify")});
        QCOMPARE(text.exitCode, 5);
        const QString out = QString::fromUtf8(text.out);
        QCOMPARE(out.count(QLatin1Char('\n')), 1);
        QVERIFY2(out.startsWith(QLatin1String("escrow_unbalanced: ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Site %1, vaccine %2").arg(made.site, made.vaccine)),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("rights at desks 10 + pool 0 + sureties held 0 make 10, but "
                                            "available 9 + debt 0 make 9")),
                 qPrintable(out));
        QVERIFY2(text.errText().contains(QLatin1String("1 check failed.")), qPrintable(text.errText()));

        const ServerRun json = server.run({QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 5);
        const QJsonObject report = jsonOf(json);
        QCOMPARE(report.value(QStringLiteral("ok")), QJsonValue(false));
        QCOMPARE(report.value(QStringLiteral("error")).toString(), QStringLiteral("verify_failed"));
        QCOMPARE(report.value(QStringLiteral("checks")).toInt(), 5);
        const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject finding = findings.at(0).toObject();
        QCOMPARE(finding.value(QStringLiteral("code")).toString(), QStringLiteral("escrow_unbalanced"));
        QCOMPARE(finding.value(QStringLiteral("siteId")).toString(), made.site);
        QCOMPARE(finding.value(QStringLiteral("vaccineId")).toString(), made.vaccine);
        const QJsonObject figures = finding.value(QStringLiteral("figures")).toObject();
        QCOMPARE(figures.value(QStringLiteral("rightsAtDesks")).toInteger(), 10);
        QCOMPARE(figures.value(QStringLiteral("pool")).toInteger(), 0);
        QCOMPARE(figures.value(QStringLiteral("available")).toInteger(), 9);
        QCOMPARE(figures.value(QStringLiteral("stock")).toInteger(), 10);
        QCOMPARE(figures.value(QStringLiteral("booked")).toInteger(), 1);
        QVERIFY(finding.value(QStringLiteral("message")).toString().contains(made.vaccine));
    }

    // Each check has its own code: debt with no override behind it (the balance still holds),
    // and a row pointing at a device that does not exist.
    void verifyNamesEachBrokenCheck()
    {
        const Escrowed made = escrowedDatabase(m_dir.filePath(QStringLiteral("debt.db")));
        QVERIFY(!made.site.isEmpty());
        QVERIFY(tamper(made.path, QStringLiteral("UPDATE stock_levels SET debt = 1, pool = pool + 1")));
        QVERIFY(tamper(made.path, QStringLiteral("INSERT INTO device_rights (device_id, vaccine_id, site_id, "
                                                 "rights) VALUES ('ghost', '%1', '%2', 0)")
                                      .arg(made.vaccine, made.site)));
        const ServerRun run =
            ServerProcess(made.path).run({QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 5);
        const QJsonArray findings = jsonOf(run).value(QStringLiteral("findings")).toArray();
        QStringList codes;
        for (const QJsonValue &finding : findings)
            codes << finding.toObject().value(QStringLiteral("code")).toString();
        QCOMPARE(codes,
                 QStringList({QStringLiteral("foreign_key"), QStringLiteral("debt_exceeds_overrides")}));
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("table")).toString(),
                 QStringLiteral("device_rights"));
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("siteId")).toString(), made.site);
    }

    // A missing file, a file that is not a database and one from a newer server: exit 3 with the
    // reason, nothing created or changed.
    void verifyBadFilesExitThreeAndChangeNothing()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
        const ServerRun absent = ServerProcess(missing).run({QStringLiteral("verify")});
        QCOMPARE(absent.exitCode, 3);
        QVERIFY2(absent.errText().contains(QLatin1String("does not exist")), qPrintable(absent.errText()));
        QVERIFY(absent.out.isEmpty());
        QVERIFY(!QFile::exists(missing));
        const ServerRun absentJson =
            ServerProcess(missing).run({QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(absentJson.exitCode, 3);
        QCOMPARE(jsonOf(absentJson).value(QStringLiteral("error")).toString(), QStringLiteral("database"));
        QVERIFY(!QFile::exists(missing));

        // In Korean, --json says what stderr says, its particles fitted to the file name.
        const ServerRun korean = ServerProcess::runRaw(
            {QStringLiteral("--database"), missing, QStringLiteral("verify"), QStringLiteral("--json")},
            QStringLiteral("ko_KR.UTF-8"));
        QCOMPARE(korean.exitCode, 3);
        const QString message = jsonOf(korean).value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("없습니다")) && !message.contains(QStringLiteral("(가)")),
                 qPrintable(message));
        QVERIFY2(korean.errText().trimmed().endsWith(message), qPrintable(korean.errText()));

        const QString text = m_dir.filePath(QStringLiteral("verify-notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const ServerRun foreign =
            ServerProcess(text).run({QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(foreign.exitCode, 3);
        QCOMPARE(jsonOf(foreign).value(QStringLiteral("error")).toString(), QStringLiteral("database"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
        file.close();

        const QString newer = m_dir.filePath(QStringLiteral("newer.db"));
        QCOMPARE(ServerProcess(newer).run({QStringLiteral("device"), QStringLiteral("list")}).exitCode, 0);
        QVERIFY(tamper(newer, QStringLiteral("PRAGMA user_version=99")));
        QFile newerFile(newer);
        QVERIFY(newerFile.open(QIODevice::ReadOnly));
        const QByteArray before = newerFile.readAll();
        newerFile.close();
        const ServerRun future = ServerProcess(newer).run({QStringLiteral("verify")});
        QCOMPARE(future.exitCode, 3);
        QVERIFY(!future.errText().isEmpty());
        QVERIFY(newerFile.open(QIODevice::ReadOnly));
        QCOMPARE(newerFile.readAll(), before);
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

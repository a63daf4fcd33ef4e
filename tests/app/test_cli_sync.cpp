// anticorona-cli's sync commands (issue 12's contract): enroll's exit codes against a real
// anticorona-server (1 refused with the server's reason, 3 nowhere to keep the token, 4 no
// server), and status, sync and conflicts on a standalone desk.
#include "CliProcess.h"
#include "ServerProcess.h"
#include "models/sqlite/Database.h"
#include "models/store/ConflictStore.h"
#include "models/store/LocalStore.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestCliSync : public QObject
{
    Q_OBJECT

    // A loopback port that refuses connections: bound to learn a free number, then closed
    // (a fixed port such as 9 may have a listener on a developer's or CI machine).
    static QString deadServer()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            qFatal("no free loopback port: %s", qPrintable(probe.errorString()));
        const quint16 port = probe.serverPort();
        probe.close();
        return QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The server makes codes for 1 hour at least: the test moves every unused one into the past,
    // in the server's file (a second connection; the server reads it on the next request).
    bool expireUnusedCodes() const
    {
        bool done = false;
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path(QStringLiteral("server.db")));
            if (db.open()) {
                QSqlQuery query(db);
                done = query.exec(QStringLiteral("UPDATE enrollment_codes SET expires_at = "
                                                 "'2020-01-01T00:00:00.000Z' WHERE used_at IS NULL")) &&
                       query.numRowsAffected() > 0;
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return done;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ServerProcess>(path(QStringLiteral("server.db")));
        const ServerRun site =
            m_server->run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Seoul")});
        QCOMPARE(site.exitCode, 0);
        m_site = site.lastLine();
        QVERIFY(m_server->start());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("enroll without code")
            << QStringList{QStringLiteral("enroll"), QStringLiteral("--server"), deadServer()}
            << QStringLiteral("--code is required");
        QTest::newRow("enroll without server")
            << QStringList{QStringLiteral("enroll"), QStringLiteral("--code"), QStringLiteral("X")}
            << QStringLiteral("--server is required");
        QTest::newRow("sync with an argument") << QStringList{QStringLiteral("sync"), QStringLiteral("now")}
                                               << QStringLiteral("Unexpected argument");
        QTest::newRow("resolve without keep")
            << QStringList{QStringLiteral("conflicts"), QStringLiteral("resolve"), QStringLiteral("1")}
            << QStringLiteral("--keep is required");
        QTest::newRow("resolve without id")
            << QStringList{QStringLiteral("conflicts"), QStringLiteral("resolve"), QStringLiteral("--keep"),
                           QStringLiteral("ours")}
            << QStringLiteral("ID is missing");
        QTest::newRow("resolve keeping neither")
            << QStringList{QStringLiteral("conflicts"), QStringLiteral("resolve"), QStringLiteral("1"),
                           QStringLiteral("--keep"), QStringLiteral("both")}
            << QStringLiteral("ours or theirs");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliProcess cli(path(QStringLiteral("usage.db")));
        QVERIFY(!cli.addVaccine(QStringLiteral("Comirnaty")).isEmpty()); // "keep" needs an open database
        const CliRun run = cli.run(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    }

    void aBadCodeIsRefusedWithTheServersReason()
    {
        const CliProcess cli(path(QStringLiteral("bad-code.db")));
        const CliRun run =
            cli.runJson({QStringLiteral("enroll"), QStringLiteral("--server"), m_server->url().toString(),
                         QStringLiteral("--code"), QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD"),
                         QStringLiteral("--token-file"), path(QStringLiteral("bad-code.token"))});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("enrollment_code_unknown"));
        QVERIFY2(run.errText().contains(QStringLiteral("does not know this enrollment code")),
                 qPrintable(run.errText()));
        QVERIFY(!QFile::exists(path(QStringLiteral("bad-code.token"))));
        const CliRun status = cli.runJson({QStringLiteral("status")});
        QCOMPARE(status.json().value(QStringLiteral("standalone")).toBool(), true);
    }

    void aUsedCodeIsRefusedAndAnEnrolledDeskStaysAsItWas()
    {
        const QString code =
            m_server->run({QStringLiteral("enroll"), QStringLiteral("--site"), m_site}).lastLine();
        const CliProcess first(path(QStringLiteral("first.db")));
        const QStringList enroll{QStringLiteral("enroll"), QStringLiteral("--server"),
                                 m_server->url().toString(), QStringLiteral("--code"), code};
        const CliRun enrolled = first.runJson(
            enroll + QStringList{QStringLiteral("--token-file"), path(QStringLiteral("first.token"))});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.errText()));
        QCOMPARE(enrolled.json().value(QStringLiteral("siteId")).toString(), m_site);

        const CliProcess second(path(QStringLiteral("second.db")));
        const CliRun used = second.runJson(
            enroll + QStringList{QStringLiteral("--token-file"), path(QStringLiteral("second.token"))});
        QCOMPARE(used.exitCode, 1);
        QCOMPARE(used.json().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("enrollment_code_used"));

        const CliRun again = first.runJson(
            enroll + QStringList{QStringLiteral("--token-file"), path(QStringLiteral("again.token"))});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.json().value(QStringLiteral("error")).toString(), QStringLiteral("already_enrolled"));
        QVERIFY2(again.errText().contains(QStringLiteral("new database file")), qPrintable(again.errText()));

        const CliRun status = first.runJson({QStringLiteral("status")});
        QCOMPARE(status.json().value(QStringLiteral("standalone")).toBool(), false);
        QCOMPARE(status.json().value(QStringLiteral("server")).toString(), m_server->url().toString());
        QVERIFY(status.json()
                    .value(QStringLiteral("tokenStore"))
                    .toString()
                    .contains(QStringLiteral("first.token")));
        const CliRun synced = first.runJson({QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.errText()));
    }

    // Issue 12's fault list: an expired or used code is refused with the server's reason, and the
    // desk stores nothing: no token, no device id, no server, its history as it was.
    void anExpiredOrUsedCodeStoresNothing_data()
    {
        QTest::addColumn<bool>("expired");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("expired") << true << QStringLiteral("enrollment_code_expired")
                                 << QStringLiteral("has expired");
        QTest::newRow("used") << false << QStringLiteral("enrollment_code_used")
                              << QStringLiteral("was used already");
    }
    void anExpiredOrUsedCodeStoresNothing()
    {
        QFETCH(bool, expired);
        QFETCH(QString, reason);
        QFETCH(QString, sentence);
        const QString code =
            m_server->run({QStringLiteral("enroll"), QStringLiteral("--site"), m_site}).lastLine();
        QVERIFY(!code.isEmpty());
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        if (expired) {
            QVERIFY(expireUnusedCodes());
        } else {
            const CliProcess other(path(name + QStringLiteral("-other.db")));
            const CliRun enrolled =
                other.runJson({QStringLiteral("enroll"), QStringLiteral("--server"),
                               m_server->url().toString(), QStringLiteral("--code"), code,
                               QStringLiteral("--token-file"), path(name + QStringLiteral("-other.token"))});
            QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.errText()));
        }

        const CliProcess cli(path(name + QStringLiteral(".db")));
        const QString vaccine = cli.addVaccine(QStringLiteral("Comirnaty"));
        QVERIFY(!vaccine.isEmpty());
        const QJsonObject before = cli.runJson({QStringLiteral("status")}).json();
        const QString snapshot = cli.snapshot();
        const QString tokenFile = path(name + QStringLiteral(".token"));
        const CliRun run =
            cli.runJson({QStringLiteral("enroll"), QStringLiteral("--server"), m_server->url().toString(),
                         QStringLiteral("--code"), code, QStringLiteral("--token-file"), tokenFile});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(QStringLiteral("reason")).toString(), reason);
        QVERIFY2(run.errText().contains(sentence), qPrintable(run.errText()));

        QVERIFY(!QFile::exists(tokenFile));
        QCOMPARE(cli.snapshot(), snapshot);
        const QJsonObject after = cli.runJson({QStringLiteral("status")}).json();
        QCOMPARE(after.value(QStringLiteral("standalone")).toBool(), true);
        QVERIFY(after.value(QStringLiteral("server")).isNull());
        QCOMPARE(after.value(QStringLiteral("deviceId")).toString(),
                 before.value(QStringLiteral("deviceId")).toString());
        QCOMPARE(after.value(QStringLiteral("siteId")).toString(),
                 before.value(QStringLiteral("siteId")).toString());
    }

    void anUnreachableServerExitsFour()
    {
        const CliProcess cli(path(QStringLiteral("unreachable.db")));
        const CliRun run =
            cli.runJson({QStringLiteral("enroll"), QStringLiteral("--server"), deadServer(),
                         QStringLiteral("--code"), QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD"),
                         QStringLiteral("--token-file"), path(QStringLiteral("unreachable.token"))});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.json().value(QStringLiteral("error")).toString(), QStringLiteral("unreachable"));
        QVERIFY2(run.errText().contains(QStringLiteral("cannot be reached")), qPrintable(run.errText()));
    }

    void anAddressThatIsNotHttpIsRefused()
    {
        const CliProcess cli(path(QStringLiteral("ftp.db")));
        const CliRun run = cli.runJson({QStringLiteral("enroll"), QStringLiteral("--server"),
                                        QStringLiteral("ftp://server.example"), QStringLiteral("--code"),
                                        QStringLiteral("X"), QStringLiteral("--token-file"),
                                        path(QStringLiteral("ftp.token"))});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(QStringLiteral("error")).toString(), QStringLiteral("bad_address"));
    }

    void noKeychainAndNoTokenFileExitsThreeBeforeTheCodeIsSpent()
    {
        const QString code =
            m_server->run({QStringLiteral("enroll"), QStringLiteral("--site"), m_site}).lastLine();
        QVERIFY(!code.isEmpty());
        const CliProcess cli(path(QStringLiteral("no-keychain.db")));
        QProcessEnvironment environment = CliProcess::englishEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/anticorona-no-bus"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const QStringList enroll{QStringLiteral("--json"),   QStringLiteral("enroll"),
                                 QStringLiteral("--server"), m_server->url().toString(),
                                 QStringLiteral("--code"),   code};
        const CliRun run = cli.runWith(enroll, environment);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(QStringLiteral("error")).toString(), QStringLiteral("no_token_store"));
        QVERIFY2(run.errText().contains(QStringLiteral("keychain")) &&
                     run.errText().contains(QStringLiteral("code was not used")),
                 qPrintable(run.errText()));
        // The code is still good: the same desk enrolls with it and a token file.
        const CliRun withFile = cli.runWith(
            enroll + QStringList{QStringLiteral("--token-file"), path(QStringLiteral("no-keychain.token"))},
            environment);
        QVERIFY2(withFile.exitCode == 0, qPrintable(withFile.errText()));
    }

    void aStandaloneDeskOwnsAllRightsAndHasNothingToSync()
    {
        const CliProcess cli(path(QStringLiteral("standalone.db")));
        const QString vaccine = cli.addVaccine(QStringLiteral("Comirnaty"));
        QVERIFY(!vaccine.isEmpty());
        QVERIFY(cli.receive(vaccine, QStringLiteral("L1"), 60, 5));
        QVERIFY(!cli.book(vaccine, QStringLiteral("Kim"), QStringLiteral("01012345678")).isEmpty());

        const CliRun status = cli.runJson({QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject json = status.json();
        QCOMPARE(json.value(QStringLiteral("standalone")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("server")).isNull());
        QVERIFY(json.value(QStringLiteral("lastSync")).isNull());
        QCOMPARE(json.value(QStringLiteral("waiting")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("conflicts")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("sureties")).toInt(), 0);
        // All rights: every available dose.
        QCOMPARE(json.value(QStringLiteral("rights")).toObject().value(vaccine).toInt(), 4);
        const CliRun stock = cli.runJson({QStringLiteral("stock")});
        QCOMPARE(stock.json()
                     .value(QStringLiteral("stock"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("available"))
                     .toInt(),
                 4);

        const CliRun text = cli.run({QStringLiteral("status")});
        QVERIFY2(text.outText().contains(QStringLiteral("Standalone")), qPrintable(text.outText()));

        const CliRun sync = cli.runJson({QStringLiteral("sync")});
        QCOMPARE(sync.exitCode, 0);
        QCOMPARE(sync.json().value(QStringLiteral("standalone")).toBool(), true);
        QVERIFY2(cli.run({QStringLiteral("sync")}).outText().contains(QStringLiteral("standalone")),
                 "says it is standalone");

        const CliRun conflicts = cli.runJson({QStringLiteral("conflicts")});
        QCOMPARE(conflicts.exitCode, 0);
        QCOMPARE(conflicts.json().value(QStringLiteral("conflicts")).toArray().size(), 0);
        const CliRun resolve =
            cli.runJson({QStringLiteral("conflicts"), QStringLiteral("resolve"), QStringLiteral("7"),
                         QStringLiteral("--keep"), QStringLiteral("ours")});
        QCOMPARE(resolve.exitCode, 1);
        QCOMPARE(resolve.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unknown_conflict"));
    }

    void conflictsReadAsWordsAndJsonKeepsTheCodes()
    {
        const CliProcess cli(path(QStringLiteral("conflicts.db")));
        QVERIFY(!cli.addVaccine(QStringLiteral("Comirnaty")).isEmpty());
        qint64 id = 0;
        {
            LocalStore store;
            QVERIFY(store.open(cli.database(), Database::OpenMode::MustExist));
            WriteTransaction transaction(store.database());
            ConflictStore::Row row;
            row.eventId = QStringLiteral("0190a000-0000-7000-8000-000000000001");
            row.eventType = QStringLiteral("Booked");
            row.sequence = 1;
            row.reason = QStringLiteral("not_available");
            row.message = QStringLiteral("no dose left");
            row.at = QStringLiteral("2026-03-02T00:00:00.000Z");
            id = ConflictStore(store.database()).record(row, {});
            transaction.commit();
        }
        const CliRun text = cli.run({QStringLiteral("conflicts")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().contains(QStringLiteral("\tBooking\t")) &&
                     text.outText().contains(QStringLiteral("No dose was left to book at the site.")) &&
                     !text.outText().contains(QStringLiteral("not_available")),
                 qPrintable(text.outText()));
        const QJsonObject conflict = cli.runJson({QStringLiteral("conflicts")})
                                         .json()
                                         .value(QStringLiteral("conflicts"))
                                         .toArray()
                                         .at(0)
                                         .toObject();
        QCOMPARE(conflict.value(QStringLiteral("eventType")).toString(), QStringLiteral("Booked"));
        QCOMPARE(conflict.value(QStringLiteral("reason")).toString(), QStringLiteral("not_available"));

        const CliRun resolve =
            cli.runJson({QStringLiteral("conflicts"), QStringLiteral("resolve"), QString::number(id),
                         QStringLiteral("--keep"), QStringLiteral("theirs"), QStringLiteral("--reason"),
                         QStringLiteral("booked at the other desk")});
        QCOMPARE(resolve.exitCode, 0);
        LocalStore store;
        QVERIFY(store.open(cli.database(), Database::OpenMode::MustExist));
        const AuditEntry audit = store.audit()->page({}, 0, 1).first();
        QCOMPARE(audit.action, QStringLiteral("conflict-resolved"));
        QCOMPARE(audit.staffName, QStringLiteral("anticorona-cli"));
        QVERIFY2(audit.subject.contains(QStringLiteral("theirs")) &&
                     audit.subject.contains(QStringLiteral("booked at the other desk")),
                 qPrintable(audit.subject));
    }

    void syncNeedsAnExistingDatabase()
    {
        const CliProcess cli(path(QStringLiteral("missing.db")));
        QCOMPARE(cli.run({QStringLiteral("sync")}).exitCode, 3);
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.db"))));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_site;
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "test_cli_sync.moc"

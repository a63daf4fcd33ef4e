// The system test of issue 12 with real processes: an anticorona-server and two desks
// (anticorona-cli on two databases) enrolled to one site with token files. The server stops; both
// desks book while it is down; it comes back on the same address; both sync and converge.
//
// Each desk holds the rights the rights step left it (A returned its surplus, B refilled from the
// pool), books exactly that many while the server is down, and the next booking is refused at
// the desk with the reason: nothing is overbooked, on any desk or on the server.
#include "CliProcess.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

namespace {
struct Stock
{
    int onHand = -1;
    int booked = -1;
    bool operator==(const Stock &other) const = default;
};

QString describe(const Stock &stock)
{
    return QStringLiteral("on hand %1, booked %2").arg(stock.onHand).arg(stock.booked);
}
} // namespace

class TestSyncSystem : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Stock deskStock(const CliProcess &desk, const QString &vaccineId)
    {
        const CliRun run = desk.runJson({QStringLiteral("stock")});
        for (const QJsonValue &value : run.json().value(QStringLiteral("stock")).toArray()) {
            const QJsonObject level = value.toObject();
            if (level.value(QStringLiteral("vaccineId")).toString() == vaccineId)
                return {level.value(QStringLiteral("onHand")).toInt(),
                        level.value(QStringLiteral("booked")).toInt()};
        }
        return {};
    }

    Stock serverStock(const QString &siteId, const QString &vaccineId) const
    {
        Stock stock;
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path(QStringLiteral("server.db")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral(
                    "SELECT on_hand, booked FROM stock_levels WHERE site_id = ? AND vaccine_id = ?"));
                query.addBindValue(siteId);
                query.addBindValue(vaccineId);
                if (query.exec() && query.next())
                    stock = {query.value(0).toInt(), query.value(1).toInt()};
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return stock;
    }

    static CliRun sync(const CliProcess &desk) { return desk.runJson({QStringLiteral("sync")}); }

private slots:
    void twoDesksBookWhileTheServerIsDownAndConverge()
    {
        QVERIFY(m_dir.isValid());
        ServerProcess server(path(QStringLiteral("server.db")));
        const ServerRun site =
            server.run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Seoul")});
        QCOMPARE(site.exitCode, 0);
        const QString siteId = site.lastLine();
        QVERIFY(server.start());
        const quint16 port = quint16(server.url().port());

        const CliProcess a(path(QStringLiteral("a.db")));
        const CliProcess b(path(QStringLiteral("b.db")));
        for (const auto &[desk, name] :
             {std::pair{&a, QStringLiteral("A")}, std::pair{&b, QStringLiteral("B")}}) {
            const QString code =
                server.run({QStringLiteral("enroll"), QStringLiteral("--site"), siteId}).lastLine();
            const CliRun enrolled =
                desk->runJson({QStringLiteral("enroll"), QStringLiteral("--server"), server.url().toString(),
                               QStringLiteral("--code"), code, QStringLiteral("--name"), name,
                               QStringLiteral("--token-file"), path(name + QStringLiteral(".token"))});
            QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.errText()));
            QCOMPARE(enrolled.json().value(QStringLiteral("siteId")).toString(), siteId);
        }

        // Online: A registers a vaccine and receives 10 doses; B learns of them.
        const QString vaccine = a.addVaccine(QStringLiteral("Comirnaty"));
        QVERIFY(!vaccine.isEmpty());
        QVERIFY(a.receive(vaccine, QStringLiteral("L1"), 90, 10));
        CliRun round = sync(a);
        QVERIFY2(round.exitCode == 0, qPrintable(round.errText()));
        round = sync(b);
        QVERIFY2(round.exitCode == 0, qPrintable(round.errText()));
        QCOMPARE(deskStock(b, vaccine), (Stock{10, 0}));

        // The rights settle: A returns what is above its high mark, B refills from the pool.
        for (const CliProcess *desk : {&a, &b, &a, &b}) {
            round = sync(*desk);
            QVERIFY2(round.exitCode == 0, qPrintable(round.errText()));
        }
        const auto rightsOf = [&](const CliProcess &desk) {
            return desk.runJson({QStringLiteral("status")})
                .json()
                .value(QStringLiteral("rights"))
                .toObject()
                .value(vaccine)
                .toInt();
        };
        const int rightsA = rightsOf(a);
        const int rightsB = rightsOf(b);
        qInfo("rights when the server goes down: A %d, B %d", rightsA, rightsB);
        QVERIFY(rightsA + rightsB <= 10);

        // The server goes down; both desks keep working: each books what its rights allow, and
        // the next booking is refused at the desk, with the reason.
        QCOMPARE(server.stop(SIGTERM), 0);
        QStringList codes;
        int customer = 0;
        for (const auto &[desk, rights] : {std::pair{&a, rightsA}, std::pair{&b, rightsB}}) {
            for (int n = 0; n < rights; ++n, ++customer) {
                const QString code =
                    desk->book(vaccine, QStringLiteral("Kim %1").arg(customer),
                               QStringLiteral("010100000%1").arg(customer, 2, 10, QLatin1Char('0')));
                QVERIFY2(!code.isEmpty(), "a desk books within the rights it holds");
                codes.append(code);
            }
            const CliRun refused = desk->runJson(
                {QStringLiteral("book"), QStringLiteral("--vaccine"), vaccine, QStringLiteral("--name"),
                 QStringLiteral("Lee %1").arg(customer), QStringLiteral("--birth-date"),
                 QStringLiteral("1975-01-02"), QStringLiteral("--phone"),
                 QStringLiteral("0109999%1").arg(customer, 4, 10, QLatin1Char('0')), QStringLiteral("--at"),
                 CliProcess::futureAppointment(7)});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(!refused.json().value(QStringLiteral("error")).toString().isEmpty() &&
                         !refused.errText().trimmed().isEmpty(),
                     qPrintable(refused.outText()));
            qInfo("a booking beyond the desk's rights: %s", qPrintable(refused.errText().trimmed()));
        }
        round = sync(a);
        QCOMPARE(round.exitCode, 4);
        QVERIFY2(round.errText().contains(QStringLiteral("cannot be reached")), qPrintable(round.errText()));
        QCOMPARE(a.runJson({QStringLiteral("status")}).json().value(QStringLiteral("waiting")).toInt(),
                 rightsA);

        // Back on the same address: both sync and converge.
        QVERIFY(server.start(port));
        for (const CliProcess *desk : {&a, &b, &a, &b}) {
            round = sync(*desk);
            QVERIFY2(round.exitCode == 0, qPrintable(round.errText() + round.outText()));
            QCOMPARE(round.json().value(QStringLiteral("waiting")).toInt(), 0);
            QCOMPARE(round.json().value(QStringLiteral("rejected")).toInt(), 0);
        }

        for (const CliProcess *desk : {&a, &b}) {
            const CliRun verified = desk->run({QStringLiteral("verify")});
            QVERIFY2(verified.exitCode == 0, qPrintable(verified.outText() + verified.errText()));
            QCOMPARE(desk->runJson({QStringLiteral("conflicts")})
                         .json()
                         .value(QStringLiteral("conflicts"))
                         .toArray()
                         .size(),
                     0);
        }
        const ServerRun serverVerify = server.run({QStringLiteral("verify")});
        QVERIFY2(serverVerify.exitCode == 0,
                 qPrintable(QString::fromUtf8(serverVerify.out) + serverVerify.errText()));

        const Stock expected{10, rightsA + rightsB};
        const Stock atA = deskStock(a, vaccine);
        const Stock atB = deskStock(b, vaccine);
        const Stock atServer = serverStock(siteId, vaccine);
        QVERIFY2(atA == expected, qPrintable(describe(atA)));
        QVERIFY2(atB == expected, qPrintable(describe(atB)));
        QVERIFY2(atServer == expected, qPrintable(describe(atServer)));
        // B sees A's bookings, by code.
        for (const QString &code : codes) {
            const CliRun found = b.runJson({QStringLiteral("bookings"), QStringLiteral("--code"), code});
            QCOMPARE(found.json().value(QStringLiteral("bookings")).toArray().size(), 1);
        }
        QCOMPARE(server.stop(SIGTERM), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSyncSystem)
#include "test_sync_system.moc"

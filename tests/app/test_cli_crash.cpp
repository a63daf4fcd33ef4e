// Crash safety: a desk killed (SIGKILL) in the middle of booking leaves a database
// where every committed booking has its event and `verify` passes.
#include "CliProcess.h"

#include <QTemporaryDir>
#include <QTest>

class TestCliCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileBookingLeavesAConsistentDatabase();
};

void TestCliCrash::killedWhileBookingLeavesAConsistentDatabase()
{
    constexpr int kRounds = 3;
    constexpr int kLinesPerRound = 200;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliProcess cli(dir.filePath(QStringLiteral("desk.db")));
    const QString vaccine = cli.addVaccine(QStringLiteral("Comirnaty"));
    QVERIFY(!vaccine.isEmpty());
    QVERIFY(cli.receive(vaccine, QStringLiteral("L1"), 90, 100000));
    const qint64 setUpEvents = cli.eventCount(); // the vaccine and the lot

    qint64 committed = 0; // bookings the loop reported as committed, over all rounds
    for (int round = 0; round < kRounds; ++round) {
        QProcess loop;
        // Each round books new customers: rule 5 would refuse the earlier ones again.
        loop.start(QStringLiteral(BOOKING_LOOP),
                   {cli.database(), vaccine, QString::number(qint64(round) * 1000000)});
        QVERIFY(loop.waitForStarted());
        qint64 lines = 0;
        while (lines < kLinesPerRound) {
            QVERIFY2(loop.state() == QProcess::Running || loop.bytesAvailable() > 0,
                     loop.readAllStandardError().constData());
            if (!loop.canReadLine() && !loop.waitForReadyRead(30000))
                QFAIL("the booking loop stopped printing");
            while (loop.canReadLine()) {
                loop.readLine();
                ++lines;
            }
        }
        loop.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
        QVERIFY(loop.waitForFinished());
        QCOMPARE(loop.exitStatus(), QProcess::CrashExit);
        lines += loop.readAllStandardOutput().count('\n');
        committed += lines;

        const CliRun verified = cli.run({QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.outText() + verified.errText()));
        const qint64 bookings = cli.bookingCount();
        QVERIFY2(bookings >= committed, qPrintable(QStringLiteral("%1 < %2").arg(bookings).arg(committed)));
        // One Booked event per booking, nothing half-written.
        QCOMPARE(cli.eventCount() - setUpEvents, bookings);
        committed = bookings; // a commit whose line was lost to the kill still counts
    }
}

QTEST_GUILESS_MAIN(TestCliCrash)
#include "test_cli_crash.moc"

#include "sync/KeychainTokenStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <cstdio>

// The token in a real Secret Service: run under run_with_keyring.sh (dbus-run-session and an
// unlocked gnome-keyring-daemon). A keychain that does not answer fails the test, never skips
// it: CI would otherwise pass without ever touching a keychain.
class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

    // A service of its own, so the test never touches a real desk's entries.
    const QString m_service =
        QStringLiteral("Anticorona test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private slots:
    void initTestCase()
    {
        KeychainTokenStore store(m_service);
        const TokenResult probe = store.probe();
        if (!probe.isOk())
            QFAIL(qPrintable(
                QStringLiteral("no Secret Service answers (run under tests/sync/run_with_keyring.sh): ") +
                probe.error));
    }

    void writesReadsAndRemoves()
    {
        KeychainTokenStore store(m_service);
        QCOMPARE(store.read("desk-1").status, TokenResult::Status::NotFound);
        QVERIFY(store.write("desk-1", "first").isOk());
        QVERIFY(store.write("desk-1", "second").isOk());
        const TokenResult read = store.read("desk-1");
        QVERIFY2(read.isOk(), qPrintable(read.error));
        QCOMPARE(read.token, QStringLiteral("second"));
        QVERIFY(store.remove("desk-1").isOk());
        QCOMPARE(store.read("desk-1").status, TokenResult::Status::NotFound);
        QVERIFY(store.remove("desk-1").isOk());
    }

    void devicesAndServicesAreKeptApart()
    {
        KeychainTokenStore store(m_service);
        KeychainTokenStore other(m_service + QStringLiteral(" other"));
        QVERIFY(store.write("desk-1", "one").isOk());
        QVERIFY(store.write("desk-2", "two").isOk());
        QCOMPARE(store.read("desk-1").token, QStringLiteral("one"));
        QCOMPARE(store.read("desk-2").token, QStringLiteral("two"));
        QCOMPARE(other.read("desk-1").status, TokenResult::Status::NotFound);
        QVERIFY(store.remove("desk-1").isOk());
        QVERIFY(store.remove("desk-2").isOk());
    }

    void theProbeLeavesNothingBehind()
    {
        KeychainTokenStore store(m_service);
        QVERIFY(store.probe().isOk());
        QVERIFY(store.probe().isOk());
        QVERIFY(!store.description().isEmpty());
    }

    void failsClearlyWhenNoSecretServiceAnswers()
    {
        // A child process: QtKeychain and Qt D-Bus keep their session connection for the process.
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/anticorona-no-bus");
        environment.remove("DISPLAY");
        environment.remove("WAYLAND_DISPLAY");
        child.setProcessEnvironment(environment);
        QElapsedTimer elapsed;
        elapsed.start();
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--probe-without-keychain")});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(output + QString::fromUtf8(child.readAllStandardError())));
        QVERIFY2(output.startsWith(QStringLiteral("failed: ")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("keychain")), qPrintable(output));
        // An error, not a hang: well inside the store's own timeout.
        QVERIFY2(elapsed.elapsed() < 15000, qPrintable(QString::number(elapsed.elapsed())));
    }
};

// In the child: probe, read and write with no bus; print the outcome; 0 if every call failed.
static int probeWithoutKeychain()
{
    KeychainTokenStore store(QStringLiteral("Anticorona test no bus"), 20000);
    const TokenResult probe = store.probe();
    const TokenResult read = store.read("desk-1");
    const TokenResult written = store.write("desk-1", "t");
    const bool allFailed = probe.status == TokenResult::Status::Failed &&
                           read.status == TokenResult::Status::Failed &&
                           written.status == TokenResult::Status::Failed;
    std::printf("%s: %s\n", allFailed ? "failed" : "unexpected", qPrintable(probe.error));
    return allFailed ? 0 : 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--probe-without-keychain")))
        return probeWithoutKeychain();
    TestKeychainTokenStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_keychain_token_store.moc"

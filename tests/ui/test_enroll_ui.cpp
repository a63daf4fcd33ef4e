// Enrollment from the desk's Settings (issue 12, item 5): EnrollDialog against the real server code
// in-process, the token in a file in the test's temporary directory (no keychain here).
#include "InProcessServer.h"
#include "TestDesk.h"
#include "models/store/DeskStore.h"
#include "sync/FileTokenStore.h"
#include "sync/TokenStore.h"
#include "translations/Translations.h"
#include "ui/dialogs/EnrollDialog.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>
#include <utility>

namespace {
// Hands each request to the in-process server, which outlives the dialog's transport.
class ForwardingTransport final : public SyncTransport
{
public:
    explicit ForwardingTransport(SyncTransport *target)
        : m_target(target)
    {}
    TransportReply exchange(const TransportRequest &request) override { return m_target->exchange(request); }

private:
    SyncTransport *m_target = nullptr;
};

// No server answers: what HttpTransport reports for a refused connection.
class RefusingTransport final : public SyncTransport
{
public:
    TransportReply exchange(const TransportRequest &) override
    {
        TransportReply reply;
        reply.failure = TransportReply::Failure::Refused;
        reply.errorText = QStringLiteral("Connection refused");
        return reply;
    }
};

// A system keychain that cannot keep the token: its probe fails with what KeychainTokenStore says
// for a refusal or for no answer. Counts the writes it was asked for.
class BrokenKeychain final : public TokenStore
{
public:
    explicit BrokenKeychain(const QString &problem, int *writes)
        : m_problem(problem)
        , m_writes(writes)
    {}
    TokenResult read(const QString &) override { return TokenResult::failed(m_problem); }
    TokenResult write(const QString &, const QString &) override
    {
        ++*m_writes;
        return TokenResult::failed(m_problem);
    }
    TokenResult remove(const QString &) override { return TokenResult::failed(m_problem); }
    TokenResult probe() override { return TokenResult::failed(m_problem); }
    QString description() const override { return QStringLiteral("the system keychain"); }

private:
    QString m_problem;
    int *m_writes = nullptr;
};

// Runs `during` while the request is in flight (where HttpTransport spins its event loop), then
// hands the request to the server.
class InFlightTransport final : public SyncTransport
{
public:
    InFlightTransport(SyncTransport *target, std::function<void()> during)
        : m_target(target)
        , m_during(std::move(during))
    {}
    TransportReply exchange(const TransportRequest &request) override
    {
        if (m_during)
            std::exchange(m_during, nullptr)();
        return m_target->exchange(request);
    }

private:
    SyncTransport *m_target = nullptr;
    std::function<void()> m_during;
};

const QString kServer = QStringLiteral("http://in-process");

void fill(EnrollDialog &dialog, const QString &code, const QString &tokenFile)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("enrollServerEdit"))->setText(kServer);
    dialog.findChild<QLineEdit *>(QStringLiteral("enrollCodeEdit"))->setText(code);
    dialog.findChild<QLineEdit *>(QStringLiteral("enrollNameEdit"))->setText(QStringLiteral("Reception 1"));
    dialog.findChild<QRadioButton *>(QStringLiteral("tokenFileRadio"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("tokenFileEdit"))->setText(tokenFile);
}
} // namespace

class TestEnrollUi : public QObject
{
    Q_OBJECT

    EnrollDialog::TransportFactory transports()
    {
        return [this](const QUrl &) { return std::make_unique<ForwardingTransport>(m_server.get()); };
    }
    QString serverUrl() { return DeskStore(m_desk->store.database()).serverUrl(); }
    QString tokenFile() const { return m_desk->dir.filePath(QStringLiteral("token.json")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(qApp, QLocale(QLocale::English));
    }
    void init()
    {
        m_desk = std::make_unique<TestDesk>();
        QVERIFY(m_desk->open());
        m_server = std::make_unique<InProcessServer>();
        QVERIFY2(m_server->isOpen(), qPrintable(m_server->errorMessage()));
        m_site = m_server->addSite();
    }
    void cleanup()
    {
        m_desk.reset();
        m_server.reset();
    }

    void codesAreTidiedWhateverTheCaseSpacesAndDashes()
    {
        QCOMPARE(EnrollDialog::tidyCode(QStringLiteral(" abcde fghij-klmno--pqrst ")),
                 QStringLiteral("ABCDE-FGHIJ-KLMNO-PQRST"));
        QCOMPARE(EnrollDialog::tidyCode(QStringLiteral("ABCDEFGHIJKLMNOPQRST")),
                 QStringLiteral("ABCDE-FGHIJ-KLMNO-PQRST"));
        QCOMPARE(EnrollDialog::tidyCode(QStringLiteral("abc")), QStringLiteral("ABC"));
    }

    void aValidCodeEnrollsFromTheSettings()
    {
        const QString code = m_server->makeEnrollmentCode(m_site);
        SettingsDialog settings(DeskSettings{});
        settings.setEnrollment(&m_desk->store, true, transports());
        QCOMPARE(settings.enrollmentText(),
                 QStringLiteral("Not connected to a server: this desk works alone."));
        QCOMPARE(settings.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->placeholderText(),
                 QStringLiteral("Empty: no MyPage link on slips"));
        auto *connectButton = settings.findChild<QPushButton *>(QStringLiteral("connectServerButton"));
        QVERIFY(connectButton->isEnabled());
        QSignalSpy enrolled(&settings, &SettingsDialog::enrolled);

        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = settings.findChild<EnrollDialog *>();
            QVERIFY(dialog && dialog->isVisible() && !dialog->isEnrolledView());
            // Lower case, spaces for dashes: the code as someone might type it from a phone call.
            fill(*dialog, code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')), tokenFile());
            filled = true;
            dialog->findChild<QPushButton *>(QStringLiteral("enrollButton"))->click();
        });
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(filled);

        QCOMPARE(enrolled.count(), 1);
        QCOMPARE(serverUrl(), kServer);
        QVERIFY(QFile::exists(tokenFile()));
        FileTokenStore tokens(tokenFile());
        QVERIFY(tokens.read(m_desk->store.identity().deviceId).isOk());
        QCOMPARE(settings.enrollmentText(),
                 QStringLiteral("%1\nToken kept in: %2").arg(kServer, tokens.description()));
        QVERIFY(!settings.findChild<EnrollDialog *>()); // closed and gone
        // The MyPage address on slips now defaults to the sync server, and the form says so.
        auto *myPage = settings.findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        QCOMPARE(myPage->placeholderText(), QStringLiteral("Empty: the sync server, %1").arg(kServer));
        QCOMPARE(settings.settings().myPageServer(serverUrl()), QUrl(kServer));
    }

    void aWrongCodeIsRefusedWithTheReasonAndChangesNothing()
    {
        const QString deviceBefore = m_desk->store.identity().deviceId;
        EnrollDialog dialog(&m_desk->store, transports());
        dialog.show();
        fill(dialog, QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD"), tokenFile());
        dialog.enroll();
        QCOMPARE(dialog.problemText(),
                 QStringLiteral("The server does not know this enrollment code. Check it, or ask the "
                                "administrator for a new one."));
        QCOMPARE(dialog.enrollment().outcome, Enroller::Outcome::Refused);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("enrollButton"))->isEnabled());
        QVERIFY(serverUrl().isEmpty());
        QCOMPARE(m_desk->store.identity().deviceId, deviceBefore);
        QVERIFY(!QFile::exists(tokenFile()));

        // A code that cannot be one is said so before anything is sent.
        const int exchanges = m_server->exchanges();
        fill(dialog, QStringLiteral("ABC"), tokenFile());
        dialog.enroll();
        QCOMPARE(dialog.problemText(),
                 QStringLiteral("The one-time code has 20 letters and digits, as XXXXX-XXXXX-XXXXX-XXXXX."));
        QCOMPARE(m_server->exchanges(), exchanges);
    }

    void anUnreachableServerOrAnUnusableTokenFileIsSaidAndTheCodeKept()
    {
        const QString code = m_server->makeEnrollmentCode(m_site);
        EnrollDialog unreachable(&m_desk->store,
                                 [](const QUrl &) { return std::make_unique<RefusingTransport>(); });
        unreachable.show();
        fill(unreachable, code, tokenFile());
        unreachable.enroll();
        QCOMPARE(unreachable.enrollment().outcome, Enroller::Outcome::Unreachable);
        QCOMPARE(unreachable.problemText(),
                 QStringLiteral("The server %1 cannot be reached. Check the address and the network; the "
                                "enrollment code was not used.")
                     .arg(kServer));
        QVERIFY(serverUrl().isEmpty());

        EnrollDialog noFolder(&m_desk->store, transports());
        noFolder.show();
        fill(noFolder, code, m_desk->dir.filePath(QStringLiteral("missing/token.json")));
        noFolder.enroll();
        QCOMPARE(noFolder.enrollment().outcome, Enroller::Outcome::NoTokenStore);
        QVERIFY(noFolder.problemText().endsWith(QStringLiteral("The enrollment code was not used.")));
        QCOMPARE(m_server->exchanges(), 0);

        // The code is still good: the same dialog enrolls once the person picks a usable file.
        noFolder.findChild<QLineEdit *>(QStringLiteral("tokenFileEdit"))->setText(tokenFile());
        noFolder.enroll();
        QVERIFY2(noFolder.enrollment().enrolled(), qPrintable(noFolder.problemText()));
        QCOMPARE(noFolder.result(), int(QDialog::Accepted));
        QCOMPARE(serverUrl(), kServer);
    }

    // Issue 12's fault list: a keychain that refuses or does not answer. The person reads why,
    // with the way out (a token file), and the code is not spent: the server never heard of it.
    void aKeychainThatRefusesOrDoesNotAnswerIsSaidAndTheCodeKept_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::newRow("refuses") << QStringLiteral(
            "The system keychain refused access (denied). Unlock it and try again, or choose a token file.");
        QTest::newRow("does not answer")
            << QStringLiteral("The system keychain did not answer within 5 seconds.");
    }
    void aKeychainThatRefusesOrDoesNotAnswerIsSaidAndTheCodeKept()
    {
        QFETCH(QString, problem);
        const QString code = m_server->makeEnrollmentCode(m_site);
        int writes = 0;
        EnrollDialog dialog(&m_desk->store, transports());
        dialog.setTokenStores([&](const QString &file) -> std::unique_ptr<TokenStore> {
            if (file.isEmpty())
                return std::make_unique<BrokenKeychain>(problem, &writes);
            return Enroller::tokenStoreFor(file);
        });
        dialog.show();
        fill(dialog, code, QString());
        dialog.findChild<QRadioButton *>(QStringLiteral("tokenKeychainRadio"))->setChecked(true);
        dialog.enroll();
        QCOMPARE(dialog.enrollment().outcome, Enroller::Outcome::NoTokenStore);
        QCOMPARE(
            dialog.problemText(),
            QStringLiteral("The desk cannot keep its token in the system keychain: %1 The enrollment "
                           "code was not used. You can choose \"A file I choose\" to keep the token in a "
                           "private file instead.")
                .arg(problem));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_server->exchanges(), 0);
        QCOMPARE(writes, 0);
        QVERIFY(serverUrl().isEmpty());

        // Nothing was spent: the same dialog enrolls with the same code into a token file.
        dialog.findChild<QRadioButton *>(QStringLiteral("tokenFileRadio"))->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("tokenFileEdit"))->setText(tokenFile());
        dialog.enroll();
        QVERIFY2(dialog.enrollment().enrolled(), qPrintable(dialog.problemText()));
        QCOMPARE(serverUrl(), kServer);
        QCOMPARE(writes, 0);
    }

    void escapeCloseAndTheIdleLockWaitForAnEnrollmentInProgress()
    {
        const QString code = m_server->makeEnrollmentCode(m_site);
        EnrollDialog *dialog = nullptr;
        bool checked = false;
        int transportsMade = 0;
        EnrollDialog enrolling(&m_desk->store, [&](const QUrl &) {
            ++transportsMade;
            return std::make_unique<InFlightTransport>(m_server.get(), [&] {
                QVERIFY(dialog->isBusy());
                QCOMPARE(EnrollDialog::enrollingNow(), dialog); // what the idle lock waits for
                QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("enrollButton"))->isEnabled());
                QVERIFY(!dialog->findChild<QDialogButtonBox *>()->isEnabled());
                auto *busy = dialog->findChild<QLabel *>(QStringLiteral("enrollBusyLabel"));
                QVERIFY(busy && busy->isVisible() && !busy->text().isEmpty());
                QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("enrollBusyBar"))->isVisible());
                // Escape, the window's close button, a lock's reject(), another click: all wait.
                QTest::keyClick(dialog, Qt::Key_Escape);
                QVERIFY(!dialog->close());
                dialog->reject();
                dialog->enroll();
                QVERIFY(dialog->isVisible());
                QCOMPARE(transportsMade, 1);
                checked = true;
            });
        });
        dialog = &enrolling;
        QSignalSpy busyChanged(dialog, &EnrollDialog::busyChanged);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->isBusy());
        QCOMPARE(EnrollDialog::enrollingNow(), nullptr);
        fill(*dialog, code, tokenFile());
        dialog->enroll();
        QVERIFY(checked);
        QVERIFY2(dialog->enrollment().enrolled(), qPrintable(dialog->problemText()));
        QCOMPARE(dialog->result(), int(QDialog::Accepted)); // the enrollment's own outcome, not a reject
        QVERIFY(!dialog->isBusy());
        QCOMPARE(EnrollDialog::enrollingNow(), nullptr);
        QCOMPARE(busyChanged.count(), 2);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("enrollBusyLabel"))->isVisibleTo(dialog));
        QCOMPARE(serverUrl(), kServer);
    }

    void aDeskEnrolledMeanwhileShowsThatEnrollment()
    {
        EnrollDialog dialog(&m_desk->store, transports());
        dialog.show();
        QVERIFY(!dialog.isEnrolledView());
        Enroller other(&m_desk->store, m_server.get());
        QVERIFY(other
                    .enroll({QUrl(kServer), m_server->makeEnrollmentCode(m_site), QStringLiteral("Desk"),
                             tokenFile()})
                    .enrolled());

        fill(dialog, m_server->makeEnrollmentCode(m_site),
             m_desk->dir.filePath(QStringLiteral("other.json")));
        dialog.enroll();
        QCOMPARE(dialog.enrollment().outcome, Enroller::Outcome::AlreadyEnrolled);
        QVERIFY(dialog.problemText().startsWith(QStringLiteral("This desk is enrolled already")));
        QVERIFY(dialog.isEnrolledView());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("enrolledServer"))->text(), kServer);
        QVERIFY(!QFile::exists(m_desk->dir.filePath(QStringLiteral("other.json"))));
    }

    void anEnrolledDeskShowsItsEnrollmentReadOnly()
    {
        Enroller enroller(&m_desk->store, m_server.get());
        const Enroller::Result result = enroller.enroll(
            {QUrl(kServer), m_server->makeEnrollmentCode(m_site), QStringLiteral("Desk"), tokenFile()});
        QVERIFY2(result.enrolled(), qPrintable(result.message));

        EnrollDialog dialog(&m_desk->store, transports());
        QVERIFY(dialog.isEnrolledView());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("enrolledServer"))->text(), kServer);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("enrolledDevice"))->text(), result.deviceId);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("enrolledTokenStore"))->text(), result.tokenStore);
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("enrollButton"))->isVisible());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("enrollCodeEdit"))->isVisible());

        SettingsDialog settings(DeskSettings{});
        settings.setEnrollment(&m_desk->store, true, transports());
        QCOMPARE(settings.enrollmentText(),
                 QStringLiteral("%1\nToken kept in: %2").arg(kServer, result.tokenStore));
    }

    void onlyAnAdministratorMayConnect()
    {
        SettingsDialog settings(DeskSettings{});
        settings.setEnrollment(&m_desk->store, false, transports());
        auto *connectButton = settings.findChild<QPushButton *>(QStringLiteral("connectServerButton"));
        QVERIFY(!connectButton->isEnabled());
        settings.openEnrollment(); // refused without a dialog
        QVERIFY(!settings.findChild<EnrollDialog *>());
        QVERIFY(serverUrl().isEmpty());

        // Without a desk (the settings before sign-in), no enrollment row at all.
        SettingsDialog bare(DeskSettings{});
        bare.show();
        QVERIFY(!bare.findChild<QPushButton *>(QStringLiteral("connectServerButton"))->isVisible());
    }

private:
    std::unique_ptr<TestDesk> m_desk;
    std::unique_ptr<InProcessServer> m_server;
    QString m_site;
};

QTEST_MAIN(TestEnrollUi)
#include "test_enroll_ui.moc"

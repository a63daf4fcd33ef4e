#include "HttpClient.h"
#include "ProtocolDesk.h"
#include "ServerProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// MyPage in a real browser: Debian's chromium, headless and without JavaScript involved,
// loads the page of a booking made through the protocol; its DOM shows the state, and a
// screenshot of the Korean page is written to the build tree (docs/screenshots/mypage.png when
// scripts/screenshots.sh runs it).
class TestMyPageBrowser : public QObject
{
    Q_OBJECT

private:
    static constexpr auto kChromium = "/usr/bin/chromium";

    QTemporaryDir m_dir;
    QTemporaryDir m_profile;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_code;

    QByteArray chromium(const QStringList &extra, const QString &pageUrl, int *exitCode,
                        const QString &locale = QStringLiteral("en_US"))
    {
        QProcess browser;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), locale + QStringLiteral(".UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), locale);
        browser.setProcessEnvironment(environment);
        browser.setProcessChannelMode(QProcess::SeparateChannels);
        browser.start(QString::fromLatin1(kChromium),
                      QStringList{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                                  QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
                                  QStringLiteral("--no-first-run"),
                                  QStringLiteral("--disable-background-networking"),
                                  QStringLiteral("--disable-component-update"),
                                  QStringLiteral("--disable-sync"), QStringLiteral("--hide-scrollbars"),
                                  QStringLiteral("--user-data-dir=") + m_profile.path()} +
                          extra + QStringList{pageUrl});
        if (!browser.waitForFinished(90000)) {
            browser.kill();
            browser.waitForFinished();
            *exitCode = -1;
            return QByteArray();
        }
        *exitCode = browser.exitStatus() == QProcess::NormalExit ? browser.exitCode() : -1;
        return browser.readAllStandardOutput();
    }

    QString pageUrl(const QString &lang) const
    {
        return m_server->url().toString(QUrl::StripTrailingSlash) + QStringLiteral("/mypage?lang=") + lang +
               QStringLiteral("&code=") + m_code.left(4) + QLatin1Char('-') + m_code.mid(4) +
               QStringLiteral("&birthDate=1980-05-17");
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(QString::fromLatin1(kChromium)))
            QSKIP("chromium is not installed (apt-get install chromium fonts-noto-cjk)");
        QVERIFY(m_dir.isValid() && m_profile.isValid());
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(QStringLiteral("server.db")));
        const QString site =
            m_server
                ->run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("서울 중앙 접종센터")})
                .lastLine();
        QVERIFY2(m_server->start(), m_server->serveOutput().constData());
        m_http = std::make_unique<HttpClient>(m_server->url());
        ProtocolDesk desk(m_server.get(), m_http.get());
        QVERIFY(desk.enroll(site));
        const QString vaccine = EventMaker::newId();
        QString bookingId;
        QCOMPARE(desk.push({desk.maker().registerVaccine(vaccine, QStringLiteral("Comirnaty (Pfizer)")),
                            desk.maker().receive(vaccine, QStringLiteral("L1"), 5)}),
                 QStringList({"accepted", "accepted"}));
        QVERIFY(desk.refillRights(vaccine, 1));
        QCOMPARE(desk.push({desk.maker().book(vaccine, QStringLiteral("Kim"), QStringLiteral("010-1111-2222"),
                                              &bookingId, &m_code)}),
                 QStringList({"accepted"}));
    }

    void domShowsTheState()
    {
        int exitCode = 0;
        const QString english =
            QString::fromUtf8(chromium({QStringLiteral("--dump-dom")}, pageUrl("en"), &exitCode));
        QCOMPARE(exitCode, 0);
        QVERIFY2(english.contains(QLatin1String("data-state=\"BOOKED\">Booked</span>")), qPrintable(english));
        QVERIFY(english.contains(QLatin1String("Comirnaty (Pfizer)")));

        const QString korean =
            QString::fromUtf8(chromium({QStringLiteral("--dump-dom")}, pageUrl("ko"), &exitCode));
        QCOMPARE(exitCode, 0);
        QVERIFY(korean.contains(QLatin1String("<html lang=\"ko\">")));
        QVERIFY2(korean.contains(QStringLiteral("data-state=\"BOOKED\">예약됨</span>")), qPrintable(korean));
    }

    void screenshotOfTheKoreanPage()
    {
        // Into the build tree: a test run must leave the checkout as it found it.
        // scripts/screenshots.sh names docs/screenshots with ANTICORONA_SCREENSHOT_DIR.
        const QString dir = qEnvironmentVariableIsSet("ANTICORONA_SCREENSHOT_DIR")
                                ? qEnvironmentVariable("ANTICORONA_SCREENSHOT_DIR")
                                : QStringLiteral(ANTICORONA_BINARY_DIR);
        const QString png = dir + QStringLiteral("/mypage.png");
        QFile::remove(png);
        int exitCode = 0;
        chromium({QStringLiteral("--lang=ko-KR"), QStringLiteral("--screenshot=") + png,
                  QStringLiteral("--window-size=800,900")},
                 pageUrl("ko"), &exitCode, QStringLiteral("ko_KR"));
        QCOMPARE(exitCode, 0);
        QVERIFY(QFileInfo(png).size() > 1000);
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    }
};

QTEST_GUILESS_MAIN(TestMyPageBrowser)
#include "test_mypage_browser.moc"

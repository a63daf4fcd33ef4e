#include "HttpClient.h"
#include "ProtocolDesk.h"
#include "ServerProcess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

// MyPage against the real anticorona-server binary: a booking pushed through the protocol is
// found by its code and birth date (JSON and HTML, Korean and English); a wrong birth date and
// an unknown code are indistinguishable; the HTML escapes what it echoes; the per-address rate
// limit answers 429 with Retry-After; and the log keeps no code or birth date.
class TestServerMyPage : public QObject
{
    Q_OBJECT

private:
    static constexpr auto kBirthDate = "1980-05-17"; // EventMaker's customer

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_bookedCode;
    QString m_injectedCode;

    QString writeConfig(const QString &name, int perMinute, int burst)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(QStringLiteral("[mypage]\nrate_per_minute=%1\nrate_burst=%2\n")
                       .arg(perMinute)
                       .arg(burst)
                       .toUtf8());
        return path;
    }

    static QString lookup(const QString &path, const QString &code, const QString &birthDate,
                          const QString &lang = QString())
    {
        QUrlQuery query;
        if (!lang.isEmpty())
            query.addQueryItem(QStringLiteral("lang"), lang);
        query.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
        query.addQueryItem(QStringLiteral("birthDate"),
                           QString::fromLatin1(QUrl::toPercentEncoding(birthDate)));
        return path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    }

    static QString text(const HttpReply &reply) { return QString::fromUtf8(reply.body); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Generous here; rateLimitAnswers429 runs a second server with a small limit.
        m_server = std::make_unique<ServerProcess>(m_dir.filePath(QStringLiteral("server.db")),
                                                   writeConfig(QStringLiteral("server.ini"), 1000, 1000));
        const QString site =
            m_server->run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("Seoul Clinic")})
                .lastLine();
        QVERIFY2(m_server->start(), m_server->serveOutput().constData());
        m_http = std::make_unique<HttpClient>(m_server->url());

        ProtocolDesk desk(m_server.get(), m_http.get());
        QVERIFY(desk.enroll(site));
        EventMaker &maker = desk.maker();
        const QString vaccine = EventMaker::newId();
        QString bookedId, injectedId;
        QCOMPARE(desk.push({maker.registerVaccine(vaccine, QStringLiteral("Pfizer")),
                            maker.receive(vaccine, QStringLiteral("L1"), 5)}),
                 QStringList({"accepted", "accepted"}));
        QVERIFY(desk.refillRights(vaccine, 2));
        const QStringList statuses =
            desk.push({maker.book(vaccine, QStringLiteral("Kim Secret"), QStringLiteral("010-1111-2222"),
                                  &bookedId, &m_bookedCode),
                       maker.book(vaccine, QStringLiteral("Lee Secret"), QStringLiteral("010-3333-4444"),
                                  &injectedId, &m_injectedCode),
                       maker.inject(injectedId, vaccine, QStringLiteral("L1"))});
        if (statuses.isEmpty())
            qWarning() << "push failed; server log:" << m_server->serveOutput();
        QCOMPARE(statuses, QStringList({"accepted", "accepted", "accepted"}));
    }

    void jsonFindsTheBooking()
    {
        const HttpReply reply = m_http->get(lookup(QStringLiteral("/v1/mypage"), m_bookedCode, kBirthDate));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QStringLiteral("code")).toString(), m_bookedCode);
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("BOOKED"));
        QCOMPARE(json.value(QStringLiteral("vaccine")).toString(), QStringLiteral("Pfizer"));
        QCOMPARE(json.value(QStringLiteral("site")).toString(), QStringLiteral("Seoul Clinic"));
        QVERIFY(json.value(QStringLiteral("appointment")).toString().endsWith(QLatin1String("T10:00")));
        QVERIFY(json.value(QStringLiteral("injectionDate")).isNull());
        QVERIFY(!json.contains(QStringLiteral("name")));
        QVERIFY(!json.contains(QStringLiteral("birthDate")));

        const QJsonObject injected =
            m_http->get(lookup(QStringLiteral("/v1/mypage"), m_injectedCode, kBirthDate)).json();
        QCOMPARE(injected.value(QStringLiteral("state")).toString(), QStringLiteral("INJECTED"));
        QCOMPARE(injected.value(QStringLiteral("injectionDate")).toString(),
                 QDate::currentDate().toString(Qt::ISODate));

        // Typed as a customer would: lower case, with a dash.
        const QString typed = m_bookedCode.left(4).toLower() + QLatin1Char('-') + m_bookedCode.mid(4);
        QCOMPARE(m_http->get(lookup(QStringLiteral("/v1/mypage"), typed, kBirthDate)).status, 200);
    }

    void wrongBirthDateAndUnknownCodeGetTheSame404()
    {
        const HttpReply wrongDate =
            m_http->get(lookup(QStringLiteral("/v1/mypage"), m_bookedCode, QStringLiteral("1980-05-18")));
        const HttpReply unknownCode =
            m_http->get(lookup(QStringLiteral("/v1/mypage"), QStringLiteral("ZZZZ9999"), kBirthDate));
        QCOMPARE(wrongDate.status, 404);
        QCOMPARE(unknownCode.status, 404);
        QCOMPARE(wrongDate.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(wrongDate.body, unknownCode.body);
    }

    void missingOrMalformedParameterIs400()
    {
        const QStringList paths{
            QStringLiteral("/v1/mypage"),
            QStringLiteral("/v1/mypage?code=") + m_bookedCode,
            QStringLiteral("/v1/mypage?birthDate=1980-05-17"),
            QStringLiteral("/v1/mypage?code=") + m_bookedCode + QStringLiteral("&birthDate=17.05.1980"),
            QStringLiteral("/v1/mypage?code=ABC&birthDate=1980-05-17"),
        };
        for (const QString &path : paths) {
            const HttpReply reply = m_http->get(path);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
            QCOMPARE(reply.errorCode(), QStringLiteral("bad_request"));
            QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
        }
    }

    void htmlWithoutParametersShowsTheForm()
    {
        const HttpReply reply = m_http->get(QStringLiteral("/mypage?lang=ko"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("text/html; charset=utf-8"));
        const QString html = text(reply);
        QVERIFY(html.contains(QLatin1String("<html lang=\"ko\">")));
        QVERIFY(html.contains(QLatin1String("<form method=\"get\" action=\"/mypage\">")));
        QVERIFY(html.contains(QLatin1String("name=\"code\"")));
        QVERIFY(html.contains(QLatin1String("name=\"birthDate\"")));
        QVERIFY(!html.contains(QLatin1String("<script")));
    }

    void htmlShowsTheStateInKoreanAndEnglish()
    {
        const HttpReply korean =
            m_http->get(lookup(QStringLiteral("/mypage"), m_bookedCode, kBirthDate, "ko"));
        QCOMPARE(korean.status, 200);
        QVERIFY(text(korean).contains(QLatin1String("<html lang=\"ko\">")));
        QVERIFY(text(korean).contains(QStringLiteral("data-state=\"BOOKED\">예약됨</span>")));
        QVERIFY(text(korean).contains(QLatin1String("Pfizer")));

        const HttpReply english =
            m_http->get(lookup(QStringLiteral("/mypage"), m_bookedCode, kBirthDate, "en"));
        QCOMPARE(english.status, 200);
        QVERIFY(text(english).contains(QLatin1String("<html lang=\"en\">")));
        QVERIFY(text(english).contains(QLatin1String("data-state=\"BOOKED\">Booked</span>")));
        QVERIFY(text(english).contains(QLatin1String("Seoul Clinic")));

        const HttpReply notFound =
            m_http->get(lookup(QStringLiteral("/mypage"), m_bookedCode, QStringLiteral("1999-01-01"), "en"));
        QCOMPARE(notFound.status, 404);
        QVERIFY(text(notFound).contains(QLatin1String("role=\"alert\"")));
        QVERIFY(!text(notFound).contains(QLatin1String("data-state")));
    }

    void htmlEscapesAHostileCode()
    {
        const QString hostile = QStringLiteral("\"><script>alert(1)</script><img src=x onerror=alert(2)>");
        const HttpReply reply = m_http->get(lookup(QStringLiteral("/mypage"), hostile, kBirthDate, "en"));
        QCOMPARE(reply.status, 400);
        const QString html = text(reply);
        QVERIFY(!html.contains(QLatin1String("<script>alert")));
        QVERIFY(!html.contains(QLatin1String("<img")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    void logKeepsNoCodeOrBirthDate()
    {
        const QByteArray log = m_server->serveOutput();
        QVERIFY(log.contains("/v1/mypage"));
        QVERIFY(!log.contains(m_bookedCode.toLatin1()));
        QVERIFY(!log.contains(kBirthDate));
        QVERIFY(!log.contains("Kim Secret"));
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        ServerProcess limited(m_dir.filePath(QStringLiteral("limited.db")),
                              writeConfig(QStringLiteral("limited.ini"), 1, 3));
        QVERIFY2(limited.start(), limited.serveOutput().constData());
        HttpClient http(limited.url());
        const QString path = lookup(QStringLiteral("/v1/mypage"), QStringLiteral("ZZZZ9999"), kBirthDate);
        QCOMPARE(http.get(path).status, 404);
        QCOMPARE(http.get(QStringLiteral("/mypage")).status, 200); // both routes spend from one bucket
        QCOMPARE(http.get(path).status, 404);
        const HttpReply refused = http.get(path);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("content-type"), QByteArray("application/json"));
        QCOMPARE(refused.errorCode(), QStringLiteral("too_many_requests"));
        bool ok = false;
        const int retryAfter = refused.header("retry-after").toInt(&ok);
        QVERIFY(ok && retryAfter >= 1 && retryAfter <= 60);

        const HttpReply page = http.get(QStringLiteral("/mypage?lang=en"));
        QCOMPARE(page.status, 429);
        QVERIFY(!page.header("retry-after").isEmpty());
        QCOMPARE(page.header("content-type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(text(page).contains(QLatin1String("role=\"alert\"")));
        // Other endpoints are not limited.
        QCOMPARE(http.get(QStringLiteral("/v1/health")).status, 200);
        QCOMPARE(limited.stop(SIGTERM), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerMyPage)
#include "test_server_mypage.moc"

#include "server/mypage/MyPageHtml.h"

#include <QTest>

// MyPage's HTML without a server: the language choice, the form, the answer and the escaping.
class TestMyPageHtml : public QObject
{
    Q_OBJECT

private:
    using Language = MyPageHtml::Language;

    static MyPageView booking()
    {
        MyPageView view;
        view.code = QStringLiteral("ABCD2345");
        view.birthDate = QDate(1980, 5, 17);
        view.state = BookingState::Injected;
        view.vaccineName = QStringLiteral("Pfizer <b>&</b>");
        view.siteName = QStringLiteral("Seoul");
        view.appointment = QDateTime(QDate(2026, 12, 2), QTime(10, 0));
        view.injectedAt = QDateTime(QDate(2026, 12, 2), QTime(1, 30), Qt::UTC);
        return view;
    }

private Q_SLOTS:
    void languageFromParameterThenHeaderThenKorean()
    {
        QCOMPARE(MyPageHtml::chooseLanguage(QStringLiteral("en"), "ko"), Language::English);
        QCOMPARE(MyPageHtml::chooseLanguage(QStringLiteral("ko"), "en-US"), Language::Korean);
        QCOMPARE(MyPageHtml::chooseLanguage(QString(), "en-US,en;q=0.9"), Language::English);
        QCOMPARE(MyPageHtml::chooseLanguage(QString(), "fr, en;q=0.5, ko;q=0.8"), Language::Korean);
        QCOMPARE(MyPageHtml::chooseLanguage(QString(), "fr-FR"), Language::Korean);
        QCOMPARE(MyPageHtml::chooseLanguage(QStringLiteral("de"), QByteArray()), Language::Korean);
    }

    void formIsPlainHtmlWithLabels()
    {
        const QString html = MyPageHtml(Language::English).render({});
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
        QVERIFY(html.contains(QLatin1String("name=\"viewport\"")));
        QVERIFY(html.contains(QLatin1String("<form method=\"get\" action=\"/mypage\">")));
        QVERIFY(html.contains(QLatin1String("<label for=\"code\">")));
        QVERIFY(html.contains(QLatin1String("<label for=\"birthDate\">")));
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!html.contains(QLatin1String("id=\"state\"")));
    }

    void answerShowsStateVaccineAndDatesEscaped()
    {
        MyPageHtml::Page page;
        page.outcome = MyPageHtml::Outcome::Found;
        page.code = QStringLiteral("\"><script>%1");
        page.booking = booking();
        const QString html = MyPageHtml(Language::English).render(page);
        QVERIFY(html.contains(QLatin1String("data-state=\"INJECTED\">Injected</span>")));
        QVERIFY(html.contains(QLatin1String("Pfizer &lt;b&gt;&amp;&lt;/b&gt;")));
        QVERIFY(html.contains(QLatin1String("December 2, 2026 10:00")));
        QVERIFY(html.contains(QLatin1String("value=\"&quot;&gt;&lt;script&gt;%1\"")));
        QVERIFY(!html.contains(QLatin1String("<script>")));

        const QString korean = MyPageHtml(Language::Korean).render(page);
        QVERIFY(korean.contains(QLatin1String("<html lang=\"ko\">")));
        QVERIFY(korean.contains(QStringLiteral("접종 완료")));
        QVERIFY(korean.contains(QStringLiteral("2026년 12월 2일")));
    }

    void messagesForNotFoundAndTooMany()
    {
        MyPageHtml::Page page;
        page.outcome = MyPageHtml::Outcome::NotFound;
        QVERIFY(MyPageHtml(Language::English).render(page).contains(QLatin1String("role=\"alert\"")));
        page.outcome = MyPageHtml::Outcome::TooManyRequests;
        page.retryAfterSeconds = 7;
        QVERIFY(MyPageHtml(Language::English).render(page).contains(QLatin1String("7 seconds")));
    }
};

QTEST_GUILESS_MAIN(TestMyPageHtml)
#include "test_mypage_html.moc"

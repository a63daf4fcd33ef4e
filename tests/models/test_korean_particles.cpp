#include "models/domain/KoreanParticles.h"
#include "models/domain/Refusal.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QTest>

// Particles fitted to the word's last syllable, number or letter.
class TestKoreanParticles : public QObject
{
    Q_OBJECT

private slots:
    void endings_data();
    void endings();
    void fitted_data();
    void fitted();
    void refusalsComeFitted();
};

void TestKoreanParticles::endings_data()
{
    using Ending = KoreanParticles::Ending;
    QTest::addColumn<QString>("word");
    QTest::addColumn<Ending>("ending");
    QTest::newRow("batchim") << QStringLiteral("홍길동") << Ending::Consonant;
    QTest::newRow("no batchim") << QStringLiteral("화이자") << Ending::Vowel;
    QTest::newRow("rieul") << QStringLiteral("서울") << Ending::Rieul;
    QTest::newRow("1 il") << QStringLiteral("1") << Ending::Rieul;
    QTest::newRow("2 i") << QStringLiteral("2") << Ending::Vowel;
    QTest::newRow("3 sam") << QStringLiteral("3") << Ending::Consonant;
    QTest::newRow("4 sa") << QStringLiteral("4") << Ending::Vowel;
    QTest::newRow("6 yuk") << QStringLiteral("6") << Ending::Consonant;
    QTest::newRow("8 pal") << QStringLiteral("8") << Ending::Rieul;
    QTest::newRow("9 gu") << QStringLiteral("9") << Ending::Vowel;
    QTest::newRow("0 yeong") << QStringLiteral("0") << Ending::Consonant;
    QTest::newRow("10 sip") << QStringLiteral("10") << Ending::Consonant;
    QTest::newRow("1000 cheon") << QStringLiteral("1000") << Ending::Consonant;
    QTest::newRow("10^12 jo") << QStringLiteral("1000000000000") << Ending::Vowel;
    QTest::newRow("date") << QStringLiteral("2026-12-22") << Ending::Vowel;
    QTest::newRow("code") << QStringLiteral("7NYW") << Ending::Vowel;
    QTest::newRow("acronym L") << QStringLiteral("URL") << Ending::Rieul;
    QTest::newRow("acronym M") << QStringLiteral("RAM") << Ending::Consonant;
    QTest::newRow("letter N") << QStringLiteral("N") << Ending::Consonant;
    QTest::newRow("word m") << QStringLiteral("admin") << Ending::Consonant;
    QTest::newRow("word vowel") << QStringLiteral("server") << Ending::Vowel;
    QTest::newRow("word l") << QStringLiteral("vial") << Ending::Rieul;
    QTest::newRow("quoted") << QStringLiteral("\"홍길동\"") << Ending::Consonant;
    QTest::newRow("bracket") << QStringLiteral("events[3]") << Ending::Consonant;
    QTest::newRow("empty") << QString() << Ending::Unknown;
    QTest::newRow("symbol") << QStringLiteral("#") << Ending::Unknown;
}

void TestKoreanParticles::endings()
{
    QFETCH(QString, word);
    QFETCH(KoreanParticles::Ending, ending);
    QCOMPARE(KoreanParticles::endingOf(word), ending);
}

void TestKoreanParticles::fitted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("i/ga consonant") << QStringLiteral("예약 홍길동이(가) 취소")
                                    << QStringLiteral("예약 홍길동이 취소");
    QTest::newRow("i/ga vowel") << QStringLiteral("예약 7NYW이(가) 취소")
                                << QStringLiteral("예약 7NYW가 취소");
    QTest::newRow("eul/reul") << QStringLiteral("직원 kim을(를) 추가") << QStringLiteral("직원 kim을 추가");
    QTest::newRow("eun/neun") << QStringLiteral("화이자은(는)") << QStringLiteral("화이자는");
    QTest::newRow("gwa/wa") << QStringLiteral("서버과(와) 서울와(과)") << QStringLiteral("서버와 서울과");
    QTest::newRow("euro rieul") << QStringLiteral("서울(으)로, 1(으)로") << QStringLiteral("서울로, 1로");
    QTest::newRow("euro consonant") << QStringLiteral("2026-12-20(으)로") << QStringLiteral("2026-12-20으로");
    QTest::newRow("euro vowel") << QStringLiteral("2026-12-22(으)로") << QStringLiteral("2026-12-22로");
    QTest::newRow("quoted") << QStringLiteral("\"010-1234-5678\"이(가)")
                            << QStringLiteral("\"010-1234-5678\"이");
    QTest::newRow("empty word") << QStringLiteral("이(가) 없습니다") << QStringLiteral("이(가) 없습니다");
    QTest::newRow("english") << QStringLiteral("Lot (A) of 2") << QStringLiteral("Lot (A) of 2");
    QTest::newRow("empty") << QString() << QString();
}

void TestKoreanParticles::fitted()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(KoreanParticles::fitted(text), expected);
}

void TestKoreanParticles::refusalsComeFitted()
{
    Translations::install(qApp, QLocale(QLocale::Korean));
    // "이 백신의 로트 %1이(가) 없습니다."
    const QString consonant = Refusal::make(RefusalCode::UnknownLot, QStringLiteral("A1")).message;
    const QString vowel = Refusal::make(RefusalCode::UnknownLot, QStringLiteral("A2")).message;
    Translations::install(qApp, QLocale(QLocale::English));
    QVERIFY2(consonant.contains(QStringLiteral("A1이 ")), qPrintable(consonant));
    QVERIFY2(vowel.contains(QStringLiteral("A2가 ")), qPrintable(vowel));
    QVERIFY(!consonant.contains(QStringLiteral("(가)")));
}

QTEST_GUILESS_MAIN(TestKoreanParticles)
#include "test_korean_particles.moc"

#include "models/domain/LocalTimeZone.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

#include <time.h>

// Pinning TZ to the system's zone file must not move any local time: only how often glibc
// looks at the file changes.
class TestLocalTimeZone : public QObject
{
    Q_OBJECT

private:
    static QList<qint64> conversions()
    {
        QList<qint64> millis;
        for (const char *local : {"2026-01-15T09:30:00", "2026-07-15T09:30:00", "2026-03-29T02:30:00"})
            millis.append(QDateTime::fromString(QLatin1String(local), Qt::ISODate).toMSecsSinceEpoch());
        return millis;
    }

private Q_SLOTS:
    void pinningKeepsEveryLocalTime()
    {
        qunsetenv("TZ");
        const QList<qint64> before = conversions();
        LocalTimeZone::pin();
        QCOMPARE(qgetenv("TZ"), QByteArray(":/etc/localtime"));
        QCOMPARE(conversions(), before);
    }

    // The pin takes effect at once: a zone file nine hours east of UTC moves local 09:30 to 00:30 UTC.
    void thePinnedZoneIsTheOneUsed()
    {
        const QByteArray seoul =
            QByteArrayLiteral("/usr/share/zoneinfo/Asia/Seoul"); // tzdata, installed by the scripts
        QVERIFY2(QFile::exists(QString::fromLatin1(seoul)), "tzdata is missing");
        qunsetenv("TZ");
        LocalTimeZone::pin(seoul);
        const QDateTime local = QDateTime::fromString(QStringLiteral("2026-01-15T09:30:00"), Qt::ISODate);
        QCOMPARE(local.toUTC().time(), QTime(0, 30));
        qunsetenv("TZ");
        tzset();
    }

    void anExplicitZoneIsLeftAlone()
    {
        qputenv("TZ", QByteArrayLiteral("Asia/Seoul"));
        LocalTimeZone::pin();
        QCOMPARE(qgetenv("TZ"), QByteArray("Asia/Seoul"));
        qunsetenv("TZ");
    }
};

QTEST_GUILESS_MAIN(TestLocalTimeZone)
#include "test_local_time_zone.moc"

#include "models/LocalTimeZone.h"

#include <QDateTime>
#include <QTest>

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

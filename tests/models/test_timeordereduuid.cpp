#include "models/domain/TimeOrderedUuid.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QThread>

#include <vector>

class TestTimeOrderedUuid : public QObject
{
    Q_OBJECT

private slots:
    void layoutFollowsRfc9562()
    {
        const QUuid id = TimeOrderedUuid::fromParts(0x0123456789AB, 0xFFFF, ~quint64(0));
        QCOMPARE(TimeOrderedUuid::text(id), QStringLiteral("01234567-89ab-7fff-bfff-ffffffffffff"));
        QCOMPARE(TimeOrderedUuid::text(id), id.toString(QUuid::WithoutBraces));
        QCOMPARE(TimeOrderedUuid::unixMs(id), qint64(0x0123456789AB));
        const QUuid low = TimeOrderedUuid::fromParts(1, 0, 0);
        QCOMPARE(TimeOrderedUuid::text(low), QStringLiteral("00000000-0001-7000-8000-000000000000"));
        QCOMPARE(low.variant(), QUuid::DCE);
    }

    void otherVersionsHaveNoTime()
    {
        QCOMPARE(TimeOrderedUuid::unixMs(QUuid::createUuid()), qint64(-1));
        QCOMPARE(TimeOrderedUuid::unixMs(QUuid()), qint64(-1));
    }

    void carriesTheCurrentTime()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QUuid id = TimeOrderedUuid::create();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(TimeOrderedUuid::unixMs(id) >= before);
        // Ids borrow a millisecond only after 2,048 in one; never in this test.
        QVERIFY(TimeOrderedUuid::unixMs(id) <= after + 1);
    }

    // The text sorts as the ids were made: that is what keeps index inserts at the end.
    void strictlyIncreasingTextWithinOneMillisecond()
    {
        QString previous = TimeOrderedUuid::createText();
        for (int i = 0; i < 20000; ++i) {
            const QString next = TimeOrderedUuid::createText();
            QVERIFY2(previous < next, qPrintable(previous + QLatin1String(" >= ") + next));
            QCOMPARE(next.size(), 36);
            previous = next;
        }
    }

    void uniqueAcrossThreads()
    {
        constexpr int kThreads = 4, kEach = 5000;
        std::vector<QStringList> made(kThreads);
        std::vector<QThread *> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.push_back(QThread::create([&made, t] {
                QString previous;
                for (int i = 0; i < kEach; ++i) {
                    made[size_t(t)].append(TimeOrderedUuid::createText());
                    if (made[size_t(t)].last() <= previous)
                        made[size_t(t)].append(QString()); // out of order: caught below
                    previous = made[size_t(t)].last();
                }
            }));
            threads.back()->start();
        }
        QSet<QString> all;
        for (int t = 0; t < kThreads; ++t) {
            QVERIFY(threads[size_t(t)]->wait());
            delete threads[size_t(t)];
            QCOMPARE(made[size_t(t)].size(), kEach);
            for (const QString &id : made[size_t(t)])
                all.insert(id);
        }
        QCOMPARE(all.size(), kThreads * kEach);
    }
};

QTEST_GUILESS_MAIN(TestTimeOrderedUuid)
#include "test_timeordereduuid.moc"

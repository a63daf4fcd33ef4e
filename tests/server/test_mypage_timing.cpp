#include "EnrolledDevice.h"
#include "EventMaker.h"
#include "server/auth/Credentials.h"
#include "server/auth/RateLimiter.h"
#include "server/mypage/MyPageController.h"
#include "server/store/SqliteServerStore.h"
#include "sync/protocol/Enrollment.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// Issue 14 point 4: MyPage does the same work for an unknown code as for a known code with a
// wrong birth date (or a code locked by wrong birth dates), so the time of a 404 does not tell
// which codes exist. Measured in process on the controller, medians of alternating samples, so
// the network's and the machine's noise hit both alike.
class TestMyPageTiming : public QObject
{
    Q_OBJECT

private:
    static qint64 median(QList<qint64> samples)
    {
        std::sort(samples.begin(), samples.end());
        return samples.at(samples.size() / 2);
    }

private Q_SLOTS:
    void anUnknownCodeCostsWhatAWrongBirthDateCosts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SqliteServerStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("server.db"))), qPrintable(store.errorMessage()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString site = store.addSite(QStringLiteral("Seoul"), now);
        const DeviceRecord device = enrolledDevice(&store, site, now);
        EventMaker maker(device.id, site);
        const QString vaccine = EventMaker::newId();
        QString booking, code;
        const QList<EventResult> results = store.pushEvents(
            device,
            {maker.registerVaccine(vaccine, QStringLiteral("V")),
             maker.receive(vaccine, QStringLiteral("L1"), 5),
             maker.book(vaccine, QStringLiteral("Kim"), QStringLiteral("01012345678"), &booking, &code)},
            now);
        QCOMPARE(results.last().status, EventStatus::Accepted);

        RateLimiter addresses(1'000'000, 1'000'000);
        RateLimiter wrongDates(1'000'000, 1'000'000); // never locks: the wrong date's own path
        MyPageController controller(&store, &addresses, &wrongDates, MyPageController::Format::Json);
        const auto ask = [&](const QString &askedCode) {
            ApiRequest request;
            request.path = QStringLiteral("/v1/mypage");
            request.query = QUrlQuery(QStringLiteral("code=%1&birthDate=1990-01-01").arg(askedCode));
            request.remoteAddress = QHostAddress(QStringLiteral("192.0.2.1"));
            QElapsedTimer timer;
            timer.start();
            const ApiResponse response = controller.handle(request);
            const qint64 elapsed = timer.nsecsElapsed();
            if (response.status != 404)
                qFatal("expected 404, got %d", response.status);
            return elapsed;
        };
        QList<qint64> unknown, wrong;
        for (int i = 0; i < 200; ++i) { // warm up caches and prepared statements
            ask(QStringLiteral("ZZZZ9999"));
            ask(code);
        }
        for (int i = 0; i < 3000; ++i) {
            unknown.append(ask(QStringLiteral("ZZZZ9999")));
            wrong.append(ask(code));
        }
        const double ratio = double(median(wrong)) / double(median(unknown));
        qInfo() << "median ns: unknown code" << median(unknown) << "wrong birth date" << median(wrong)
                << "ratio" << ratio;
        QVERIFY2(ratio < 1.25 && ratio > 0.8, qPrintable(QString::number(ratio)));
    }
};

QTEST_GUILESS_MAIN(TestMyPageTiming)
#include "test_mypage_timing.moc"

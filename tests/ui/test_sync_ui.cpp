#include "TestDesk.h"
#include "models/domain/IsoText.h"
#include "models/sqlite/Database.h"
#include "models/store/ConflictStore.h"
#include "translations/Translations.h"
#include "ui/pages/SyncPage.h"
#include "ui/widgets/SyncStatusLabel.h"

#include <QApplication>
#include <QInputDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

// What the desk shows of sync: the status bar's words and the Sync page's conflicts.
class TestSyncUi : public QObject
{
    Q_OBJECT

    static SyncStatus online(qint64 waiting)
    {
        SyncStatus status;
        status.server = QStringLiteral("https://sync.example");
        status.waiting = waiting;
        return status;
    }
    static SyncRound round(SyncRound::Outcome outcome)
    {
        SyncRound r;
        r.outcome = outcome;
        return r;
    }
    static QDateTime today(int hour, int minute)
    {
        return QDateTime(QDate::currentDate(), QTime(hour, minute));
    }

    // Answers the reason dialog once it opens.
    static void answerReason(const QString &reason)
    {
        QTimer::singleShot(0, [reason] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QInputDialog *>(widget); dialog && dialog->isVisible()) {
                    dialog->setTextValue(reason);
                    dialog->accept();
                    return;
                }
            }
            QFAIL("no reason dialog");
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(qApp, QLocale(QLocale::English));
    }

    void theStatusBarSaysWhereTheDeskStands()
    {
        SyncStatusLabel label;
        QCOMPARE(label.text(), QStringLiteral("Standalone (not connected to a server)"));

        label.setStatus(online(0));
        label.setRound(round(SyncRound::Outcome::Done));
        label.setOfflineSince({});
        QCOMPARE(label.text(), QStringLiteral("Online"));

        label.setRoundStarted();
        QCOMPARE(label.text(), QStringLiteral("Syncing..."));
        label.setProgress(2400, 10000);
        QCOMPARE(label.text(), QStringLiteral("Syncing 2,400 of 10,000"));
        label.setProgress(10000, 10000);
        QCOMPARE(label.text(), QStringLiteral("Syncing 10,000 of 10,000"));
        label.setReceived(1500); // then the feed, page by page
        QCOMPARE(label.text(), QStringLiteral("Syncing, 1,500 changes received"));
        label.setRound(round(SyncRound::Outcome::Done));
        QCOMPARE(label.text(), QStringLiteral("Online"));
        label.setRoundStarted(); // the next round starts from nothing
        QCOMPARE(label.text(), QStringLiteral("Syncing..."));
        label.setProgress(600, 1200);
        QCOMPARE(label.text(), QStringLiteral("Syncing 600 of 1,200"));

        SyncStatus waiting = online(37);
        waiting.lastSync = IsoText::utcMillis(today(10, 41));
        label.setRound(round(SyncRound::Outcome::Unreachable));
        label.setOfflineSince(today(10, 42));
        label.setStatus(waiting);
        QCOMPARE(label.text(),
                 QStringLiteral("Offline since 10:42, 37 changes waiting; availability as of 10:41"));

        label.setRound(round(SyncRound::Outcome::Done));
        label.setOfflineSince({});
        QCOMPARE(label.text(), QStringLiteral("Online, 37 changes waiting"));

        label.setRound(round(SyncRound::Outcome::Revoked));
        QCOMPARE(label.text(), QStringLiteral("Stopped: this desk was removed from the server"));

        label.setStatus(SyncStatus());
        QCOMPARE(label.text(), QStringLiteral("Standalone (not connected to a server)"));
    }

    void theSyncPageListsConflictsAndResolvesOneWithAReason()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        qint64 id = 0;
        {
            WriteTransaction transaction(desk.store.database());
            ConflictStore::Row row;
            row.eventId = QStringLiteral("0190a000-0000-7000-8000-000000000001");
            row.eventType = QStringLiteral("Booked");
            row.sequence = 1;
            row.reason = QStringLiteral("no_rights");
            row.message = QStringLiteral("The site had no dose left.");
            row.at = IsoText::utcMillis(desk.clock.now());
            id = ConflictStore(desk.store.database()).record(row, {});
            transaction.commit();
        }
        SyncPage page(&desk.store, desk.commands.get());
        page.setStatus(online(0));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.conflictsView();
        QCOMPARE(view->model()->rowCount(), 1);
        // Words and sentences, not the codes the server and the database keep.
        QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Booking"));
        QCOMPARE(view->model()->index(0, 2).data().toString(),
                 QStringLiteral("This desk held no right to book this vaccine."));
        QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("The site had no dose left."));

        view->setCurrentIndex(view->model()->index(0, 0));
        answerReason(QString()); // no reason: nothing resolved
        QVERIFY(!page.resolveSelected(true));
        QCOMPARE(ConflictStore(desk.store.database()).openCount(), 1);

        answerReason(QStringLiteral("Called the other desk: the customer came here"));
        QVERIFY(page.resolveSelected(true));
        QCOMPARE(ConflictStore(desk.store.database()).openCount(), 0);
        const std::optional<ConflictStore::Row> resolved = ConflictStore(desk.store.database()).byId(id);
        QVERIFY(resolved);
        QCOMPARE(resolved->resolution, QStringLiteral("ours"));
        QCOMPARE(resolved->resolutionReason, QStringLiteral("Called the other desk: the customer came here"));
        QCOMPARE(view->model()->rowCount(), 0);
        // Audited as the person at the desk, with the conflict, the choice and the reason.
        const AuditEntry audit = desk.store.audit()->page({}, 0, 1).first();
        QCOMPARE(audit.action, QStringLiteral("conflict-resolved"));
        QCOMPARE(audit.staffName, QStringLiteral("test"));
        QVERIFY2(audit.subject.contains(QString::number(id)) &&
                     audit.subject.contains(QStringLiteral("ours")) &&
                     audit.subject.contains(QStringLiteral("the customer came here")),
                 qPrintable(audit.subject));
    }

    void syncNowAsksForARound()
    {
        TestDesk desk;
        QVERIFY(desk.open());
        SyncPage page(&desk.store, desk.commands.get());
        QSignalSpy requested(&page, &SyncPage::syncRequested);
        page.setStatus(online(3));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *button = page.findChild<QPushButton *>(QStringLiteral("syncNowButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(requested.size(), 2);

        page.setStatus(SyncStatus()); // standalone: nothing to sync with
        QVERIFY(!button->isEnabled());
    }
};

QTEST_MAIN(TestSyncUi)
#include "test_sync_ui.moc"

#pragma once

#include "sync/SyncRound.h"
#include "sync/SyncStatus.h"

#include <QDateTime>
#include <QWidget>

class DeskCommands;
class LocalStore;
class QAction;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

// Where the desk stands with the server: the address, the changes waiting, the rights and the
// unsettled sureties per vaccine, the last sync and since when it is offline (from SyncWorker's
// signals), "Sync now", and the open conflicts (ConflictStore; their codes in words, ConflictText)
// with a way to resolve the selected one, keeping this desk's version or taking the server's, with
// a reason (DeskCommands::resolveConflict, audited). Threading: the GUI thread, on the GUI's own
// connection.
class SyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    // Conflicts are resolved through `commands`, as the signed-in person (audited).
    SyncPage(LocalStore *store, DeskCommands *commands, QWidget *parent = nullptr);

    void setServerUrl(const QString &url);
    QAction *syncNowAction() const { return m_syncNow; }
    QTableView *conflictsView() const { return m_conflictsView; }
    // Resolves the selected conflict, asking for the reason; false when nothing was resolved.
    bool resolveSelected(bool keepOurs);

public slots:
    void reload();
    void setStatus(const SyncStatus &status);
    void setRound(const SyncRound &round);
    void setOfflineSince(const QDateTime &since);

signals:
    void syncRequested();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showStatus();
    void loadConflicts();
    QString timeText(const QString &iso) const;
    QString standaloneReason() const;

    LocalStore *m_store = nullptr;
    DeskCommands *m_commands = nullptr;
    QString m_serverUrl;
    SyncStatus m_status;
    bool m_haveStatus = false;
    SyncRound m_round;
    bool m_haveRound = false;
    QDateTime m_offlineSince;
    QLabel *m_statusText = nullptr;
    QStandardItemModel *m_rights = nullptr;
    QTableView *m_rightsView = nullptr;
    QAction *m_syncNow = nullptr;
    QPushButton *m_syncNowButton = nullptr;
    QLabel *m_conflictsLabel = nullptr;
    QStandardItemModel *m_conflicts = nullptr;
    QTableView *m_conflictsView = nullptr;
    QPushButton *m_keepOurs = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    bool m_stale = true;
};

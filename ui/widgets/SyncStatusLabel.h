#pragma once

#include "sync/SyncRound.h"
#include "sync/SyncStatus.h"

#include <QDateTime>
#include <QLabel>

// The sync state in the status bar, in plain words: standalone, online, syncing (with how far a
// long push or pull has got), offline since when with how many changes waiting and the time availability
// was last confirmed, or stopped because the server removed the desk. Fed by SyncWorker's
// signals; never a dialog. Threading: the GUI thread.
class SyncStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusLabel)

public:
    explicit SyncStatusLabel(QWidget *parent = nullptr);

public slots:
    void setStatus(const SyncStatus &status);
    void setRoundStarted();
    void setProgress(int done, int total);
    // Feed entries read so far: the feed does not say how many are left.
    void setReceived(int entries);
    void setRound(const SyncRound &round);
    void setOfflineSince(const QDateTime &since);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    QString describe() const;
    QString timeText(const QDateTime &local) const;

    SyncStatus m_status;
    SyncRound::Outcome m_outcome = SyncRound::Outcome::Done;
    bool m_syncing = false;
    int m_done = 0;
    int m_total = 0;
    int m_received = 0;
    QDateTime m_offlineSince;
};

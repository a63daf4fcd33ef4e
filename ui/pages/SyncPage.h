#pragma once

#include <QWidget>

class LocalStore;
class QLabel;
class QStandardItemModel;
class QTableView;

// Where sync status and conflicts live. Today the desk runs standalone and owns all rights; the sync
// layer (its own issue) fills the status from its signals and the conflict list from the conflicts it
// raises (two desks that booked one customer while apart, injections recorded as overrides).
class SyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    explicit SyncPage(LocalStore *store, QWidget *parent = nullptr);

    void setServerUrl(const QString &url);

public slots:
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    LocalStore *m_store = nullptr;
    QString m_serverUrl;
    QLabel *m_status = nullptr;
    QLabel *m_conflictsLabel = nullptr;
    QStandardItemModel *m_conflicts = nullptr;
    QTableView *m_conflictsView = nullptr;
    bool m_stale = true;
};

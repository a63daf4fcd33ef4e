#include "ui/pages/SyncPage.h"

#include "models/domain/DatabaseError.h"
#include "models/store/LocalStore.h"
#include "ui/widgets/TableViews.h"

#include <QEvent>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

SyncPage::SyncPage(LocalStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("syncPage"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_conflictsLabel = new QLabel(this);
    m_conflicts = new QStandardItemModel(0, 4, this);
    m_conflictsView = TableViews::make(m_conflicts, QStringLiteral("conflictsView"), this);
    m_conflictsLabel->setBuddy(m_conflictsView);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addWidget(m_conflictsLabel);
    layout->addWidget(m_conflictsView, 1);
    setFocusProxy(m_conflictsView);
    retranslate();
}

void SyncPage::setServerUrl(const QString &url)
{
    m_serverUrl = url;
    reload();
}

void SyncPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void SyncPage::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    qint64 waiting = 0;
    try {
        waiting = m_store->outbox()->pendingCount();
    } catch (const DatabaseError &error) {
        m_status->setText(tr("The database could not be read: %1").arg(error.message()));
        return;
    }
    if (m_serverUrl.isEmpty()) {
        m_status->setText(tr("This desk works standalone: no server is set, so it owns every dose it "
                             "books. %n change(s) are kept for when a server is set (Settings).",
                             nullptr, int(waiting)));
    } else {
        m_status->setText(tr("Server: %1. Syncing with it is not switched on in this version yet; "
                             "%n change(s) are waiting and none is lost.",
                             nullptr, int(waiting))
                              .arg(m_serverUrl));
    }
}

void SyncPage::retranslate()
{
    m_conflictsLabel->setText(tr("&Conflicts to resolve (none while the desk works alone):"));
    m_conflicts->setHorizontalHeaderLabels({tr("When"), tr("Booking"), tr("What happened"), tr("Desks")});
    reload();
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

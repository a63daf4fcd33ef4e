#include "ui/pages/SyncPage.h"

#include "models/commands/DeskCommands.h"
#include "models/domain/ConflictText.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/KoreanParticles.h"
#include "models/domain/ShownDate.h"
#include "models/store/ConflictStore.h"
#include "models/store/LocalStore.h"
#include "ui/ShortcutNotices.h"
#include "ui/StoreError.h"
#include "ui/widgets/TableViews.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

SyncPage::SyncPage(LocalStore *store, DeskCommands *commands, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_commands(commands)
{
    setObjectName(QStringLiteral("syncPage"));
    m_statusText = new QLabel(this);
    m_statusText->setObjectName(QStringLiteral("syncStatus"));
    m_statusText->setWordWrap(true);
    m_statusText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_rights = new QStandardItemModel(0, 3, this);
    m_rightsView = TableViews::make(m_rights, QStringLiteral("rightsView"), this);
    m_rightsView->setMaximumHeight(140);

    m_syncNow = new QAction(this);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_syncNow, &QAction::triggered, this, [this] {
        // Before the page was first shown the action is enabled even on a standalone desk, where
        // nothing listens for the request: say why instead.
        if (!m_haveStatus) {
            try {
                m_status = SyncStatus::read(m_store);
            } catch (const DatabaseError &) {
                // Asked for all the same: the worker, if any, reports the database.
            }
        }
        if (m_status.standalone()) {
            emit statusMessage(standaloneReason());
            return;
        }
        emit syncRequested();
    });
    addAction(m_syncNow);
    m_syncNowButton = new QPushButton(this);
    m_syncNowButton->setObjectName(QStringLiteral("syncNowButton"));
    connect(m_syncNowButton, &QPushButton::clicked, m_syncNow, &QAction::trigger);

    m_conflictsLabel = new QLabel(this);
    m_conflicts = new QStandardItemModel(0, 4, this);
    m_conflictsView = TableViews::make(m_conflicts, QStringLiteral("conflictsView"), this);
    m_conflictsLabel->setBuddy(m_conflictsView);
    m_keepOurs = new QPushButton(this);
    m_keepOurs->setObjectName(QStringLiteral("keepOursButton"));
    connect(m_keepOurs, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    m_takeTheirs = new QPushButton(this);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolveSelected(false); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_statusText, 1);
    top->addWidget(m_syncNowButton, 0, Qt::AlignTop);
    auto *resolve = new QHBoxLayout;
    resolve->addStretch(1);
    resolve->addWidget(m_keepOurs);
    resolve->addWidget(m_takeTheirs);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_rightsView);
    layout->addSpacing(12);
    layout->addWidget(m_conflictsLabel);
    layout->addWidget(m_conflictsView, 1);
    layout->addLayout(resolve);
    setFocusProxy(m_conflictsView);
    retranslate();
}

void SyncPage::setServerUrl(const QString &url)
{
    m_serverUrl = url;
    reload();
}

void SyncPage::setStatus(const SyncStatus &status)
{
    m_status = status;
    m_haveStatus = true;
    reload();
}

void SyncPage::setRound(const SyncRound &round)
{
    m_round = round;
    m_haveRound = true;
    reload(); // the round may have raised conflicts
}

void SyncPage::setOfflineSince(const QDateTime &since)
{
    m_offlineSince = since;
    showStatus();
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
    if (!m_haveStatus) {
        // No worker (a standalone desk) or none reported yet: read it here.
        try {
            m_status = SyncStatus::read(m_store);
        } catch (const DatabaseError &error) {
            m_statusText->setText(StoreError::forStaff(error.message()));
            return;
        }
    }
    showStatus();
    loadConflicts();
}

QString SyncPage::timeText(const QString &iso) const
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        return iso;
    return ShownDate::minute(when);
}

void SyncPage::showStatus()
{
    const int waiting = int(m_status.waiting);
    QStringList lines;
    const QString server = m_status.server.isEmpty() ? m_serverUrl : m_status.server;
    if (m_status.standalone()) {
        lines << tr("This desk works standalone: no server is set, so it owns every dose it books. "
                    "%n change(s) are kept for when a server is set (Settings).",
                    nullptr, waiting);
    } else {
        lines << tr("Server: %1").arg(server);
        lines << tr("%n change(s) waiting to be sent.", nullptr, waiting);
        lines << (m_status.lastSync.isEmpty() ? tr("Last sync: not yet.")
                                              : tr("Last sync: %1.").arg(timeText(m_status.lastSync)));
        if (!m_offlineSince.isNull())
            lines << tr("Offline since %1; the desk keeps working with the rights it holds.")
                         .arg(ShownDate::minute(m_offlineSince));
        if (m_haveRound && !m_round.done() && !m_round.message.isEmpty())
            lines << m_round.message;
    }
    m_statusText->setText(KoreanParticles::fitted(lines.join(QLatin1Char('\n'))));
    m_syncNow->setEnabled(!m_status.standalone());
    ShortcutNotices::setReason(m_syncNow, standaloneReason()); // said when pressed all the same
    m_syncNowButton->setEnabled(!m_status.standalone());

    // Vaccine names from the GUI's own connection; the worker's status holds ids only.
    QMap<QString, QString> names;
    try {
        for (const StockLevel &level : m_store->stock()->levels())
            names.insert(level.vaccineId, level.vaccineName);
    } catch (const DatabaseError &) {
        // Ids then; the conflicts below report the database.
    }
    m_rights->removeRows(0, m_rights->rowCount());
    QStringList vaccines = m_status.rights.keys();
    for (const QString &id : m_status.sureties.keys()) {
        if (!vaccines.contains(id))
            vaccines << id;
    }
    for (const QString &id : vaccines) {
        auto *name = new QStandardItem(names.value(id, id));
        auto *rights = new QStandardItem(QLocale().toString(m_status.rights.value(id)));
        auto *sureties = new QStandardItem(QLocale().toString(m_status.sureties.value(id)));
        for (QStandardItem *item : {name, rights, sureties})
            item->setEditable(false);
        m_rights->appendRow({name, rights, sureties});
    }
}

QString SyncPage::standaloneReason() const
{
    return tr("This desk works standalone: there is no server to sync with until one is set in "
              "Settings.");
}

void SyncPage::loadConflicts()
{
    m_conflicts->removeRows(0, m_conflicts->rowCount());
    QList<ConflictStore::Row> rows;
    try {
        rows = ConflictStore(m_store->database()).open();
    } catch (const DatabaseError &error) {
        emit statusMessage(StoreError::forStaff(error.message()));
        return;
    }
    for (const ConflictStore::Row &row : rows) {
        QList<QStandardItem *> items{
            new QStandardItem(timeText(row.at)), new QStandardItem(ConflictText::eventType(row.eventType)),
            new QStandardItem(ConflictText::reason(row.reason)), new QStandardItem(row.message)};
        for (QStandardItem *item : items)
            item->setEditable(false);
        items.first()->setData(row.id, kIdRole);
        m_conflicts->appendRow(items);
    }
    const bool any = !rows.isEmpty();
    m_keepOurs->setEnabled(any);
    m_takeTheirs->setEnabled(any);
}

bool SyncPage::resolveSelected(bool keepOurs)
{
    const QModelIndex current = m_conflictsView->currentIndex();
    if (!current.isValid())
        return false;
    const qint64 id = m_conflicts->index(current.row(), 0).data(kIdRole).toLongLong();
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("conflictReasonDialog"));
    dialog.setWindowTitle(keepOurs ? tr("Keep this desk's version") : tr("Take the server's version"));
    dialog.setLabelText(tr("Why? (kept with the conflict)"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString reason = dialog.textValue().trimmed();
    if (reason.isEmpty()) {
        emit statusMessage(tr("Not resolved: a reason is needed."));
        return false;
    }
    const CommandResult result = m_commands->resolveConflict(
        id, keepOurs ? ConflictStore::Resolution::KeepOurs : ConflictStore::Resolution::TakeTheirs, reason);
    if (result.status == CommandResult::Status::Failed) {
        emit statusMessage(StoreError::forStaff(result.error));
        return false;
    }
    const bool resolved = result.isDone();
    emit statusMessage(resolved ? tr("Conflict resolved.") : tr("That conflict was resolved already."));
    m_haveStatus = false; // the open count changed: read it again
    reload();
    return resolved;
}

void SyncPage::retranslate()
{
    m_syncNow->setText(tr("Sync &now"));
    m_syncNowButton->setText(
        tr("Sync now (%1)").arg(m_syncNow->shortcut().toString(QKeySequence::NativeText)));
    m_rights->setHorizontalHeaderLabels({tr("Vaccine"), tr("Rights held"), tr("Sureties not yet settled")});
    m_conflictsLabel->setText(tr("&Conflicts to resolve:"));
    m_conflicts->setHorizontalHeaderLabels({tr("When"), tr("Type"), tr("Reason"), tr("What happened")});
    m_keepOurs->setText(tr("&Keep ours..."));
    m_takeTheirs->setText(tr("&Take theirs..."));
    ShortcutNotices::setReason(m_syncNow, standaloneReason()); // reload() may wait for the page's showing
    reload();
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

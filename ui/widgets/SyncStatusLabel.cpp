#include "ui/widgets/SyncStatusLabel.h"

#include "models/domain/KoreanParticles.h"
#include "models/domain/ShownDate.h"

#include <QEvent>
#include <QLocale>

SyncStatusLabel::SyncStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatusLabel"));
    updateText();
}

void SyncStatusLabel::setStatus(const SyncStatus &status)
{
    m_status = status;
    updateText();
}

void SyncStatusLabel::setRoundStarted()
{
    m_syncing = true;
    m_done = 0;
    m_total = 0;
    m_received = 0;
    updateText();
}

void SyncStatusLabel::setProgress(int done, int total)
{
    m_syncing = true;
    m_done = done;
    m_total = total;
    updateText();
}

void SyncStatusLabel::setReceived(int entries)
{
    m_syncing = true;
    m_received = entries;
    updateText();
}

void SyncStatusLabel::setRound(const SyncRound &round)
{
    m_syncing = false;
    m_outcome = round.outcome;
    setToolTip(KoreanParticles::fitted(round.message));
    updateText();
}

void SyncStatusLabel::setOfflineSince(const QDateTime &since)
{
    m_offlineSince = since;
    updateText();
}

void SyncStatusLabel::updateText()
{
    setText(describe());
}

QString SyncStatusLabel::timeText(const QDateTime &when) const
{
    const QDateTime local = when.toLocalTime();
    if (local.date() == QDate::currentDate())
        return ShownDate::time(local);
    return ShownDate::minute(local);
}

QString SyncStatusLabel::describe() const
{
    using Outcome = SyncRound::Outcome;
    if (m_status.standalone())
        return tr("Standalone (not connected to a server)");
    if (m_outcome == Outcome::Revoked)
        return tr("Stopped: this desk was removed from the server");
    if (m_outcome == Outcome::NotEnrolled)
        return tr("Stopped: this desk is not enrolled with its server");
    const int waiting = int(m_status.waiting);
    if (m_syncing) {
        if (m_received > 0) // the pull comes after the push
            return tr("Syncing, %Ln change(s) received", nullptr, m_received);
        if (m_total > 0) {
            const QLocale locale;
            return tr("Syncing %1 of %2").arg(locale.toString(m_done), locale.toString(m_total));
        }
        return tr("Syncing...");
    }
    if (!m_offlineSince.isNull()) {
        QString text =
            tr("Offline since %1, %n change(s) waiting", nullptr, waiting).arg(timeText(m_offlineSince));
        const QDateTime confirmed = QDateTime::fromString(m_status.lastSync, Qt::ISODateWithMs);
        if (confirmed.isValid())
            text += tr("; availability as of %1").arg(timeText(confirmed));
        return text;
    }
    if (m_outcome == Outcome::StoreFailed)
        return tr("Not synced this time; the desk will try again (see the Sync page)");
    if (waiting > 0)
        return tr("Online, %n change(s) waiting", nullptr, waiting);
    return tr("Online");
}

void SyncStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QLabel::changeEvent(event);
}

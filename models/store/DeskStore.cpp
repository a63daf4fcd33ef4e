#include "models/store/DeskStore.h"

#include "models/domain/DatabaseError.h"
#include "models/sqlite/Database.h"
#include "models/store/BookingStore.h"
#include "models/store/OutboxStore.h"
#include "models/store/StockStore.h"

DeskIdentity DeskStore::identity() const
{
    QSqlQuery &query =
        m_db->prepared(QStringLiteral("SELECT device_id, site_id, site_name FROM desk WHERE id = 1"));
    Database::exec(query);
    if (!query.next())
        throw DatabaseError(QStringLiteral("the desk row is missing"));
    DeskIdentity identity{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    query.finish();
    return identity;
}

void DeskStore::setSiteName(const QString &siteName)
{
    QSqlQuery &update = m_db->prepared(QStringLiteral("UPDATE desk SET site_name = ? WHERE id = 1"));
    update.addBindValue(siteName);
    Database::exec(update);
}

bool DeskStore::adoptIdentity(const QString &deviceId, const QString &siteId, const QString &serverUrl)
{
    if (!this->serverUrl().isEmpty())
        return false;
    const DeskIdentity old = identity();
    StockStore(m_db, old.siteId).moveToSite(siteId);
    BookingStore(m_db).adoptIdentity(old.deviceId, deviceId, old.siteId, siteId);
    OutboxStore(m_db).adoptIdentity(old.deviceId, deviceId, old.siteId, siteId);
    QSqlQuery &update = m_db->prepared(
        QStringLiteral("UPDATE desk SET device_id = ?, site_id = ?, server_url = ? WHERE id = 1"));
    update.addBindValue(deviceId);
    update.addBindValue(siteId);
    update.addBindValue(serverUrl);
    Database::exec(update);
    return true;
}

QString DeskStore::tokenFile() const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT token_file FROM desk WHERE id = 1"));
    Database::exec(query);
    const QString path = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return path;
}

void DeskStore::setTokenFile(const QString &path)
{
    QSqlQuery &update = m_db->prepared(QStringLiteral("UPDATE desk SET token_file = ? WHERE id = 1"));
    update.addBindValue(path.isEmpty() ? QVariant() : QVariant(path));
    Database::exec(update);
}

QString DeskStore::serverUrl() const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT server_url FROM desk WHERE id = 1"));
    Database::exec(query);
    const QString url = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return url;
}

void DeskStore::acknowledgeThrough(qint64 sequence)
{
    QSqlQuery &through = m_db->prepared(QStringLiteral(
        "UPDATE desk SET acknowledged_through = max(acknowledged_through, :sequence) WHERE id = 1"));
    through.bindValue(QStringLiteral(":sequence"), sequence);
    Database::exec(through);
}

qint64 DeskStore::feedCursor() const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT feed_cursor FROM desk WHERE id = 1"));
    Database::exec(query);
    const qint64 cursor = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return cursor;
}

void DeskStore::setFeedCursor(qint64 cursor)
{
    if (cursor < feedCursor())
        throw DatabaseError(QStringLiteral("the feed cursor cannot move back to %1").arg(cursor));
    QSqlQuery &update = m_db->prepared(QStringLiteral("UPDATE desk SET feed_cursor = ? WHERE id = 1"));
    update.addBindValue(cursor);
    Database::exec(update);
}

QString DeskStore::lastSyncAt() const
{
    QSqlQuery &query = m_db->prepared(QStringLiteral("SELECT last_sync_at FROM desk WHERE id = 1"));
    Database::exec(query);
    const QString at = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return at;
}

void DeskStore::setLastSyncAt(const QString &at)
{
    QSqlQuery &update = m_db->prepared(QStringLiteral("UPDATE desk SET last_sync_at = ? WHERE id = 1"));
    update.addBindValue(at);
    Database::exec(update);
}

#pragma once

#include "models/sqlite/Database.h"
#include "server/store/ServerSchema.h"
#include "server/store/ServerStore.h"
#include "server/store/SqliteEventLog.h"
#include "server/store/SqliteRightsStore.h"

// ServerStore on one SQLite file (the default backend: nothing to install). Sites, devices and
// enrollment codes live here; events and the feed in SqliteEventLog. Every write is one
// BEGIN IMMEDIATE transaction, so the CLI and a running server can share the file.
// Threading: the thread that called open().
class SqliteServerStore final : public ServerStore
{
    Q_DISABLE_COPY_MOVE(SqliteServerStore)

public:
    SqliteServerStore() = default;

    bool open(const QString &path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing)
    {
        return m_db.open(path, mode, ServerSchema::spec());
    }
    void close() { m_db.close(); }
    QString errorMessage() const { return m_db.errorMessage(); }
    // For what is SQLite's own and not the store's interface: ServerVerifier.
    Database *database() { return &m_db; }

    QString storageName() const override { return QStringLiteral("sqlite"); }
    QString addSite(const QString &name, const QDateTime &now) override;
    bool siteExists(const QString &siteId) override;
    void addEnrollmentCode(const QByteArray &codeHash, const QString &siteId, const QDateTime &now,
                           const QDateTime &expiresAt) override;
    EnrollOutcome enroll(const QByteArray &codeHash, const QString &deviceName, const QByteArray &tokenHash,
                         const QDateTime &now) override;
    std::optional<DeviceRecord> deviceByToken(const QByteArray &tokenHash) override;
    QList<DeviceRecord> devices() override;
    bool revokeDevice(const QString &deviceId, const QDateTime &now) override;
    QList<EventResult> pushEvents(const DeviceRecord &device, const QList<Event> &events,
                                  const QDateTime &receivedAt) override;
    qint64 lastSequence() override { return m_events.lastSequence(); }
    FeedPage feed(const QString &siteId, qint64 after, int limit) override;
    QJsonObject feedJson(const QString &siteId, qint64 after, int limit) override;
    QByteArray feedBody(const QString &siteId, qint64 after, int limit) override;
    RightsOutcome requestRights(const DeviceRecord &device, const RightsRequest &request,
                                const QDateTime &now) override;
    QMap<QString, qint64> deviceRights(const QString &deviceId) override;
    std::optional<MyPageView> lookupBooking(const QString &code) override;
    std::optional<MyPageView> lookupBooking(const QString &code, const QDate &birthDate) override;
    bool bookingCodeExists(const QString &code) override;

private:
    std::optional<MyPageView> lookup(const QString &code, const QDate *birthDate);

    Database m_db;
    SqliteEventLog m_events{&m_db};
    SqliteRightsStore m_rights{&m_db, &m_events};
};

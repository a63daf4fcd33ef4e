#pragma once

#include "server/store/ServerStore.h"

class SqliteServerStore;

// A ServerStore that hands every call to the real SQLite store: the base of the server-side
// mutants, each of which changes one call (InProcessServer::StoreFront puts it in front).
class ForwardingServerStore : public ServerStore
{
    Q_DISABLE_COPY_MOVE(ForwardingServerStore)

public:
    explicit ForwardingServerStore(SqliteServerStore *inner)
        : m_inner(inner)
    {}

    QString storageName() const override;
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
    qint64 lastSequence() override;
    FeedPage feed(const QString &siteId, qint64 after, int limit) override;
    QJsonObject feedJson(const QString &siteId, qint64 after, int limit) override;
    QByteArray feedBody(const QString &siteId, qint64 after, int limit) override;
    RightsOutcome requestRights(const DeviceRecord &device, const RightsRequest &request,
                                const QDateTime &now) override;
    QMap<QString, qint64> deviceRights(const QString &deviceId) override;
    std::optional<MyPageView> lookupBooking(const QString &code) override;
    std::optional<MyPageView> lookupBooking(const QString &code, const QDate &birthDate) override;
    bool bookingCodeExists(const QString &code) override;

protected:
    SqliteServerStore *inner() const { return m_inner; }

private:
    SqliteServerStore *m_inner = nullptr;
};

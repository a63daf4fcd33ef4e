#include "ForwardingServerStore.h"

#include "server/store/SqliteServerStore.h"

QString ForwardingServerStore::storageName() const
{
    return m_inner->storageName();
}

QString ForwardingServerStore::addSite(const QString &name, const QDateTime &now)
{
    return m_inner->addSite(name, now);
}

bool ForwardingServerStore::siteExists(const QString &siteId)
{
    return m_inner->siteExists(siteId);
}

void ForwardingServerStore::addEnrollmentCode(const QByteArray &codeHash, const QString &siteId,
                                              const QDateTime &now, const QDateTime &expiresAt)
{
    m_inner->addEnrollmentCode(codeHash, siteId, now, expiresAt);
}

EnrollOutcome ForwardingServerStore::enroll(const QByteArray &codeHash, const QString &deviceName,
                                            const QByteArray &tokenHash, const QDateTime &now)
{
    return m_inner->enroll(codeHash, deviceName, tokenHash, now);
}

std::optional<DeviceRecord> ForwardingServerStore::deviceByToken(const QByteArray &tokenHash)
{
    return m_inner->deviceByToken(tokenHash);
}

QList<DeviceRecord> ForwardingServerStore::devices()
{
    return m_inner->devices();
}

bool ForwardingServerStore::revokeDevice(const QString &deviceId, const QDateTime &now)
{
    return m_inner->revokeDevice(deviceId, now);
}

QList<EventResult> ForwardingServerStore::pushEvents(const DeviceRecord &device, const QList<Event> &events,
                                                     const QDateTime &receivedAt)
{
    return m_inner->pushEvents(device, events, receivedAt);
}

qint64 ForwardingServerStore::lastSequence()
{
    return m_inner->lastSequence();
}

FeedPage ForwardingServerStore::feed(const QString &siteId, qint64 after, int limit)
{
    return m_inner->feed(siteId, after, limit);
}

QJsonObject ForwardingServerStore::feedJson(const QString &siteId, qint64 after, int limit)
{
    return m_inner->feedJson(siteId, after, limit);
}

QByteArray ForwardingServerStore::feedBody(const QString &siteId, qint64 after, int limit)
{
    return m_inner->feedBody(siteId, after, limit);
}

RightsOutcome ForwardingServerStore::requestRights(const DeviceRecord &device, const RightsRequest &request,
                                                   const QDateTime &now)
{
    return m_inner->requestRights(device, request, now);
}

QMap<QString, qint64> ForwardingServerStore::deviceRights(const QString &deviceId)
{
    return m_inner->deviceRights(deviceId);
}

std::optional<MyPageView> ForwardingServerStore::lookupBooking(const QString &code)
{
    return m_inner->lookupBooking(code);
}

std::optional<MyPageView> ForwardingServerStore::lookupBooking(const QString &code, const QDate &birthDate)
{
    return m_inner->lookupBooking(code, birthDate);
}

bool ForwardingServerStore::bookingCodeExists(const QString &code)
{
    return m_inner->bookingCodeExists(code);
}

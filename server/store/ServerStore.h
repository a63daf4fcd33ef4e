#pragma once

#include "models/domain/Event.h"
#include "server/mypage/MyPageView.h"
#include "server/store/DeviceRecord.h"
#include "server/store/RightsOutcome.h"
#include "sync/protocol/EventResult.h"
#include "sync/protocol/FeedPage.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

enum class EnrollStatus { Enrolled, UnknownCode, UsedCode, ExpiredCode };

struct EnrollOutcome
{
    EnrollStatus status = EnrollStatus::UnknownCode;
    DeviceRecord device; // filled when Enrolled
};

// Everything the server keeps, behind one interface so a PostgreSQL backend can sit beside the
// SQLite one. Every method is its own transaction and throws DatabaseError when storage fails
// (the HTTP layer answers 500, or 503 when the store is busy). Secrets arrive hashed
// (Credentials::hash): no implementation ever sees a token or an enrollment code.
class ServerStore
{
public:
    virtual ~ServerStore() = default;

    virtual QString storageName() const = 0; // "sqlite", for /v1/health

    virtual QString addSite(const QString &name, const QDateTime &now) = 0;
    virtual bool siteExists(const QString &siteId) = 0;
    virtual void addEnrollmentCode(const QByteArray &codeHash, const QString &siteId, const QDateTime &now,
                                   const QDateTime &expiresAt) = 0;
    // Uses the code once: the device row and the code's use commit together.
    virtual EnrollOutcome enroll(const QByteArray &codeHash, const QString &deviceName,
                                 const QByteArray &tokenHash, const QDateTime &now) = 0;
    virtual std::optional<DeviceRecord> deviceByToken(const QByteArray &tokenHash) = 0;
    virtual QList<DeviceRecord> devices() = 0;
    // False when there is no such device. Revoking twice keeps the first time. The device's
    // unspent rights go back to its site's pools in the same transaction.
    virtual bool revokeDevice(const QString &deviceId, const QDateTime &now) = 0;

    // Applies a batch from `device`, in order, in one write transaction: each event gets its
    // server sequence in the transaction that stores it. The caller has checked that every
    // event is the device's own and for its site.
    virtual QList<EventResult> pushEvents(const DeviceRecord &device, const QList<Event> &events,
                                          const QDateTime &receivedAt) = 0;
    // The highest server sequence taken so far (0 when none): no desk's feed cursor can be past it.
    virtual qint64 lastSequence() = 0;
    // Accepted events of `siteId` plus the whole vaccine catalogue, in server order.
    virtual FeedPage feed(const QString &siteId, qint64 after, int limit) = 0;
    // The page as GET /v1/events sends it: the same entries plus the server's own (SuretyReleased),
    // which FeedPage's models Event cannot hold.
    virtual QJsonObject feedJson(const QString &siteId, qint64 after, int limit) = 0;
    // The same page as the bytes of its JSON, ProtocolJson::serialize(feedJson(...)) exactly,
    // made without decoding the stored entries.
    virtual QByteArray feedBody(const QString &siteId, qint64 after, int limit) = 0;

    // Escrow (SPEC 3.1). A rights request is answered once and stored with its answer, in one
    // write transaction; the caller has checked that it is for the device's site.
    virtual RightsOutcome requestRights(const DeviceRecord &device, const RightsRequest &request,
                                        const QDateTime &now) = 0;
    virtual QMap<QString, qint64> deviceRights(const QString &deviceId) = 0; // vaccine -> rights

    // MyPage: the booking with this (normalised) code, of any site; nullopt when there is none.
    virtual std::optional<MyPageView> lookupBooking(const QString &code) = 0;
    // The booking with this code and this birth date (an invalid date matches none). A miss does
    // the same work whether the code exists or not: MyPage's 404s must not differ in time.
    virtual std::optional<MyPageView> lookupBooking(const QString &code, const QDate &birthDate) = 0;
    virtual bool bookingCodeExists(const QString &code) = 0;
};

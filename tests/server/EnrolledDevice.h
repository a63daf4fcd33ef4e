#pragma once

#include "server/auth/Credentials.h"
#include "server/store/ServerStore.h"

#include <QDateTime>
#include <QString>

// A device of `siteId` enrolled straight in a store, with a fresh one-time code and token, as
// the store tests need one before they push (the HTTP way is ProtocolDesk's).
inline DeviceRecord enrolledDevice(ServerStore *store, const QString &siteId, const QDateTime &now)
{
    const QString code = Credentials::newEnrollmentCode();
    store->addEnrollmentCode(Credentials::hash(code), siteId, now, now.addSecs(3600));
    return store
        ->enroll(Credentials::hash(code), QStringLiteral("desk"), Credentials::hash(Credentials::newToken()),
                 now)
        .device;
}

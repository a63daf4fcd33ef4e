#pragma once

#include <QDateTime>
#include <QString>

// An enrolled desk as the server knows it. The token itself is never stored, only its hash.
struct DeviceRecord
{
    QString id;
    QString siteId;
    QString name;
    QDateTime enrolledAt;
    QDateTime revokedAt; // invalid while the device may sync

    bool isRevoked() const { return revokedAt.isValid(); }
};

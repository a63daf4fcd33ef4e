#pragma once

#include "models/domain/Role.h"

#include <QDateTime>
#include <QString>

// A staff account as the desk shows it. The password hash stays in StaffStore.
struct Staff
{
    QString id; // UUID
    QString username;
    QString displayName;
    Roles roles;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime createdAt;
};

#pragma once

#include <QDateTime>
#include <QString>

struct WriteOff
{
    QString vaccineId;
    int quantity = 0;
    QString reason;
    QDateTime at;
};

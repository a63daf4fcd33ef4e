#pragma once

#include <QString>

struct Vaccine
{
    QString id; // a UUID, shared by every desk once the catalogue syncs
    QString name;
    QString manufacturer;
};

#pragma once

#include <QDate>
#include <QString>

// A person being vaccinated. Personal health data: never logged.
// Rule 5 identifies a customer by name + birth date or phone + birth date.
struct Customer
{
    QString name;
    QDate birthDate;
    QString phone; // digits only, as normalised by Validation::normalisePhone
};

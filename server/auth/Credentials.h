#pragma once

#include <QByteArray>
#include <QString>

// The server's secrets: bearer tokens (256 random bits from the system generator) and
// one-time enrollment codes (100 bits, in groups a person can read out). Only their
// SHA-256 (hex) is ever stored or compared.
class Credentials final
{
public:
    static QString newToken();          // base64url without padding, 43 characters
    static QString newEnrollmentCode(); // XXXXX-XXXXX-XXXXX-XXXXX from BookingCode's alphabet
    static QByteArray hash(const QString &secret);
};

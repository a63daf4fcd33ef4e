#pragma once

#include <QString>

// Argon2id password hashes (libsodium). The encoded hash carries its own salt and
// parameters, so it is the only thing stored, and a hash made at one strength still
// verifies after the default changes. Passwords are never logged or kept.
class PasswordHasher final
{
public:
    // Interactive is libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE (the desk); Minimal exists so
    // tests do not spend 64 MB and a fraction of a second per hash.
    enum class Strength { Interactive, Minimal };

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    // Empty when libsodium failed (out of memory).
    QString hash(const QString &password) const;
    bool verify(const QString &hash, const QString &password) const;

private:
    unsigned long long m_opsLimit = 0;
    size_t m_memLimit = 0;
};

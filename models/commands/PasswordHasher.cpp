#include "models/commands/PasswordHasher.h"

#include <QByteArray>

#include <sodium.h>

namespace {
bool sodiumReady()
{
    // sodium_init() is thread-safe and idempotent; the static runs it once per process.
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

PasswordHasher::PasswordHasher(Strength strength)
{
    if (strength == Strength::Interactive) {
        m_opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        m_memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    } else {
        m_opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        m_memLimit = crypto_pwhash_MEMLIMIT_MIN;
    }
}

QString PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady())
        return QString();
    QByteArray bytes = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, bytes.constData(), size_t(bytes.size()), m_opsLimit, m_memLimit,
                                         crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    if (rc != 0)
        return QString();
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray encoded = hash.toLatin1();
    QByteArray bytes = password.toUtf8();
    const bool ok =
        crypto_pwhash_str_verify(encoded.constData(), bytes.constData(), size_t(bytes.size())) == 0;
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return ok;
}

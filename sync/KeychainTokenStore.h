#pragma once

#include "sync/TokenStore.h"

#include <QCoreApplication>

namespace QKeychain {
class Job;
}

// The token in the system keychain through QtKeychain (the Secret Service on Linux: GNOME
// Keyring, KWallet), under the service name "Anticorona" and the device id as key. QtKeychain's
// jobs are asynchronous; each call here runs its job to completion in a local QEventLoop on the
// calling thread (the sync engine's or the CLI's), bounded by a timeout so a keychain that never
// answers gives an error, not a hang. QtKeychain's insecure fallback (a plain-text QSettings
// file) stays off.
class KeychainTokenStore final : public TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainTokenStore)

public:
    static constexpr int defaultTimeoutMs = 30000;

    explicit KeychainTokenStore(const QString &service = QStringLiteral("Anticorona"),
                                int timeoutMs = defaultTimeoutMs);

    TokenResult read(const QString &deviceId) override;
    TokenResult write(const QString &deviceId, const QString &token) override;
    TokenResult remove(const QString &deviceId) override;
    QString description() const override;

    // Is a keychain answering here? Writes, reads back and deletes a probe entry, so enrollment
    // can refuse, saying why, before it spends a one-time code.
    TokenResult probe() override;

private:
    struct Outcome;
    Outcome run(QKeychain::Job *job);
    QString failure(const Outcome &outcome) const;

    QString m_service;
    int m_timeoutMs = defaultTimeoutMs;
};

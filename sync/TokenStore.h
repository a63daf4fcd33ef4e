#pragma once

#include "sync/TokenResult.h"

// Where the desk's bearer token lives, keyed by its device id. Never QSettings, the database,
// a log or a command line (issue 12): the system keychain (KeychainTokenStore) or a private file
// the person chose (FileTokenStore). Each call finishes before it returns, on the calling thread.
class TokenStore
{
public:
    virtual ~TokenStore() = default;

    virtual TokenResult read(const QString &deviceId) = 0;
    virtual TokenResult write(const QString &deviceId, const QString &token) = 0;
    // Removing a token that is not there is no error.
    virtual TokenResult remove(const QString &deviceId) = 0;
    // Can the token be kept here? Asked before enrollment spends its one-time code, so a store
    // that cannot keep it refuses, saying why, while the code is still good.
    virtual TokenResult probe() = 0;
    // Which store holds the token, for people: "the system keychain", "the file /home/...".
    virtual QString description() const = 0;
};

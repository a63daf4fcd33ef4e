#pragma once

#include "models/domain/Refusal.h"
#include "models/domain/Staff.h"

#include <optional>

class Clock;
class LocalStore;
struct Actor;
class PasswordHasher;

// Sign-in at the desk. An unknown username and a wrong password get the same answer, so
// the desk does not tell a guesser which usernames exist. `maxAttempts` wrong passwords in
// a row lock the account for `lockSeconds` (by the injected clock); a successful sign-in
// clears the count. Every attempt writes an audit line ("sign-in", "sign-in-failed",
// "locked" when the count locks the account, "sign-in-locked" for an attempt while it is) in its
// own write transaction, and so do the ends of a session (signedOut, deskLocked). Threading: the thread that
// opened the store.
class Authenticator final
{
public:
    static constexpr int kDefaultMaxAttempts = 5;
    static constexpr int kDefaultLockSeconds = 5 * 60;

    struct Result
    {
        std::optional<Staff> staff; // set when signed in
        Refusal refusal;            // set otherwise; code None with no staff means the database failed
        QString error;              // the database's message when it failed

        bool isSignedIn() const { return staff.has_value(); }
    };

    Authenticator(LocalStore *store, const Clock *clock, const PasswordHasher *hasher,
                  int maxAttempts = kDefaultMaxAttempts, int lockSeconds = kDefaultLockSeconds);

    Result signIn(const QString &username, const QString &password);
    // Audit lines for the end of someone's session: "sign-out", and "desk-locked" with the subject
    // "idle" or "manual". False (and logged) when the database failed: the desk locks anyway.
    bool signedOut(const Actor &actor);
    bool deskLocked(const Actor &actor, bool idle);

private:
    bool record(const Actor &actor, const QString &action, const QString &subject);

    Result attempt(const QString &username, const QString &password);

    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
    const PasswordHasher *m_hasher = nullptr;
    int m_maxAttempts = kDefaultMaxAttempts;
    int m_lockSeconds = kDefaultLockSeconds;
};

#include "models/commands/Authenticator.h"

#include "models/commands/PasswordHasher.h"
#include "models/domain/Actor.h"
#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/ShownDate.h"
#include "models/store/LocalStore.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "anticorona.auth")

namespace {
// What the audit names for an attempt on an unknown username: never what was typed. A password
// typed or pasted into the username field is an unknown username, and many passwords have a
// username's shape (letters and digits): the trail would keep it in clear.
QString unknownUsername()
{
    return QStringLiteral("?");
}
} // namespace

Authenticator::Authenticator(LocalStore *store, const Clock *clock, const PasswordHasher *hasher,
                             int maxAttempts, int lockSeconds)
    : m_store(store)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_maxAttempts(maxAttempts)
    , m_lockSeconds(lockSeconds)
{}

Authenticator::Result Authenticator::signIn(const QString &username, const QString &password)
{
    try {
        return attempt(username, password);
    } catch (const DatabaseError &error) {
        qCWarning(lcAuth) << "sign-in failed in the database:" << error.message();
        return Result{std::nullopt, {}, error.message()};
    }
}

bool Authenticator::signedOut(const Actor &actor)
{
    return record(actor, QStringLiteral("sign-out"), QString());
}

bool Authenticator::deskLocked(const Actor &actor, bool idle)
{
    return record(actor, QStringLiteral("desk-locked"),
                  idle ? QStringLiteral("idle") : QStringLiteral("manual"));
}

bool Authenticator::record(const Actor &actor, const QString &action, const QString &subject)
{
    try {
        WriteTransaction transaction(m_store->database());
        m_store->audit()->append(actor, action, subject, m_clock->now());
        transaction.commit();
        return true;
    } catch (const DatabaseError &error) {
        qCWarning(lcAuth) << action << "was not audited:" << error.message();
        return false;
    }
}

Authenticator::Result Authenticator::attempt(const QString &username, const QString &password)
{
    const QDateTime now = m_clock->now();
    const auto staff = m_store->staff()->byUsername(username.trimmed());
    // The hash is checked outside the write transaction: Argon2 takes a while and must not
    // hold the database's write lock meanwhile.
    const bool locked = staff && staff->lockedUntil.isValid() && staff->lockedUntil > now;
    const bool passwordOk =
        staff && !locked && m_hasher->verify(m_store->staff()->passwordHash(staff->id), password);

    WriteTransaction transaction(m_store->database());
    AuditStore *audit = m_store->audit();
    Result result;
    if (!staff) {
        audit->append(Actor{QString(), unknownUsername(), Roles()}, QStringLiteral("sign-in-failed"),
                      unknownUsername(), now);
        result.refusal = Refusal::make(RefusalCode::BadCredentials);
    } else if (locked) {
        audit->append(Actor::of(*staff), QStringLiteral("sign-in-locked"), staff->username, now);
        result.refusal = Refusal::make(RefusalCode::AccountLocked, ShownDate::time(staff->lockedUntil));
    } else if (!passwordOk) {
        const int attempts = m_store->staff()->addFailedAttempt(staff->id);
        audit->append(Actor::of(*staff), QStringLiteral("sign-in-failed"), staff->username, now);
        if (attempts >= m_maxAttempts) {
            const QDateTime until = now.addSecs(m_lockSeconds);
            m_store->staff()->resetAttempts(staff->id, until);
            audit->append(Actor::of(*staff), QStringLiteral("locked"), staff->username, now);
            result.refusal = Refusal::make(RefusalCode::AccountLocked, ShownDate::time(until));
        } else {
            result.refusal = Refusal::make(RefusalCode::BadCredentials);
        }
    } else if (!staff->active) {
        audit->append(Actor::of(*staff), QStringLiteral("sign-in-failed"), staff->username, now);
        result.refusal = Refusal::make(RefusalCode::AccountInactive);
    } else {
        m_store->staff()->resetAttempts(staff->id);
        audit->append(Actor::of(*staff), QStringLiteral("sign-in"), staff->username, now);
        Staff signedIn = *staff;
        signedIn.failedAttempts = 0;
        signedIn.lockedUntil = QDateTime();
        result.staff = signedIn;
    }
    transaction.commit();
    return result;
}

#include "models/commands/ClinicSetup.h"

#include "models/commands/PasswordHasher.h"
#include "models/domain/Actor.h"
#include "models/domain/Clock.h"
#include "models/domain/DatabaseError.h"
#include "models/domain/Rules.h"
#include "models/domain/Validation.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSetup, "anticorona.setup")

ClinicSetup::ClinicSetup(LocalStore *store, const Clock *clock, const PasswordHasher *hasher)
    : m_store(store)
    , m_clock(clock)
    , m_hasher(hasher)
{}

bool ClinicSetup::needsSetup() const
{
    return m_store->staff()->count() == 0;
}

CommandResult ClinicSetup::createClinic(const QString &siteName, const QString &adminUsername,
                                        const QString &displayName, const QString &password, Roles roles)
{
    const QString username = adminUsername.trimmed();
    for (const Refusal &r : {Rules::checkSiteName(siteName), Rules::checkUsername(username),
                             Validation::checkName(displayName), Rules::checkPassword(password)}) {
        if (r.isRefused())
            return CommandResult::refused(r);
    }
    // Hashed before the transaction: Argon2 must not hold the write lock.
    const QString hash = m_hasher->hash(password);
    if (hash.isEmpty())
        return CommandResult::failed(QStringLiteral("the password could not be hashed"));
    try {
        WriteTransaction transaction(m_store->database());
        if (!needsSetup())
            return CommandResult::refused(Refusal::make(RefusalCode::AlreadySetUp));
        DeskStore(m_store->database()).setSiteName(siteName.trimmed());

        Staff admin;
        admin.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        admin.username = username;
        admin.displayName = displayName.trimmed();
        admin.roles = roles | Role::Administrator;
        admin.createdAt = m_clock->now();
        m_store->staff()->insert(admin, hash);
        m_store->audit()->append(Actor::of(admin), QStringLiteral("clinic-created"), siteName.trimmed(),
                                 m_clock->now());
        transaction.commit();
        m_store->reloadIdentity();
        return CommandResult::done(admin.id, 0);
    } catch (const DatabaseError &error) {
        qCWarning(lcSetup) << "clinic setup failed:" << error.message();
        return CommandResult::failed(error.message());
    }
}

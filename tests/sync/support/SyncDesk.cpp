#include "SyncDesk.h"

#include "InProcessServer.h"
#include "models/domain/Actor.h"
#include "models/sqlite/Database.h"
#include "models/store/DeskStore.h"
#include "models/store/Verifier.h"
#include "server/store/ServerVerifier.h"
#include "server/store/SqliteServerStore.h"
#include "sync/protocol/Enrollment.h"

#include <QDebug>
#include <QJsonDocument>

StockLevel SyncDesk::level(const QString &vaccineId) const
{
    return store->stock()->level(vaccineId).value_or(StockLevel());
}

bool SyncDesk::verified() const
{
    const QStringList problems = Verifier(store->database()).run();
    if (!problems.isEmpty())
        qWarning() << name << problems;
    return problems.isEmpty();
}

bool SyncDesk::reopen()
{
    engine.reset();
    commands.reset();
    store = std::make_unique<LocalStore>();
    if (!store->open(path))
        return false;
    commands = std::make_unique<DeskCommands>(store.get(), clock, Actor::system(name));
    engine = std::make_unique<SyncEngine>(store.get(), transport, clock);
    engine->setToken(token);
    engine->setRightsSettings(rights);
    return true;
}

std::unique_ptr<SyncDesk> SyncDesk::enroll(InProcessServer *server, const QString &siteId,
                                           const QString &path, const QString &name, SyncTransport *transport,
                                           const Clock *clock, const RightsSettings &rights)
{
    auto desk = std::make_unique<SyncDesk>();
    desk->path = path;
    desk->name = name;
    desk->transport = transport;
    desk->clock = clock;
    desk->rights = rights;
    if (!desk->reopen())
        return nullptr;
    const QString code = server->makeEnrollmentCode(siteId);
    const TransportReply reply =
        server->exchange({"POST",
                          QStringLiteral("/v1/devices/enroll"),
                          QJsonDocument(EnrollRequest{code, name}.toJson()).toJson(QJsonDocument::Compact),
                          {}});
    QString error;
    const std::optional<EnrollAnswer> answer =
        EnrollAnswer::fromJson(QJsonDocument::fromJson(reply.body).object(), &error);
    if (reply.status != 200 || !answer)
        return nullptr;
    WriteTransaction transaction(desk->store->database());
    if (!DeskStore(desk->store->database())
             .adoptIdentity(answer->deviceId, answer->siteId, QStringLiteral("http://in-process")))
        return nullptr;
    transaction.commit();
    desk->token = answer->token;
    return desk->reopen() ? std::move(desk) : nullptr;
}

EscrowAudit serverAudit(InProcessServer *server, const QString &siteId, const QString &vaccineId)
{
    return ServerVerifier(server->store()->database()).audit(siteId, vaccineId);
}

Customer testCustomer(int n)
{
    return Customer{QStringLiteral("Kim %1").arg(n), QDate(1980, 1, 1).addDays(n),
                    QStringLiteral("010%1").arg(10000000 + n)};
}

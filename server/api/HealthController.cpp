#include "server/api/HealthController.h"

#include "server/store/ServerStore.h"
#include "sync/protocol/ProtocolJson.h"

#include <QCoreApplication>

ApiResponse HealthController::handle(const ApiRequest &)
{
    return ApiResponse::json({{QStringLiteral("status"), QStringLiteral("ok")},
                              {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                              {QStringLiteral("protocol"), ProtocolJson::kVersion},
                              {QStringLiteral("storage"), m_store->storageName()}});
}

#include "server/HealthController.h"

#include "server/ServerStore.h"
#include "sync/ProtocolJson.h"

#include <QCoreApplication>

ApiResponse HealthController::handle(const ApiRequest &)
{
    return ApiResponse::json({{QStringLiteral("status"), QStringLiteral("ok")},
                              {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                              {QStringLiteral("protocol"), ProtocolJson::kVersion},
                              {QStringLiteral("storage"), m_store->storageName()}});
}

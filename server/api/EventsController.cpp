#include "server/api/EventsController.h"

#include "models/domain/Clock.h"
#include "server/store/ServerStore.h"
#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/EventBatch.h"
#include "sync/protocol/ProtocolJson.h"

ApiResponse EventsController::handle(const ApiRequest &request)
{
    QString error;
    const std::optional<QJsonObject> json = ProtocolJson::parseObject(request.body, &error);
    if (!json)
        return ApiResponse::error(400, ErrorCode::BadJson, error);
    const std::optional<EventBatch> batch = EventBatch::fromJson(*json, &error);
    if (!batch)
        return ApiResponse::error(400, ErrorCode::BadRequest, error);
    for (qsizetype i = 0; i < batch->events.size(); ++i) {
        const Event &event = batch->events.at(i);
        if (event.siteId != request.device.siteId)
            return ApiResponse::error(403, ErrorCode::Forbidden,
                                      tr("events[%1] is for site %2; this device belongs to site %3.")
                                          .arg(i)
                                          .arg(event.siteId, request.device.siteId));
        if (event.deviceId != request.device.id)
            return ApiResponse::error(
                403, ErrorCode::Forbidden,
                tr("events[%1] was made by device %2; a device pushes only its own events.")
                    .arg(i)
                    .arg(event.deviceId));
    }
    BatchAnswer answer;
    answer.results = m_store->pushEvents(request.device, batch->events, m_clock->now());
    answer.rights = m_store->deviceRights(request.device.id); // SPEC 4: the desk's current rights
    ApiResponse response;
    response.contentType = QByteArrayLiteral("application/json");
    response.rawBody = answer.serialize(); // the same bytes as answer.toJson(), written directly
    return response;
}

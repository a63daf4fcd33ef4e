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
    // Sequences only grow, so a cursor within this bound stays within it until the batch applies.
    const qint64 lastSequence = m_store->lastSequence();
    for (qsizetype i = 0; i < batch->events.size(); ++i) {
        const Event &event = batch->events.at(i);
        // A cursor the server never reached is a report nobody made; believed, it would release
        // sureties before the holder saw their injections.
        if (event.feedCursor > lastSequence)
            return ApiResponse::error(400, ErrorCode::BadRequest,
                                      tr("events[%1].feedCursor %2 is beyond the server's last sequence %3.")
                                          .arg(i)
                                          .arg(event.feedCursor)
                                          .arg(lastSequence));
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

#include "server/api/RightsController.h"

#include "models/domain/Clock.h"
#include "server/store/ServerStore.h"
#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/ProtocolJson.h"
#include "sync/protocol/RightsRequest.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRights, "anticorona.server.rights")

ApiResponse RightsController::handle(const ApiRequest &request)
{
    QString error;
    const std::optional<QJsonObject> json = ProtocolJson::parseObject(request.body, &error);
    if (!json)
        return ApiResponse::error(400, ErrorCode::BadJson, error);
    const std::optional<RightsRequest> rights = RightsRequest::fromJson(*json, &error);
    if (!rights)
        return ApiResponse::error(400, ErrorCode::BadRequest, error);
    if (rights->siteId != request.device.siteId)
        return ApiResponse::error(403, ErrorCode::Forbidden,
                                  tr("This request is for site %1; this device belongs to site %2.")
                                      .arg(rights->siteId, request.device.siteId));

    // As for pushed events: a cursor the server never reached would release sureties early.
    if (const qint64 last = m_store->lastSequence(); rights->feedCursor > last)
        return ApiResponse::error(
            400, ErrorCode::BadRequest,
            tr("feedCursor %1 is beyond the server's last sequence %2.").arg(rights->feedCursor).arg(last));
    const RightsOutcome outcome = m_store->requestRights(request.device, *rights, m_clock->now());
    switch (outcome.status) {
    case RightsStatus::NotYet: {
        ApiResponse response = ApiResponse::error(
            409, ErrorCode::NotYet,
            tr("The server has applied %1 of this device's events, not yet the %2 this return waits for; "
               "push them and send the same request again.")
                .arg(outcome.eventsApplied)
                .arg(rights->eventsMade));
        response.body.insert(QStringLiteral("eventsApplied"), outcome.eventsApplied);
        return response;
    }
    case RightsStatus::RequestIdReused:
        return ApiResponse::error(
            409, ErrorCode::RequestIdReused,
            tr("The request id %1 was answered before for a different request.").arg(rights->requestId));
    case RightsStatus::Answered:
        break;
    }
    qCInfo(lcRights).noquote() << RightsRequest::actionName(outcome.answer.action) << "vaccine"
                               << outcome.answer.vaccineId << "requested" << outcome.answer.requested
                               << "moved" << outcome.answer.moved;
    QJsonObject body = outcome.answer.toJson();
    if (outcome.answer.action == RightsAction::Refill)
        body.insert(QStringLiteral("feed"), outcome.feedJson); // with the server's own entries
    return ApiResponse::json(body);
}

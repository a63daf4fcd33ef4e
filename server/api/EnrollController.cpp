#include "server/api/EnrollController.h"

#include "models/domain/Clock.h"
#include "server/auth/Credentials.h"
#include "server/store/ServerStore.h"
#include "sync/protocol/Enrollment.h"
#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/ProtocolJson.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEnroll, "anticorona.server.enroll")

ApiResponse EnrollController::handle(const ApiRequest &request)
{
    QString error;
    const std::optional<QJsonObject> json = ProtocolJson::parseObject(request.body, &error);
    if (!json)
        return ApiResponse::error(400, ErrorCode::BadJson, error);
    const std::optional<EnrollRequest> enroll = EnrollRequest::fromJson(*json, &error);
    if (!enroll)
        return ApiResponse::error(400, ErrorCode::BadRequest, error);

    const QString token = Credentials::newToken();
    const EnrollOutcome outcome =
        m_store->enroll(Credentials::hash(EnrollRequest::normaliseCode(enroll->code)), enroll->deviceName,
                        Credentials::hash(token), m_clock->now());
    switch (outcome.status) {
    case EnrollStatus::UnknownCode:
        return ApiResponse::error(403, ErrorCode::EnrollmentCodeUnknown,
                                  tr("This enrollment code is not known."));
    case EnrollStatus::UsedCode:
        return ApiResponse::error(403, ErrorCode::EnrollmentCodeUsed,
                                  tr("This enrollment code was used already; ask for a new one."));
    case EnrollStatus::ExpiredCode:
        return ApiResponse::error(403, ErrorCode::EnrollmentCodeExpired,
                                  tr("This enrollment code has expired; ask for a new one."));
    case EnrollStatus::Enrolled:
        break;
    }
    qCInfo(lcEnroll) << "enrolled device" << outcome.device.id << "for site" << outcome.device.siteId;
    return ApiResponse::json(EnrollAnswer{outcome.device.id, outcome.device.siteId, token}.toJson());
}

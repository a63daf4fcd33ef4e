#include "server/api/FeedController.h"

#include "server/store/ServerStore.h"
#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/ProtocolJson.h"

namespace {
// A missing parameter takes its default; anything but a whole number in range is an error.
std::optional<qint64> parameter(const QUrlQuery &query, const QString &name, qint64 fallback, qint64 minimum)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < minimum)
        return std::nullopt;
    return value;
}
} // namespace

ApiResponse FeedController::handle(const ApiRequest &request)
{
    const std::optional<qint64> after = parameter(request.query, QStringLiteral("after"), 0, 0);
    if (!after)
        return ApiResponse::error(400, ErrorCode::BadRequest,
                                  tr("after must be a whole number of at least 0."));
    const std::optional<qint64> limit =
        parameter(request.query, QStringLiteral("limit"), ProtocolJson::kDefaultFeedLimit, 1);
    if (!limit)
        return ApiResponse::error(400, ErrorCode::BadRequest,
                                  tr("limit must be a whole number of at least 1."));
    // More than the maximum is not an error: the page is shorter and says there is more.
    const int pageSize = int(std::min<qint64>(*limit, ProtocolJson::kMaxFeedLimit));
    ApiResponse response;
    response.contentType = QByteArrayLiteral("application/json");
    response.rawBody = m_store->feedBody(request.device.siteId, *after, pageSize);
    return response;
}

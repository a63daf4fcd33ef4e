#include "server/http/ApiRouter.h"

#include "models/domain/DatabaseError.h"
#include "models/sqlite/Database.h"
#include "server/auth/Credentials.h"
#include "server/http/ApiController.h"
#include "server/http/HttpLog.h"
#include "server/store/ServerStore.h"
#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/ProtocolJson.h"

#include <QLoggingCategory>

// The same category as ApiServer's request log: a storage failure shows beside its request.

void ApiRouter::addRoute(const QByteArray &method, const QString &path, bool needsToken,
                         ApiController *controller)
{
    m_routes.append({method, path, needsToken, controller});
}

ApiResponse ApiRouter::route(const RawApiRequest &request, QString *deviceId)
{
    QString device;
    ApiResponse response;
    try {
        response = dispatch(request, &device);
    } catch (const DatabaseError &error) {
        if (Database::classify(error.message()) == Database::OpenError::Locked) {
            // Another writer (the CLI, a long migration) holds the file past the busy timeout.
            response = ApiResponse::error(503, ErrorCode::Unavailable,
                                          tr("The server is busy; try again in a moment."));
            response.headers.emplaceBack("Retry-After", "1");
        } else {
            qCWarning(lcHttp) << "storage failed:" << error.message();
            response =
                ApiResponse::error(500, ErrorCode::Internal, tr("The server could not store or read data."));
        }
    }
    if (deviceId)
        *deviceId = device;
    return response;
}

ApiResponse ApiRouter::authenticate(const QByteArray &authorization, ApiRequest *into)
{
    // RFC 7235: the scheme is case-insensitive and one or more spaces come before the token.
    const QByteArray credentials = authorization.trimmed();
    const qsizetype space = credentials.indexOf(' ');
    const QByteArray scheme = space < 0 ? QByteArray() : credentials.left(space);
    const QByteArray token68 = space < 0 ? QByteArray() : credentials.mid(space + 1).trimmed();
    ApiResponse refusal;
    if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0 || token68.isEmpty()) {
        refusal = ApiResponse::error(401, ErrorCode::Unauthorized, tr("This request needs a bearer token."));
    } else {
        const QString token = QString::fromLatin1(token68);
        const std::optional<DeviceRecord> device = m_store->deviceByToken(Credentials::hash(token));
        if (!device)
            refusal = ApiResponse::error(401, ErrorCode::Unauthorized, tr("The token is not valid."));
        else if (device->isRevoked())
            refusal = ApiResponse::error(401, ErrorCode::DeviceRevoked,
                                         tr("This device was revoked; enroll it again to sync."));
        else
            into->device = *device;
    }
    if (refusal.status == 401)
        refusal.headers.emplaceBack("WWW-Authenticate", "Bearer");
    return refusal;
}

ApiResponse ApiRouter::dispatch(const RawApiRequest &request, QString *deviceId)
{
    // Checked from the declared length as well as the body: a client that declares too much is
    // refused even when the connection delivered less.
    if (request.declaredLength > m_bodyLimitBytes || request.body.size() > m_bodyLimitBytes)
        return ApiResponse::error(413, ErrorCode::PayloadTooLarge,
                                  tr("The body is larger than the limit of %1 bytes.").arg(m_bodyLimitBytes));

    const QString &path = request.path;
    const Route *route = nullptr;
    QByteArrayList allowed;
    for (const Route &candidate : std::as_const(m_routes)) {
        if (candidate.path != path)
            continue;
        allowed.append(candidate.method);
        if (candidate.method == request.method)
            route = &candidate;
    }
    if (allowed.isEmpty())
        return ApiResponse::error(404, ErrorCode::NotFound, tr("There is no resource %1.").arg(path));
    if (!route) {
        ApiResponse response = ApiResponse::error(405, ErrorCode::MethodNotAllowed,
                                                  tr("%1 does not accept this method; it accepts %2.")
                                                      .arg(path, QString::fromLatin1(allowed.join(", "))));
        response.headers.emplaceBack("Allow", allowed.join(", "));
        return response;
    }

    ApiRequest apiRequest{path, request.query, request.body, {}, request.remoteAddress, {}};
    apiRequest.acceptLanguage = request.acceptLanguage;
    if (route->needsToken) {
        const ApiResponse refusal = authenticate(request.authorization, &apiRequest);
        if (refusal.status != 200)
            return refusal;
        *deviceId = apiRequest.device.id;
    }
    return route->controller->handle(apiRequest);
}

QByteArray ApiRouter::bodyBytes(const ApiResponse &response)
{
    return response.contentType.isEmpty() ? ProtocolJson::serialize(response.body) : response.rawBody;
}

QByteArray ApiRouter::contentType(const ApiResponse &response)
{
    return response.contentType.isEmpty() ? QByteArray("application/json") : response.contentType;
}

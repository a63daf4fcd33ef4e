#include "server/http/ApiServer.h"

#include "models/domain/DatabaseError.h"
#include "models/sqlite/Database.h"
#include "server/auth/Credentials.h"
#include "server/http/ApiController.h"
#include "server/http/LoadListener.h"
#include "server/store/ServerStore.h"
#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/ProtocolJson.h"

#include <QCoreApplication>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMetaEnum>

// Requests are logged by method, path (never the query: MyPage's carries a birth date),
// status and device id. Bodies and tokens are never logged.
Q_LOGGING_CATEGORY(lcHttp, "anticorona.server.http")

namespace {
QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    return QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
}
} // namespace

ApiServer::ApiServer(ServerStore *store, const ServerConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_config(config)
{}

void ApiServer::addRoute(QHttpServerRequest::Method method, const QString &path, bool needsToken,
                         ApiController *controller)
{
    m_routes.append({method, path, needsToken, controller});
}

ApiResponse ApiServer::authenticate(const QHttpServerRequest &request, ApiRequest *into)
{
    const QByteArray authorization = header(request, "authorization");
    static const QByteArray kScheme = "Bearer ";
    ApiResponse refusal;
    if (!authorization.startsWith(kScheme) || authorization.size() == kScheme.size()) {
        refusal = ApiResponse::error(401, ErrorCode::Unauthorized, tr("This request needs a bearer token."));
    } else {
        const QString token = QString::fromLatin1(authorization.mid(kScheme.size()).trimmed());
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

ApiResponse ApiServer::dispatch(const QHttpServerRequest &request, QString *deviceId)
{
    // Checked from the declared length as well as the body: a client that declares too much is
    // refused even when the connection delivered less.
    bool declared = false;
    const qint64 contentLength = header(request, "content-length").toLongLong(&declared);
    if ((declared && contentLength > m_config.bodyLimitBytes) ||
        request.body().size() > m_config.bodyLimitBytes)
        return ApiResponse::error(
            413, ErrorCode::PayloadTooLarge,
            tr("The body is larger than the limit of %1 bytes.").arg(m_config.bodyLimitBytes));

    const QString path = request.url().path();
    const Route *route = nullptr;
    QByteArrayList allowed;
    for (const Route &candidate : std::as_const(m_routes)) {
        if (candidate.path != path)
            continue;
        allowed.append(methodName(candidate.method).toUpper());
        if (candidate.method == request.method())
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

    ApiRequest apiRequest{path, request.query(), request.body(), {}, request.remoteAddress(), {}};
    apiRequest.acceptLanguage = header(request, "accept-language");
    if (route->needsToken) {
        const ApiResponse refusal = authenticate(request, &apiRequest);
        if (refusal.status != 200)
            return refusal;
        *deviceId = apiRequest.device.id;
    }
    return route->controller->handle(apiRequest);
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QString deviceId;
    ApiResponse response;
    try {
        // Shed before any work: the requests queued behind this one are answered sooner, and a
        // desk's circuit breaker backs off on the 503 (SPEC 3).
        if (m_load && m_load->inFlight() > m_config.maxInFlight) {
            response = ApiResponse::error(503, ErrorCode::Overloaded,
                                          tr("The server has too many requests; try again in a moment."));
            response.headers.emplaceBack("Retry-After", "1");
        } else {
            response = dispatch(request, &deviceId);
        }
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
    qCInfo(lcHttp).noquote() << methodName(request.method()).toUpper() << request.url().path()
                             << response.status
                             << (deviceId.isEmpty() ? QString() : QStringLiteral("device=") + deviceId);
    respond(request, socket, response);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, ApiResponse::error(404, ErrorCode::NotFound, tr("There is no such resource.")));
}

void ApiServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response)
{
    const bool raw = !response.contentType.isEmpty();
    const QByteArray body = raw ? response.rawBody : ProtocolJson::serialize(response.body);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", raw ? response.contentType : QByteArray("application/json"));
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(body);
    if (m_load)
        m_load->answered(socket);
}

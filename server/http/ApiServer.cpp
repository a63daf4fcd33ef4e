#include "server/http/ApiServer.h"

#include "models/domain/PrintableText.h"
#include "server/http/ApiRouter.h"
#include "server/http/LoadListener.h"
#include "sync/protocol/ErrorBody.h"

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
    return QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method))).toUpper();
}
} // namespace

ApiServer::ApiServer(ApiRouter *router, const ServerConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_config(config)
{}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QString deviceId;
    ApiResponse response;
    // Shed before any work: the requests queued behind this one are answered sooner, and a
    // desk's circuit breaker backs off on the 503 (SPEC 3).
    if (m_load && m_load->inFlight() > m_config.maxInFlight) {
        response = ApiResponse::error(503, ErrorCode::Overloaded,
                                      tr("The server has too many requests; try again in a moment."));
        response.headers.emplaceBack("Retry-After", "1");
    } else {
        RawApiRequest raw;
        raw.method = methodName(request.method());
        raw.path = request.url().path();
        raw.query = request.query();
        raw.authorization = header(request, "authorization");
        raw.acceptLanguage = header(request, "accept-language");
        raw.remoteAddress = request.remoteAddress();
        raw.body = request.body();
        bool declared = false;
        const qint64 contentLength = header(request, "content-length").toLongLong(&declared);
        if (declared)
            raw.declaredLength = contentLength;
        response = m_router->route(raw, &deviceId);
    }
    // Decoded, a path's %0A would start a forged log line.
    qCInfo(lcHttp).noquote() << methodName(request.method()) << PrintableText::escaped(request.url().path())
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
    const QByteArray body = ApiRouter::bodyBytes(response);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", ApiRouter::contentType(response));
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(body);
    if (m_load)
        m_load->answered(socket);
}

#include "server/http/ApiServer.h"

#include "models/domain/PrintableText.h"
#include "server/http/ApiRouter.h"
#include "server/http/HttpConnection.h"
#include "server/http/HttpLog.h"
#include "sync/protocol/ErrorBody.h"

#include <QLoggingCategory>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

// Requests are logged by method, path (never the query: MyPage's carries a birth date),
// status and device id. Bodies and tokens are never logged.

namespace {
// Errors of the transport, beside the protocol's own (sync/protocol/ErrorBody.h): a desk
// never causes them, so they stay here.
const QString kRequestTimeout = QStringLiteral("request_timeout");
const QString kLengthRequired = QStringLiteral("length_required");
const QString kUriTooLong = QStringLiteral("uri_too_long");
const QString kHeadersTooLarge = QStringLiteral("headers_too_large");
const QString kNotImplemented = QStringLiteral("not_implemented");
const QString kVersionNotSupported = QStringLiteral("http_version_not_supported");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

// The answer as it goes on the wire, in one piece: headers as Qt HTTP Server wrote them before
// (Content-Type, Content-Length, Cache-Control, then the response's own), and Connection when
// the connection closes after it or an HTTP/1.0 client keeps it.
QByteArray encode(const ApiResponse &response, const HttpRequest &request, bool close)
{
    const QByteArray body = ApiRouter::bodyBytes(response);
    QByteArray answer;
    answer.reserve(256 + body.size());
    answer +=
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    answer += "Content-Type: " + ApiRouter::contentType(response) + "\r\n";
    answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    answer += "Cache-Control: no-store\r\n";
    for (const auto &[name, value] : response.headers)
        answer += name + ": " + value + "\r\n";
    // MyPage is public, and a 404, 405 or 503 on its paths is made before its controller runs:
    // every answer is as guarded as MyPage's own, never framed, sniffed or named in a Referer.
    // A controller's own policy (MyPage's page allows its style and form) stands.
    const auto has = [&response](const char *name) {
        return std::any_of(response.headers.cbegin(), response.headers.cend(), [name](const auto &header) {
            return header.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    if (!has("Content-Security-Policy"))
        answer += "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n";
    if (!has("X-Content-Type-Options"))
        answer += "X-Content-Type-Options: nosniff\r\n";
    if (!has("Referrer-Policy"))
        answer += "Referrer-Policy: no-referrer\r\n";
    if (close)
        answer += "Connection: close\r\n";
    else if (request.minorVersion == 0)
        answer += "Connection: keep-alive\r\n";
    answer += "\r\n";
    if (request.method != "HEAD")
        answer += body;
    return answer;
}

void log(const HttpRequest &request, const QString &path, int status, const QString &deviceId = QString())
{
    // Decoded, a path's %0A would start a forged log line.
    qCInfo(lcHttp).noquote() << (request.method.isEmpty() ? QByteArray("-") : request.method)
                             << (path.isEmpty() ? QStringLiteral("-") : PrintableText::escaped(path))
                             << status
                             << (deviceId.isEmpty() ? QString() : QStringLiteral("device=") + deviceId);
}

void log(const HttpRequest &request, int status)
{
    log(request, QUrl::fromEncoded(request.target).path(), status);
}
} // namespace

ApiServer::ApiServer(ApiRouter *router, const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_config(config)
{}

void ApiServer::serve(HttpConnection *connection)
{
    connect(connection, &HttpConnection::requestReady, this, &ApiServer::requestReady);
    connect(connection, &HttpConnection::failed, this, &ApiServer::requestFailed);
    connect(connection, &HttpConnection::closed, this,
            [this](HttpConnection *closed) { m_queue.removeAll(closed); });
}

void ApiServer::requestReady(HttpConnection *connection)
{
    if (connection->request().webSocketUpgrade) {
        const ApiResponse response =
            ApiResponse::error(501, kNotImplemented, tr("This server does not offer WebSockets."));
        log(connection->request(), response.status);
        respond(connection, response, true);
        return;
    }
    // Shed before any work: the requests queued are answered sooner, and a desk's circuit
    // breaker backs off on the 503 (SPEC 3).
    if (m_queue.size() + 1 > m_config.maxInFlight) {
        ApiResponse response = ApiResponse::error(
            503, ErrorCode::Overloaded, tr("The server has too many requests; try again in a moment."));
        response.headers.emplaceBack("Retry-After", "1");
        log(connection->request(), response.status);
        respond(connection, response);
        return;
    }
    m_queue.enqueue(connection);
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &ApiServer::handleQueued, Qt::QueuedConnection);
    }
}

void ApiServer::requestFailed(HttpConnection *connection, int status)
{
    ApiResponse response;
    switch (status) {
    case 408:
        response = ApiResponse::error(status, kRequestTimeout, tr("The request did not arrive in time."));
        break;
    case 411:
        response =
            ApiResponse::error(status, kLengthRequired,
                               tr("A request body needs a Content-Length; chunked bodies are not accepted."));
        break;
    case 413:
        response = ApiResponse::error(
            status, ErrorCode::PayloadTooLarge,
            tr("The body is larger than the limit of %1 bytes.").arg(m_config.bodyLimitBytes));
        break;
    case 414:
        response = ApiResponse::error(
            status, kUriTooLong,
            tr("The request line is longer than the limit of %1 bytes.").arg(m_config.headerLimitBytes));
        break;
    case 431:
        response = ApiResponse::error(status, kHeadersTooLarge,
                                      tr("The request's headers are larger than the limit of %1 bytes.")
                                          .arg(m_config.headerLimitBytes));
        break;
    case 501:
        response = ApiResponse::error(status, kNotImplemented, tr("This transfer coding is not supported."));
        break;
    case 505:
        response =
            ApiResponse::error(status, kVersionNotSupported, tr("Only HTTP/1.0 and HTTP/1.1 are supported."));
        break;
    default:
        response = ApiResponse::error(400, ErrorCode::BadRequest, tr("The request is not valid HTTP/1.1."));
        break;
    }
    log(connection->request(), response.status);
    respond(connection, response, true);
}

void ApiServer::handleQueued()
{
    m_scheduled = false;
    // The requests queued now were all read (and counted) by the event loop's last pass; those
    // that arrive while they are handled wait in the sockets until the next pass reads them.
    // One pass per request instead would poll every connection for each request.
    for (qsizetype queued = m_queue.size(); queued > 0 && !m_queue.isEmpty(); --queued) {
        const QPointer<HttpConnection> connection = m_queue.dequeue();
        if (connection)
            handle(connection);
    }
}

void ApiServer::handle(HttpConnection *connection)
{
    const HttpRequest &request = connection->request();
    const QUrl url = QUrl::fromEncoded(request.target);
    RawApiRequest raw;
    raw.method = request.method;
    raw.path = url.path();
    raw.query = QUrlQuery(url);
    raw.authorization = request.header("authorization");
    raw.acceptLanguage = request.header("accept-language");
    raw.remoteAddress = connection->peerAddress();
    raw.body = request.body;
    raw.declaredLength = request.contentLength;
    QString deviceId;
    const ApiResponse response = m_router->route(raw, &deviceId);
    log(request, raw.path, response.status, deviceId);
    respond(connection, response);
}

void ApiServer::respond(HttpConnection *connection, const ApiResponse &response, bool close)
{
    const bool closing = close || !connection->request().keepAlive;
    connection->respond(encode(response, connection->request(), closing), closing);
}

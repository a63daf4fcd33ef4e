#pragma once

#include "server/http/ApiMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

class ApiController;
class ServerStore;

// A request as it came off the wire, before routing: what ApiServer reads from an
// HttpConnection, or what an in-process transport hands over without a socket.
struct RawApiRequest
{
    QByteArray method; // upper case: "GET", "POST"
    QString path;      // decoded, without the query
    QUrlQuery query;
    QByteArray authorization;   // the Authorization header's value, empty when absent
    QByteArray acceptLanguage;  // the Accept-Language header's value
    QHostAddress remoteAddress; // for MyPage's per-address limit
    QByteArray body;
    qint64 declaredLength = -1; // Content-Length when the client sent one
};

// Protocol v1 without the transport: checks the body size (413), routes by path and method
// (404, 405), turns a bearer token into its device (401 unauthorized or device_revoked), hands
// the request to the resource's controller and turns a DatabaseError into 500 (503 with
// Retry-After when the store is busy). ApiServer puts it behind the HTTP layer; the sync tests
// call it directly. Every failure is an answer with a JSON error body; route() never throws.
// Threading: the thread of its store; one request at a time.
class ApiRouter final
{
    Q_DECLARE_TR_FUNCTIONS(ApiRouter)
    Q_DISABLE_COPY_MOVE(ApiRouter)

public:
    ApiRouter(ServerStore *store, qint64 bodyLimitBytes)
        : m_store(store)
        , m_bodyLimitBytes(bodyLimitBytes)
    {}

    // `controller` is not owned. Routes needing a token answer 401 before the controller runs.
    // The order of addition is the order of the methods in a 405's Allow header.
    void addRoute(const QByteArray &method, const QString &path, bool needsToken, ApiController *controller);
    // `deviceId`, when given, receives the authenticated device's id (for the request log).
    ApiResponse route(const RawApiRequest &request, QString *deviceId = nullptr);

    // The bytes and Content-Type of an answer as HTTP carries them.
    static QByteArray bodyBytes(const ApiResponse &response);
    static QByteArray contentType(const ApiResponse &response);

private:
    struct Route
    {
        QByteArray method;
        QString path;
        bool needsToken = true;
        ApiController *controller = nullptr;
    };

    ApiResponse dispatch(const RawApiRequest &request, QString *deviceId);
    ApiResponse authenticate(const QByteArray &authorization, ApiRequest *into);

    ServerStore *m_store = nullptr;
    qint64 m_bodyLimitBytes = 0;
    QList<Route> m_routes;
};

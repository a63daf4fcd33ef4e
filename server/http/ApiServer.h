#pragma once

#include "server/ServerConfig.h"
#include "server/http/ApiMessage.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QList>

class ApiController;
class LoadListener;
class ServerStore;

// The HTTP layer of protocol v1: checks the body size, routes by path and method (404, 405),
// turns a bearer token into its device (401), hands the request to the resource's controller
// and writes its answer as JSON. Every failure becomes a JSON error body; none ends the server.
// Qt HTTP Server 6.4 reads a whole request before handleRequest() sees it, so an oversized body
// is refused (413) only after it has arrived (docs/protocol.md, "Limits").
// Threading: the main thread; each request is handled to the end before the next is read.
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    ApiServer(ServerStore *store, const ServerConfig &config, QObject *parent = nullptr);

    // `controller` is not owned. Routes needing a token answer 401 before the controller runs.
    void addRoute(QHttpServerRequest::Method method, const QString &path, bool needsToken,
                  ApiController *controller);
    // Overload shedding (503) counts the requests in flight on `listener`; not owned.
    void setLoad(LoadListener *listener) { m_load = listener; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QHttpServerRequest::Method method;
        QString path;
        bool needsToken = true;
        ApiController *controller = nullptr;
    };

    ApiResponse dispatch(const QHttpServerRequest &request, QString *deviceId);
    ApiResponse authenticate(const QHttpServerRequest &request, ApiRequest *into);
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response);

    ServerStore *m_store = nullptr;
    ServerConfig m_config;
    QList<Route> m_routes;
    LoadListener *m_load = nullptr;
};

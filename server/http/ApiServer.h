#pragma once

#include "server/ServerConfig.h"
#include "server/http/ApiMessage.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>

class ApiRouter;
class LoadListener;

// Protocol v1 over Qt HTTP Server: reads each QHttpServerRequest, sheds load (503 with
// Retry-After before any work), hands the rest to the ApiRouter (size, route, token, controller)
// and writes its answer. Every failure becomes a JSON error body; none ends the server.
// Qt HTTP Server 6.4 reads a whole request before handleRequest() sees it, so an oversized body
// is refused (413) only after it has arrived (docs/protocol.md, "Limits").
// Threading: the main thread; each request is handled to the end before the next is read.
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    // `router` is not owned.
    ApiServer(ApiRouter *router, const ServerConfig &config, QObject *parent = nullptr);

    // Overload shedding (503) counts the requests in flight on `listener`; not owned.
    void setLoad(LoadListener *listener) { m_load = listener; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response);

    ApiRouter *m_router = nullptr;
    ServerConfig m_config;
    LoadListener *m_load = nullptr;
};

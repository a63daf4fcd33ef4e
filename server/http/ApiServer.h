#pragma once

#include "server/ServerConfig.h"
#include "server/http/ApiMessage.h"

#include <QObject>
#include <QPointer>
#include <QQueue>

class ApiRouter;
class HttpConnection;

// Protocol v1 over HttpConnection: takes each request a connection has read whole, sheds load
// (503 with Retry-After before any work), hands the rest to the ApiRouter (size, route, token,
// controller) and writes its answer; a request that could not be read (HttpRequestParser's
// refusals, a deadline) gets its JSON error and the connection is closed. A WebSocket upgrade
// gets one answer, 501, and is closed: there is nothing to upgrade to.
// In flight are the requests read whole and not answered yet: they wait in a queue, and each
// pass of the event loop handles the ones queued when it began, so every request that arrived
// while those were handled is read and counted before any of them is handled. Bytes still
// arriving count for nothing (the connections' deadlines bound them).
// Threading: the main thread; each request is handled to the end before the next.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    // `router` is not owned.
    ApiServer(ApiRouter *router, const ServerConfig &config, QObject *parent = nullptr);

    // Answers the requests of `connection` from now on.
    void serve(HttpConnection *connection);

private:
    void requestReady(HttpConnection *connection);
    void requestFailed(HttpConnection *connection, int status);
    void handleQueued();
    void handle(HttpConnection *connection);
    void respond(HttpConnection *connection, const ApiResponse &response, bool close = false);

    ApiRouter *m_router = nullptr;
    ServerConfig m_config;
    QQueue<QPointer<HttpConnection>> m_queue;
    bool m_scheduled = false;
};

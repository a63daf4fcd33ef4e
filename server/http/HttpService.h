#pragma once

#include "server/http/ApiRouter.h"
#include "server/http/ApiRoutes.h"
#include "server/http/ApiServer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

class HttpListener;

// `anticorona-server serve`: the API on one listening socket, and its orderly end. shutdown()
// stops accepting at once; answers already written drain for up to the grace period; then
// every connection is closed and finished() is emitted. Requests are handled whole on the
// main thread, so when shutdown() runs no request is half-applied.
// The connection caps are kept below the process's descriptor limit (raised to the hard limit
// first), with a reserve for the database's files and the process's own.
class HttpService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpService)

public:
    HttpService(ServerStore *store, const Clock *clock, const ServerConfig &config,
                QObject *parent = nullptr);

    // False with `error` when the address cannot be bound. Answers the bound port (useful with port 0).
    bool listen(const QHostAddress &address, quint16 port, quint16 *boundPort, QString *error);
    void shutdown();

Q_SIGNALS:
    void finished();

private:
    void drain();

    ServerConfig m_config;
    ApiRoutes m_routes;
    ApiRouter m_router;
    ApiServer m_api;
    HttpListener *m_listener = nullptr;
    QElapsedTimer m_draining;
    bool m_shuttingDown = false;
};

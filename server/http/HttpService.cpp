#include "server/http/HttpService.h"

#include "server/http/LoadListener.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr int kDrainPollMs = 20;
constexpr int kMinimumDrainMs = 100; // lets requests already in the socket buffers be answered
} // namespace

HttpService::HttpService(ServerStore *store, const Clock *clock, const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_routes(store, clock, config)
    , m_router(store, config.bodyLimitBytes)
    , m_api(&m_router, config)
{
    m_routes.addTo(&m_router);
}

bool HttpService::listen(const QHostAddress &address, quint16 port, quint16 *boundPort, QString *error)
{
    auto *listener = new LoadListener(&m_api);
    if (!listener->listen(address, port)) {
        *error = listener->errorString();
        delete listener;
        return false;
    }
    m_listener = listener;
    m_api.setLoad(listener);
    m_api.bind(m_listener);
    *boundPort = m_listener->serverPort();
    return true;
}

void HttpService::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (m_listener)
        m_listener->close(); // no new connections from here on
    m_draining.start();
    drain();
}

void HttpService::drain()
{
    const QList<QTcpSocket *> sockets =
        m_listener ? m_listener->findChildren<QTcpSocket *>() : QList<QTcpSocket *>();
    bool writing = false;
    for (QTcpSocket *socket : sockets)
        writing =
            writing || (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() > 0);
    const qint64 elapsed = m_draining.elapsed();
    if (elapsed < kMinimumDrainMs || (writing && elapsed < m_config.shutdownGraceMs)) {
        QTimer::singleShot(kDrainPollMs, this, &HttpService::drain);
        return;
    }
    for (QTcpSocket *socket : sockets)
        socket->disconnectFromHost();
    emit finished();
}

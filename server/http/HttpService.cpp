#include "server/http/HttpService.h"

#include "server/http/HttpListener.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace {
constexpr int kDrainPollMs = 20;
constexpr int kMinimumDrainMs = 100; // lets requests already in the socket buffers be answered
// Descriptors kept for what is not a connection: SQLite's database, journal and WAL files, the
// standard streams, the listening socket, a CLI run beside it.
constexpr int kReservedDescriptors = 64;
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
    HttpConnection::Settings settings;
    settings.limits.headBytes = m_config.headerLimitBytes;
    settings.limits.bodyBytes = m_config.bodyLimitBytes;
    settings.headerTimeoutMs = m_config.headerTimeoutMs;
    settings.idleTimeoutMs = m_config.idleTimeoutMs;
    settings.bodyMinBytesPerSecond = m_config.bodyMinBytesPerSecond;
    const int descriptors = HttpListener::raiseDescriptorLimit();
    const int maxConnections =
        std::max(1, std::min(m_config.maxConnections, descriptors - kReservedDescriptors));
    auto *listener = new HttpListener(settings, maxConnections, m_config.maxConnectionsPerAddress, this);
    if (!listener->open(address, port)) {
        *error = listener->errorString();
        delete listener;
        return false;
    }
    m_listener = listener;
    connect(listener, &HttpListener::connectionOpened, &m_api, &ApiServer::serve);
    *boundPort = m_listener->serverPort();
    return true;
}

void HttpService::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (m_listener)
        m_listener->stop(); // no new connections from here on
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

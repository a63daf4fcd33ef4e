#include "server/http/HttpListener.h"

#include "server/auth/RateLimiter.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcListener, "anticorona.server.http")

namespace {
constexpr int kAcceptPauseMs = 100;
constexpr rlim_t kMostDescriptors = 1 << 20;
} // namespace

HttpListener::HttpListener(const HttpConnection::Settings &settings, int maxConnections, int maxPerAddress,
                           QObject *parent)
    : QTcpServer(parent)
    , m_settings(settings)
    , m_maxConnections(maxConnections)
    , m_maxPerAddress(maxPerAddress)
{
    // Qt pauses accepting after a resource error (EMFILE, ENFILE, ENOBUFS) and never resumes by
    // itself: resumed after a pause, by when connections may have closed.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        qCWarning(lcListener) << "accepting a connection failed:" << error << errorString();
        pauseAccepting();
        QTimer::singleShot(kAcceptPauseMs, this, [this] {
            if (isListening())
                resumeAccepting();
        });
    });
}

int HttpListener::raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    const rlim_t wanted = std::min(limit.rlim_max, kMostDescriptors);
    if (limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return int(std::min(limit.rlim_cur, kMostDescriptors));
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString key = RateLimiter::key(socket->peerAddress());
    int &fromAddress = m_perAddress[key];
    if (m_count >= m_maxConnections || fromAddress >= m_maxPerAddress) {
        if (fromAddress == 0)
            m_perAddress.remove(key);
        socket->abort();
        delete socket;
        return;
    }
    ++fromAddress;
    ++m_count;
    auto *connection = new HttpConnection(socket, m_settings, this);
    connect(connection, &HttpConnection::closed, this,
            [this, key](HttpConnection *closed) { connectionClosed(closed, key); });
    emit connectionOpened(connection);
}

void HttpListener::connectionClosed(HttpConnection *connection, const QString &addressKey)
{
    --m_count;
    const auto it = m_perAddress.find(addressKey);
    if (it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
    connection->deleteLater();
}

#include "server/http/HttpListener.h"

#include "server/auth/RateLimiter.h"
#include "server/http/HttpLog.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

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
{}

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

bool HttpListener::open(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    pauseAccepting(); // QTcpServer's own notifier stays off: accepting is acceptPending()'s
    m_accepting = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_accepting, &QSocketNotifier::activated, this, &HttpListener::acceptPending);
    return true;
}

void HttpListener::stop()
{
    delete m_accepting;
    m_accepting = nullptr;
    close();
}

void HttpListener::acceptPending()
{
    for (;;) {
        const int descriptor =
            ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (descriptor >= 0) {
            take(descriptor);
            continue;
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
            if (!m_warnedOutOfDescriptors)
                qCWarning(lcHttp) << "accepting paused: out of descriptors or memory:"
                                  << qt_error_string(errno);
            m_warnedOutOfDescriptors = true;
            m_accepting->setEnabled(false);
            QTimer::singleShot(kAcceptPauseMs, this, [this] {
                if (m_accepting)
                    m_accepting->setEnabled(true);
            });
        }
        return; // EAGAIN: the backlog is empty
    }
}

void HttpListener::take(qintptr descriptor)
{
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
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

#include "server/http/LoadListener.h"

#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace {
// A desk's push arrives in several writes (QNetworkAccessManager sends 16 KB at a time), each
// smaller than a loopback segment: its Nagle holds the second until the first is acknowledged,
// and this side's delayed ACK waits up to 40 ms for an answer to ride on (bench/README.md,
// bench_sync_drain). Acknowledging what has arrived at once ends the wait. Linux resets the
// flag by itself, so it is set again on every read.
void acknowledgeNow(QTcpSocket *socket)
{
#if defined(Q_OS_LINUX) && defined(TCP_QUICKACK)
    const int on = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(socket);
#endif
}
} // namespace

void LoadListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Answers go out in one write; nothing is gained by holding their last segment back.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Connected before the HTTP server's own readyRead handler, so a request is counted
    // before it is handled.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        acknowledgeNow(socket);
        m_inFlight.insert(socket);
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_inFlight.remove(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_inFlight.remove(socket); });
    addPendingConnection(socket);
}

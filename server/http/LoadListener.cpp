#include "server/http/LoadListener.h"

#include <QTcpSocket>

void LoadListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before the HTTP server's own readyRead handler, so a request is counted
    // before it is handled.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_inFlight.insert(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_inFlight.remove(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_inFlight.remove(socket); });
    addPendingConnection(socket);
}

#pragma once

#include "server/http/HttpConnection.h"

#include <QHash>
#include <QTcpServer>

// The listening socket of `serve`: turns each accepted socket into an HttpConnection, within
// two caps: connections in total, and per client address (an IPv6 client per /64, as MyPage's
// limiter counts it). A connection over a cap is closed as soon as it is accepted, so a client
// holding many cannot take the process's descriptors from the others. When accepting fails
// (out of descriptors), accepting pauses for a moment instead of failing again at once, which
// would spin on the listening socket.
// Threading: the main thread, like its connections.
class HttpListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    HttpListener(const HttpConnection::Settings &settings, int maxConnections, int maxPerAddress,
                 QObject *parent = nullptr);

    // Raises the soft limit on open descriptors to the hard one; answers the soft limit now.
    static int raiseDescriptorLimit();
    int connectionCount() const { return m_count; }

Q_SIGNALS:
    void connectionOpened(HttpConnection *connection);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void connectionClosed(HttpConnection *connection, const QString &addressKey);

    HttpConnection::Settings m_settings;
    int m_maxConnections = 0;
    int m_maxPerAddress = 0;
    int m_count = 0;
    QHash<QString, int> m_perAddress;
};

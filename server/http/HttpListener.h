#pragma once

#include "server/http/HttpConnection.h"

#include <QHash>
#include <QTcpServer>

class QSocketNotifier;

// The listening socket of `serve`: turns each accepted socket into an HttpConnection, within
// two caps: connections in total, and per client address (an IPv6 client per /64, as MyPage's
// limiter counts it). A connection over a cap is closed as soon as it is accepted, so a client
// holding many cannot take the process's descriptors from the others. It accepts by itself:
// Qt 6.4's QTcpServer, on EMFILE, leaves the listening socket's notifier on and tries again at
// once, forever (a core at 100%, strace full of accept4 = EMFILE); here accepting then pauses
// for a moment, while the waiting clients stay in the kernel's backlog.
// Threading: the main thread, like its connections.
class HttpListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    HttpListener(const HttpConnection::Settings &settings, int maxConnections, int maxPerAddress,
                 QObject *parent = nullptr);

    // Listens on `address`:`port` and accepts from then on; false (errorString()) when it cannot.
    bool open(const QHostAddress &address, quint16 port);
    // Accepts no more and closes the listening socket; open connections stay.
    void stop();
    // Raises the soft limit on open descriptors to the hard one; answers the soft limit now.
    static int raiseDescriptorLimit();

Q_SIGNALS:
    void connectionOpened(HttpConnection *connection);

private:
    void acceptPending();
    void take(qintptr descriptor);
    void connectionClosed(HttpConnection *connection, const QString &addressKey);

    HttpConnection::Settings m_settings;
    int m_maxConnections = 0;
    int m_maxPerAddress = 0;
    int m_count = 0;
    QHash<QString, int> m_perAddress;
    QSocketNotifier *m_accepting = nullptr;
    bool m_warnedOutOfDescriptors = false; // once per run: the log is not flooded
};

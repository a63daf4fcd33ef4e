#pragma once

#include <QSet>
#include <QTcpServer>

class QTcpSocket;

// The listening socket of `serve`, counting the requests in flight: connections on which
// request bytes have arrived that are not answered yet, including requests still arriving.
// Requests are handled one at a time on the main thread, so the ones waiting behind the one
// being handled are exactly what overload means here (docs/protocol.md, "Limits").
// Threading: the main thread, like ApiServer.
class LoadListener final : public QTcpServer
{
    Q_DISABLE_COPY_MOVE(LoadListener)

public:
    explicit LoadListener(QObject *parent = nullptr)
        : QTcpServer(parent)
    {}

    int inFlight() const { return int(m_inFlight.size()); }
    void answered(QTcpSocket *socket) { m_inFlight.remove(socket); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSet<QTcpSocket *> m_inFlight;
};

#pragma once

#include "server/http/HttpRequestParser.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QTcpSocket;

// One client connection: reads one request at a time (HttpRequestParser), hands it over with
// requestReady() and reads nothing more until respond() has written its answer, so pipelined
// requests are answered in order and a connection holds at most one request in memory (what
// follows waits in a bounded socket buffer, then in the kernel's).
// Deadlines, from the configured intervals: the head must be complete within `headerTimeoutMs`
// of its first byte; a body must bring at least `bodyMinBytesPerSecond` over each such interval;
// a connection with no request open is closed after `idleTimeoutMs`, as is one whose answer the
// client does not read within it. A late head or body gets failed(408).
// After an answer that closes the connection, it stops sending (FIN) and reads and discards
// what the client still sends for a moment, so the answer is not lost to a reset.
// Threading: the thread of its socket (the main thread).
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // From ServerConfig (HttpService::listen), which holds the defaults.
    struct Settings
    {
        HttpRequestParser::Limits limits;
        int headerTimeoutMs = 0;
        int idleTimeoutMs = 0;
        int bodyMinBytesPerSecond = 0;
    };

    // Takes `socket` (connected) as its child.
    HttpConnection(QTcpSocket *socket, const Settings &settings, QObject *parent = nullptr);

    const HttpRequest &request() const { return m_parser.request(); }
    QHostAddress peerAddress() const { return m_peer; }
    // Writes the answer to the request handed over (or to the failure signalled). With `close`,
    // or when the request did not keep the connection alive, the connection ends after it.
    void respond(const QByteArray &answer, bool close);

Q_SIGNALS:
    void requestReady(HttpConnection *connection);
    // The request cannot be read: answer `status` (400, 408, 411, 413, 414, 431, 501, 505) with close.
    void failed(HttpConnection *connection, int status);
    void closed(HttpConnection *connection); // once; the connection may be deleted later

private:
    enum class State { Idle, Reading, Waiting, Writing, Lingering, Closed };

    void readInput();
    void answerWritten();
    void deadlinePassed();
    void abort();
    void finish();

    QTcpSocket *m_socket = nullptr;
    Settings m_settings;
    QHostAddress m_peer;
    HttpRequestParser m_parser;
    State m_state = State::Idle;
    bool m_closeAfterAnswer = false;
    QTimer m_deadline;
    qint64 m_bodyBytesAtLastCheck = 0;
};

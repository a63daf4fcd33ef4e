#include "server/http/HttpConnection.h"

#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace {
// What Qt may buffer from the kernel for one connection; beyond it the kernel's window pushes
// back on the client. Pipelined requests wait here while one is answered.
constexpr qint64 kReadBufferBytes = 64 * 1024;
constexpr qint64 kChunkBytes = 16 * 1024;
// After an answer that closes: how long what the client still sends is read and dropped.
constexpr int kLingerMs = 2000;

// A desk's push arrives in several writes (QNetworkAccessManager sends 16 KB at a time), each
// smaller than a loopback segment: its Nagle holds the second until the first is acknowledged,
// and this side's delayed ACK waits up to 40 ms for an answer to ride on (bench/README.md,
// bench_sync_drain). Acknowledging what has arrived at once ends the wait. Linux resets the
// flag by itself, so it is set again on every read that leaves the request incomplete.
void acknowledgeNow(QTcpSocket *socket)
{
#if defined(Q_OS_LINUX) && defined(TCP_QUICKACK)
    const int on = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(socket);
#endif
}

void stopSending(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
    Q_UNUSED(socket);
#endif
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_settings(settings)
    , m_peer(socket->peerAddress())
    , m_parser(settings.limits)
{
    socket->setParent(this);
    socket->setReadBufferSize(kReadBufferBytes);
    // Answers go out in one write; nothing is gained by holding their last segment back.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::deadlinePassed);
    connect(socket, &QTcpSocket::readyRead, this, [this] {
        readInput();
        // Only while a request is incomplete: a whole one's ACK rides on its answer, and an
        // ACK of its own per request cost a tenth of the server's time under wrk.
        if (m_state == State::Reading)
            acknowledgeNow(m_socket);
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Writing && m_socket->bytesToWrite() == 0)
            answerWritten();
    });
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
    m_deadline.start(m_settings.idleTimeoutMs);
}

void HttpConnection::readInput()
{
    if (m_state == State::Lingering) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (m_state != State::Idle && m_state != State::Reading)
        return;
    char buffer[kChunkBytes];
    while (m_socket->bytesAvailable() > 0) {
        const qint64 peeked = m_socket->peek(buffer, kChunkBytes);
        if (peeked <= 0)
            return;
        const bool hadHead = m_parser.headComplete();
        const qsizetype used = m_parser.feed(QByteArrayView(buffer, qsizetype(peeked)));
        m_socket->skip(used);
        if (m_state == State::Idle && m_parser.started()) {
            m_state = State::Reading;
            m_deadline.start(m_settings.headerTimeoutMs);
        }
        switch (m_parser.status()) {
        case HttpRequestParser::Status::Failed:
            m_state = State::Waiting;
            m_deadline.stop();
            emit failed(this, HttpRequestParser::statusCode(m_parser.failure()));
            return;
        case HttpRequestParser::Status::Complete:
            m_state = State::Waiting;
            m_deadline.stop();
            emit requestReady(this);
            return;
        case HttpRequestParser::Status::NeedMore:
            break;
        }
        if (!hadHead && m_parser.headComplete()) {
            // From here the body's rate is checked at each interval.
            m_bodyBytesAtLastCheck = 0;
            m_deadline.start(m_settings.headerTimeoutMs);
            if (m_parser.request().expectContinue)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (used == 0)
            return;
    }
}

void HttpConnection::respond(const QByteArray &answer, bool close)
{
    if (m_state == State::Closed || m_state == State::Lingering)
        return;
    m_closeAfterAnswer = close || !m_parser.request().keepAlive;
    m_state = State::Writing;
    m_deadline.start(m_settings.idleTimeoutMs); // for a client that does not read its answer
    m_socket->write(answer);
    m_socket->flush();
    if (m_state == State::Writing && m_socket->bytesToWrite() == 0)
        answerWritten();
}

void HttpConnection::answerWritten()
{
    m_deadline.stop();
    if (m_closeAfterAnswer) {
        m_state = State::Lingering;
        stopSending(m_socket);
        m_socket->skip(m_socket->bytesAvailable());
        m_deadline.start(kLingerMs);
        return;
    }
    m_parser.reset();
    m_state = State::Idle;
    m_deadline.start(m_settings.idleTimeoutMs);
    // A pipelined request already here is read from the event loop, not from this call stack
    // (which may be the previous answer's).
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readInput, Qt::QueuedConnection);
}

void HttpConnection::deadlinePassed()
{
    switch (m_state) {
    case State::Reading:
        if (m_parser.headComplete()) {
            const qint64 read = m_parser.bodyBytesRead();
            const qint64 owed = qint64(m_settings.bodyMinBytesPerSecond) * m_settings.headerTimeoutMs / 1000;
            if (read - m_bodyBytesAtLastCheck >= owed) {
                m_bodyBytesAtLastCheck = read;
                m_deadline.start(m_settings.headerTimeoutMs);
                return;
            }
        }
        m_state = State::Waiting;
        emit failed(this, 408);
        return;
    case State::Idle:
    case State::Writing:
    case State::Lingering:
        abort();
        return;
    case State::Waiting:
    case State::Closed:
        return;
    }
}

void HttpConnection::abort()
{
    m_socket->abort();
    finish();
}

void HttpConnection::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_deadline.stop();
    emit closed(this);
}

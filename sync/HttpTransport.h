#pragma once

#include "sync/SyncTransport.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QThread;

// SyncTransport over HTTP(S) with QNetworkAccessManager. exchange() blocks its caller on a
// local QEventLoop until the answer, a network failure or the transfer timeout (no bytes moving
// for timeout(), QNetworkRequest::setTransferTimeout). Any HTTP status is an answer; redirects
// are answers too, never followed, so the token goes to no other address. Answers larger than
// bodyLimit() are refused (Failure::Other) rather than held in memory. Neither the token nor a
// body is ever logged.
// Threading: the network manager is made by the first exchange(), on the calling thread (the
// sync engine's own), and every later exchange() must come from that thread.
class HttpTransport final : public SyncTransport
{
    Q_DECLARE_TR_FUNCTIONS(HttpTransport)
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{30000};
    static constexpr qint64 kDefaultBodyLimit = 64 * 1024 * 1024;

    HttpTransport();
    // As setBaseUrl(); check baseUrlError() when the address came from a person.
    explicit HttpTransport(const QUrl &baseUrl);
    ~HttpTransport() override;

    // The server's address, http or https with a host (a path prefix is kept). Anything else is
    // refused: false, baseUrlError() says why in the person's language, and every exchange()
    // fails with Failure::Other until a good address is set.
    bool setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    QString baseUrlError() const { return m_baseUrlError; }
    // Empty when `url` would do as a base URL; otherwise why not.
    static QString checkBaseUrl(const QUrl &url);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setBodyLimit(qint64 bytes) { m_bodyLimit = bytes; }
    qint64 bodyLimit() const { return m_bodyLimit; }

    TransportReply exchange(const TransportRequest &request) override;

    // Retry-After in its seconds form; -1 for an HTTP date, garbage or nothing.
    static int parseRetryAfter(const QByteArray &value);

private:
    QUrl m_baseUrl;
    QString m_baseUrlError;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    qint64 m_bodyLimit = kDefaultBodyLimit;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QThread *m_thread = nullptr;
};

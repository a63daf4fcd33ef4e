#include "sync/HttpTransport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>

namespace {
TransportReply failed(TransportReply::Failure failure, const QString &text)
{
    TransportReply reply;
    reply.failure = failure;
    reply.errorText = text;
    return reply;
}

TransportReply::Failure failureOf(QNetworkReply::NetworkError error)
{
    using Failure = TransportReply::Failure;
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return Failure::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return Failure::Refused;
    // Our own aborts are told apart before this; what is left is the transfer timeout.
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Failure::Timeout;
    // No answer came back: the route is gone, or the peer closed before it said anything.
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return Failure::Unreachable;
    default:
        return Failure::Other;
    }
}

// The errors Qt sets for an answer with an HTTP error status (4xx, 5xx): the answer arrived whole.
// Any other error after the headers (the peer closed mid-body, the transfer timed out) means the
// body is cut short, and what was read of it is no answer.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    return (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError) ||
           (error >= QNetworkReply::ProtocolUnknownError && error < QNetworkReply::ProtocolFailure) ||
           (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError);
}
} // namespace

HttpTransport::HttpTransport() = default;

HttpTransport::HttpTransport(const QUrl &baseUrl)
{
    setBaseUrl(baseUrl);
}

HttpTransport::~HttpTransport() = default;

QString HttpTransport::checkBaseUrl(const QUrl &url)
{
    const QString shown = url.toDisplayString();
    if (!url.isValid() || url.isRelative())
        return tr("The server address \"%1\" is not a complete address such as https://server.example:8080.")
            .arg(shown);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("The server address \"%1\" must start with http:// or https://.").arg(shown);
    if (url.host().isEmpty())
        return tr("The server address \"%1\" names no server.").arg(shown);
    return QString();
}

bool HttpTransport::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrlError = checkBaseUrl(baseUrl);
    if (!m_baseUrlError.isEmpty()) {
        m_baseUrl = QUrl();
        return false;
    }
    m_baseUrl = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return true;
}

int HttpTransport::parseRetryAfter(const QByteArray &value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    return ok && seconds >= 0 ? seconds : -1;
}

TransportReply HttpTransport::exchange(const TransportRequest &request)
{
    if (m_baseUrl.isEmpty())
        return failed(TransportReply::Failure::Other,
                      m_baseUrlError.isEmpty() ? QStringLiteral("no server address") : m_baseUrlError);
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_thread = QThread::currentThread();
    }
    Q_ASSERT_X(QThread::currentThread() == m_thread, "HttpTransport::exchange",
               "used from another thread than its first exchange");

    // The request's path carries its query; a base path prefix (a reverse proxy's) stays in front.
    const QUrl url(m_baseUrl.toString(QUrl::FullyEncoded) + request.path);
    QNetworkRequest http(url);
    http.setTransferTimeout(int(m_timeout.count()));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setRawHeader("Accept", "application/json");
    if (!request.token.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + request.token.toLatin1());

    QNetworkReply *reply = nullptr;
    if (request.method == "GET") {
        reply = m_network->get(http);
    } else {
        if (request.method == "POST")
            http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->sendCustomRequest(http, request.method, request.body);
    }

    bool tooLarge = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64 total) {
        if (!tooLarge && (received > m_bodyLimit || total > m_bodyLimit)) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    TransportReply answer;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    if (tooLarge || reply->bytesAvailable() > m_bodyLimit) {
        answer = failed(TransportReply::Failure::Other,
                        QStringLiteral("answer larger than %1 bytes").arg(m_bodyLimit));
    } else if (!reply->isFinished()) {
        // The loop was left without the reply finishing (the thread is being stopped): no answer.
        QObject::disconnect(reply, nullptr, nullptr, nullptr); // its lambda reads this frame
        reply->abort();
        answer = failed(TransportReply::Failure::Other, QStringLiteral("the exchange was interrupted"));
    } else if (error != QNetworkReply::NoError && !isHttpStatusError(error)) {
        answer = failed(failureOf(error), reply->errorString());
    } else if (status.isValid() && status.toInt() > 0) {
        answer.status = status.toInt();
        answer.body = reply->readAll();
        if (reply->hasRawHeader("Retry-After"))
            answer.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
    } else {
        answer = failed(failureOf(reply->error()), reply->errorString());
    }
    reply->deleteLater();
    return answer;
}

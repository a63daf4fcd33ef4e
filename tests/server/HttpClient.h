#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

struct HttpReply
{
    int status = 0; // 0 when there was no HTTP answer at all
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    QString errorCode() const { return json().value(QStringLiteral("error")).toString(); }
    QByteArray header(const QByteArray &name) const;
};

// Synchronous HTTP for tests: each call waits (with a timeout) for its answer.
class HttpClient final
{
public:
    explicit HttpClient(const QUrl &base)
        : m_base(base)
    {}

    HttpReply get(const QString &pathAndQuery, const QString &token = QString());
    HttpReply post(const QString &path, const QByteArray &body, const QString &token = QString());
    HttpReply postJson(const QString &path, const QJsonObject &body, const QString &token = QString());
    HttpReply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                   const QString &token = QString());
    // With these raw headers and no others of the client's own (no Authorization from a token).
    HttpReply sendRaw(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers);

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

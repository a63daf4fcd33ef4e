#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP/1.x request as HttpRequestParser read it off a connection: its head checked and its
// body whole (Content-Length bytes, never more than the limit).
struct HttpRequest
{
    QByteArray method;                            // as sent; methods are case-sensitive ("GET", "POST")
    QByteArray target;                            // origin-form: the path and query, still percent-encoded
    int minorVersion = 1;                         // HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers; // names lower case, values without surrounding blanks
    QByteArray body;
    qint64 contentLength = 0;
    bool keepAlive = true;         // HTTP/1.1 without "Connection: close", or 1.0 with "keep-alive"
    bool expectContinue = false;   // "Expect: 100-continue"
    bool webSocketUpgrade = false; // "Upgrade: websocket", which this server does not offer

    // The first value of the header `name` (lower case), empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name)
                return value;
        }
        return QByteArray();
    }
};

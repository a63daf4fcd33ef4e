#pragma once

#include "server/store/DeviceRecord.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// A request as a controller sees it: already routed, its size checked and, for the routes
// that need it, its bearer token turned into the device it belongs to.
struct ApiRequest
{
    QString path;
    QUrlQuery query;
    QByteArray body;
    DeviceRecord device; // empty on routes without a token (health, enroll)
    QHostAddress remoteAddress;
    QByteArray acceptLanguage; // the Accept-Language header, for the HTML pages
};

// A controller's answer: a status and a JSON body (every error has {"error", "message"}).
struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers; // beyond Content-Type and Content-Length
    // A page instead of JSON (MyPage's HTML): sent as is when contentType is set.
    QByteArray contentType;
    QByteArray rawBody;

    static ApiResponse json(const QJsonObject &body, int status = 200) { return {status, body, {}, {}, {}}; }
    static ApiResponse error(int status, const QString &code, const QString &message);
    static ApiResponse html(const QString &page, int status = 200)
    {
        return {status, {}, {}, QByteArrayLiteral("text/html; charset=utf-8"), page.toUtf8()};
    }
};

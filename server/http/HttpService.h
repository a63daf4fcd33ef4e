#pragma once

#include "server/api/EnrollController.h"
#include "server/api/EventsController.h"
#include "server/api/FeedController.h"
#include "server/api/HealthController.h"
#include "server/api/RightsController.h"
#include "server/auth/RateLimiter.h"
#include "server/http/ApiServer.h"
#include "server/mypage/MyPageController.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

class QTcpServer;

// `anticorona-server serve`: the API on one listening socket, and its orderly end. shutdown()
// stops accepting at once; answers already written drain for up to the grace period; then
// every connection is closed and finished() is emitted. Requests are handled whole on the
// main thread, so when shutdown() runs no request is half-applied.
class HttpService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpService)

public:
    HttpService(ServerStore *store, const Clock *clock, const ServerConfig &config,
                QObject *parent = nullptr);

    // False with `error` when the address cannot be bound. Answers the bound port (useful with port 0).
    bool listen(const QHostAddress &address, quint16 port, quint16 *boundPort, QString *error);
    void shutdown();

Q_SIGNALS:
    void finished();

private:
    void drain();

    ServerConfig m_config;
    HealthController m_health;
    EnrollController m_enroll;
    EventsController m_events;
    FeedController m_feed;
    RightsController m_rights;
    RateLimiter m_myPageLimiter; // one bucket per address across both MyPage routes
    MyPageController m_myPageJson;
    MyPageController m_myPageHtml;
    ApiServer m_api;
    QTcpServer *m_listener = nullptr;
    QElapsedTimer m_draining;
    bool m_shuttingDown = false;
};

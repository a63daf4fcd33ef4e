#pragma once

#include "server/api/EnrollController.h"
#include "server/api/EventsController.h"
#include "server/api/FeedController.h"
#include "server/api/HealthController.h"
#include "server/api/RightsController.h"
#include "server/auth/RateLimiter.h"
#include "server/mypage/MyPageController.h"

class ApiRouter;
class Clock;
class ServerStore;
struct ServerConfig;

// The standard table of protocol v1 and MyPage: one controller per resource and the routes to
// them. `anticorona-server serve` and the sync tests' in-process server both build their router
// from it, so they are the very same server with or without a socket. Owns the controllers;
// addTo() must be called on a router that this object outlives.
class ApiRoutes final
{
    Q_DISABLE_COPY_MOVE(ApiRoutes)

public:
    ApiRoutes(ServerStore *store, const Clock *clock, const ServerConfig &config);

    void addTo(ApiRouter *router);

private:
    HealthController m_health;
    EnrollController m_enroll;
    EventsController m_events;
    FeedController m_feed;
    RightsController m_rights;
    RateLimiter m_myPageLimiter;   // one bucket per address across both MyPage routes
    RateLimiter m_wrongBirthDates; // one bucket per booking code across both routes
    MyPageController m_myPageJson;
    MyPageController m_myPageHtml;
};

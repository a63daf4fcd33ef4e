#include "server/http/ApiRoutes.h"

#include "server/ServerConfig.h"
#include "server/http/ApiRouter.h"

ApiRoutes::ApiRoutes(ServerStore *store, const Clock *clock, const ServerConfig &config)
    : m_health(store)
    , m_enroll(store, clock)
    , m_events(store, clock)
    , m_feed(store)
    , m_rights(store, clock)
    , m_myPageLimiter(config.myPageRatePerMinute, config.myPageRateBurst)
    , m_wrongBirthDates(RateLimiter::perHour(1, config.myPageWrongBirthDates))
    , m_myPageJson(store, &m_myPageLimiter, &m_wrongBirthDates, MyPageController::Format::Json)
    , m_myPageHtml(store, &m_myPageLimiter, &m_wrongBirthDates, MyPageController::Format::Html)
{}

void ApiRoutes::addTo(ApiRouter *router)
{
    router->addRoute("GET", QStringLiteral("/v1/health"), false, &m_health);
    router->addRoute("POST", QStringLiteral("/v1/devices/enroll"), false, &m_enroll);
    router->addRoute("POST", QStringLiteral("/v1/events"), true, &m_events);
    router->addRoute("GET", QStringLiteral("/v1/events"), true, &m_feed);
    router->addRoute("POST", QStringLiteral("/v1/rights"), true, &m_rights);
    router->addRoute("GET", QStringLiteral("/v1/mypage"), false, &m_myPageJson);
    router->addRoute("GET", QStringLiteral("/mypage"), false, &m_myPageHtml);
}

#pragma once

#include "server/http/ApiController.h"

#include <QCoreApplication>

class Clock;
class ServerStore;

// POST /v1/rights: a refill from, or a return to, the pool of the device's site and one
// vaccine (SPEC 3.1), idempotent by the request's id. A return the server cannot apply yet
// answers 409 not_yet and records nothing, so the same request may succeed when retried.
class RightsController final : public ApiController
{
    Q_DECLARE_TR_FUNCTIONS(RightsController)

public:
    RightsController(ServerStore *store, const Clock *clock)
        : m_store(store)
        , m_clock(clock)
    {}
    ApiResponse handle(const ApiRequest &request) override;

private:
    ServerStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
};

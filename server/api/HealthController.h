#pragma once

#include "server/http/ApiController.h"

class ServerStore;

// GET /v1/health: liveness for load balancers and desks; no token.
class HealthController final : public ApiController
{
public:
    explicit HealthController(ServerStore *store)
        : m_store(store)
    {}
    ApiResponse handle(const ApiRequest &request) override;

private:
    ServerStore *m_store = nullptr;
};

#pragma once

#include "server/http/ApiController.h"

#include <QCoreApplication>

class Clock;
class ServerStore;

// POST /v1/devices/enroll: trades a one-time code for a device id, its site and a new token.
// The token is made here, answered once and stored only as its hash.
class EnrollController final : public ApiController
{
    Q_DECLARE_TR_FUNCTIONS(EnrollController)

public:
    EnrollController(ServerStore *store, const Clock *clock)
        : m_store(store)
        , m_clock(clock)
    {}
    ApiResponse handle(const ApiRequest &request) override;

private:
    ServerStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
};

#pragma once

#include "server/http/ApiController.h"

#include <QCoreApplication>

class Clock;
class ServerStore;

// POST /v1/events: a batch of the device's own events for its own site. The whole batch is
// refused (403) when any event claims another site or another device; otherwise every event
// gets a result and the answer is 200.
class EventsController final : public ApiController
{
    Q_DECLARE_TR_FUNCTIONS(EventsController)

public:
    EventsController(ServerStore *store, const Clock *clock)
        : m_store(store)
        , m_clock(clock)
    {}
    ApiResponse handle(const ApiRequest &request) override;

private:
    ServerStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
};

#pragma once

#include "server/http/ApiController.h"

#include <QCoreApplication>

class ServerStore;

// GET /v1/events?after=SEQ&limit=N: the change feed of the device's site and the catalogue.
class FeedController final : public ApiController
{
    Q_DECLARE_TR_FUNCTIONS(FeedController)

public:
    explicit FeedController(ServerStore *store)
        : m_store(store)
    {}
    ApiResponse handle(const ApiRequest &request) override;

private:
    ServerStore *m_store = nullptr;
};

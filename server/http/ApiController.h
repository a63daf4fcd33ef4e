#pragma once

#include "server/http/ApiMessage.h"

// One resource of the v1 protocol. ApiServer decodes, checks size and token, and routes;
// a controller decodes its body, calls the store and encodes the answer. A controller may
// throw DatabaseError: ApiServer turns it into 500 (or 503 when the store is busy).
class ApiController
{
public:
    virtual ~ApiController() = default;
    virtual ApiResponse handle(const ApiRequest &request) = 0;
};

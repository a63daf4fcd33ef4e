#include "server/http/ApiMessage.h"

#include "sync/protocol/ErrorBody.h"

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message)
{
    return {status, ErrorBody{code, message}.toJson(), {}, {}, {}};
}

#include "server/ApiMessage.h"

#include "sync/ErrorBody.h"

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message)
{
    return {status, ErrorBody{code, message}.toJson(), {}, {}, {}};
}

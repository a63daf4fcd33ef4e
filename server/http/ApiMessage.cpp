#include "server/http/ApiMessage.h"

#include "models/domain/KoreanParticles.h"
#include "sync/protocol/ErrorBody.h"

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message)
{
    return {status, ErrorBody{code, KoreanParticles::fitted(message)}.toJson(), {}, {}, {}};
}

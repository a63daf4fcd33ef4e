#include "sync/SyncRound.h"

QString SyncRound::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return QStringLiteral("done");
    case Outcome::Unreachable:
        return QStringLiteral("unreachable");
    case Outcome::Busy:
        return QStringLiteral("busy");
    case Outcome::ServerFailed:
        return QStringLiteral("server_failed");
    case Outcome::NotEnrolled:
        return QStringLiteral("not_enrolled");
    case Outcome::Revoked:
        return QStringLiteral("device_revoked");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Malformed:
        return QStringLiteral("malformed");
    case Outcome::StoreFailed:
        return QStringLiteral("database");
    }
    return {};
}

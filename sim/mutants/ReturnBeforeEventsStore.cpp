#include "ReturnBeforeEventsStore.h"

#include "server/store/SqliteServerStore.h"

RightsOutcome ReturnBeforeEventsStore::requestRights(const DeviceRecord &device, const RightsRequest &request,
                                                     const QDateTime &now)
{
    if (request.action != RightsAction::Return)
        return inner()->requestRights(device, request, now);
    // No events to wait for; and no feed cursor either, so that this mutant breaks only the
    // return's rule and never releases a surety on an incomplete report (that is mutant 4's).
    // A retry is rewritten alike, so the stored request still matches it.
    RightsRequest early = request;
    early.eventsMade = 0;
    early.feedCursor = 0;
    return inner()->requestRights(device, early, now);
}

#pragma once

#include "ForwardingServerStore.h"

// Mutant 2 (SPEC 3.1, "return"): the server takes a desk's returned rights back to the pool at
// once, without waiting until it has applied every event the desk made before the return. A
// right the desk spent on an event still on its way is then taken twice.
class ReturnBeforeEventsStore final : public ForwardingServerStore
{
public:
    using ForwardingServerStore::ForwardingServerStore;

    RightsOutcome requestRights(const DeviceRecord &device, const RightsRequest &request,
                                const QDateTime &now) override;
};

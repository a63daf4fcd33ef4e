#pragma once

#include "ForwardingServerStore.h"

// Mutant 5 (SPEC 3, "delivering it twice has the effect of delivering it once"): the server
// recognises a resent event by its id, answers "duplicate" as before, and applies it again
// anyway: its stock, bookings and rights move a second time.
class ReplayAppliedTwiceStore final : public ForwardingServerStore
{
public:
    using ForwardingServerStore::ForwardingServerStore;

    QList<EventResult> pushEvents(const DeviceRecord &device, const QList<Event> &events,
                                  const QDateTime &receivedAt) override;
};

#pragma once

#include "ForwardingServerStore.h"

// Mutant 3 (SPEC 3.1, "inject, at the holder"): when the holder injects its booking that
// another desk cancelled first, the server does not take back the credit the cancel gave the
// holder. The dose leaves `available` and nobody pays for it.
class HolderSkipsPaymentStore final : public ForwardingServerStore
{
public:
    using ForwardingServerStore::ForwardingServerStore;

    QList<EventResult> pushEvents(const DeviceRecord &device, const QList<Event> &events,
                                  const QDateTime &receivedAt) override;
};

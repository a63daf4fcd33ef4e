#pragma once

#include "sync/SyncTransport.h"

// Mutant 1 (SPEC 3.1, "refill"): the desk gets a refill's rights without the feed up to the
// grant: the answer's feed is cut to an empty page at the desk's cursor, so the desk applies the
// rights first and reads the events that stand behind them later, with its next pulls.
class RefillWithoutFeedLink final : public SyncTransport
{
public:
    explicit RefillWithoutFeedLink(SyncTransport *server)
        : m_server(server)
    {}

    TransportReply exchange(const TransportRequest &request) override;

private:
    SyncTransport *m_server = nullptr;
};

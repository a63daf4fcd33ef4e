#pragma once

#include "sync/SyncTransport.h"

class InProcessServer;

// Mutant 4 (SPEC 3.1, "inject, at another desk"): the server gives a surety back as soon as it
// has *sent* the holder a feed page with the injection in it, rather than when the holder
// *reports*, from one durable snapshot, a cursor past the injection and the count of its events.
// The page may be lost on the way, or the holder may have cancelled the booking before reading
// it, its cancel still in its outbox: that cancel then finds no surety to pay for its credit.
class SuretyOnSentLink final : public SyncTransport
{
public:
    explicit SuretyOnSentLink(InProcessServer *server)
        : m_server(server)
    {}

    TransportReply exchange(const TransportRequest &request) override;

private:
    InProcessServer *m_server = nullptr;
};

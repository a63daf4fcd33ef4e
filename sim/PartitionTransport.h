#pragma once

#include "sync/SyncTransport.h"

#include <algorithm>

// A network partition in front of one desk: while cut off, every request fails as unreachable
// before it reaches the transport behind (which is not owned). The simulation counts it down
// one step at a time.
class PartitionTransport final : public SyncTransport
{
public:
    explicit PartitionTransport(SyncTransport *inner)
        : m_inner(inner)
    {}

    void cutOff(int steps) { m_remaining = std::max(m_remaining, steps); }
    void heal() { m_remaining = 0; }
    // One simulated step has passed.
    void tick()
    {
        if (m_remaining > 0)
            --m_remaining;
    }
    bool isCutOff() const { return m_remaining > 0; }

    TransportReply exchange(const TransportRequest &request) override
    {
        if (m_remaining > 0) {
            TransportReply reply;
            reply.failure = TransportReply::Failure::Unreachable;
            reply.errorText = QStringLiteral("partitioned");
            return reply;
        }
        return m_inner->exchange(request);
    }

private:
    SyncTransport *m_inner = nullptr;
    int m_remaining = 0;
};

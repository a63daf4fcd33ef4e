#pragma once

#include "sync/SyncTransport.h"

#include <functional>

// What the desk's staff do while its sync round runs: in production the UI writes on its own
// connection beside the sync worker's, so a command can land between the round's push and its
// rights requests (a return then counts an event the server has not applied yet, and must wait:
// SPEC 3.1). Armed for one round with an action, it runs that action once, just before the first
// request whose path starts with the given prefix goes on to the transport behind (not owned),
// and hands it that request.
class MeanwhileTransport final : public SyncTransport
{
public:
    explicit MeanwhileTransport(SyncTransport *inner)
        : m_inner(inner)
    {}

    void arm(const QString &pathPrefix, std::function<void(const TransportRequest &)> action)
    {
        m_prefix = pathPrefix;
        m_action = std::move(action);
    }
    void disarm() { m_action = nullptr; }
    // Runs before every request, armed or not: the desk's state between two requests of a round
    // is one the checker must accept too (a refill applied without its feed is mended by the
    // round's own pull before the step ends).
    void observe(std::function<void()> observer) { m_observer = std::move(observer); }

    TransportReply exchange(const TransportRequest &request) override
    {
        if (m_observer)
            m_observer();
        if (m_action && request.path.startsWith(m_prefix)) {
            const std::function<void(const TransportRequest &)> action = std::move(m_action);
            m_action = nullptr;
            action(request);
        }
        return m_inner->exchange(request);
    }

private:
    SyncTransport *m_inner = nullptr;
    QString m_prefix;
    std::function<void(const TransportRequest &)> m_action;
    std::function<void()> m_observer;
};

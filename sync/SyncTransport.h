#pragma once

#include <QByteArray>
#include <QString>

// One request of protocol v1 as the sync engine makes it (docs/protocol.md).
struct TransportRequest
{
    QByteArray method; // "GET" or "POST"
    QString path;      // with its query: "/v1/events?after=12&limit=500"
    QByteArray body;   // the JSON of a POST; empty for a GET
    QString token;     // the bearer token; empty for health and enroll
};

// What came back. `failure` is None whenever the server answered, whatever the status: the
// engine reads 4xx and 5xx itself. Anything else means no answer reached the desk, and the
// request may or may not have been applied (the protocol makes resending safe).
struct TransportReply
{
    enum class Failure { None, HostNotFound, Refused, Unreachable, Timeout, Other };

    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    int retryAfterSeconds = -1; // Retry-After in seconds, when the answer had one
    QString errorText;          // what the network layer said, for the log (never shown raw)

    bool answered() const { return failure == Failure::None; }
};

// Between the sync engine and HTTP: HttpTransport in the desk, an in-process server and a
// fault-injecting wrapper in the tests and the simulation. exchange() blocks the calling thread
// (the engine's own, never the GUI's) until an answer, a failure or the transport's timeout,
// and never throws.
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;
    virtual TransportReply exchange(const TransportRequest &request) = 0;
};

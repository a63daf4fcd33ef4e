#pragma once

#include "sync/SyncTransport.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// What FaultyTransport does to one request.
enum class Fault {
    None,        // passed through
    DropRequest, // the inner transport never sees it; the caller gets Unreachable
    DropAnswer,  // the inner transport applies it; the caller gets Timeout
    Duplicate,   // the inner transport sees it twice; the caller gets the second answer
    Delay, // held, delivered to the inner transport after `parameter` more exchanges; the caller gets Timeout
    Overloaded, // 503 overloaded with Retry-After `parameter`, without calling the inner transport
    Hang,       // Timeout without calling the inner transport
};

struct FaultStep
{
    Fault fault = Fault::None;
    int parameter = 0; // Delay: exchanges to hold it (at least 1); Overloaded: Retry-After seconds
};

// The chance of each fault per request when FaultyTransport draws them from its seed.
struct FaultRates
{
    double dropRequest = 0;
    double dropAnswer = 0;
    double duplicate = 0;
    double delay = 0;
    double overloaded = 0;
    double hang = 0;
    int maxDelay = 3;          // a delay holds a request for 1..maxDelay exchanges
    int retryAfterSeconds = 1; // of the 503s
};

// What happened to one request, in the order the requests came.
struct FaultRecord
{
    int index = 0; // 1 for the first request
    QByteArray method;
    QString path;
    FaultStep step;
    int innerCalls = 0;  // calls of the inner transport during this exchange, released ones included
    QList<int> released; // earlier delayed requests delivered to the inner transport after this one
    TransportReply::Failure failure = TransportReply::Failure::None; // what the caller got
    int status = 0;

    // "#3 POST /v1/events delay(2) inner=0 -> timeout", for histories and comparisons.
    QString toString() const;
};

// A fault-injecting SyncTransport around another one (an InProcessServer, or HttpTransport), in
// the spirit of Nextcloud's FakeFolder: each request first takes the next step of the explicit
// script, when there is one; otherwise, when seeded, a fault drawn from the seed and the rates;
// otherwise none. The same seed, rates, script and requests give the same log. The inner
// transport is not owned. Threading: the caller's, as the inner transport's.
class FaultyTransport final : public SyncTransport
{
    Q_DISABLE_COPY_MOVE(FaultyTransport)

public:
    explicit FaultyTransport(SyncTransport *inner)
        : m_inner(inner)
    {}

    void seed(quint32 seed, const FaultRates &rates);
    void script(const QList<FaultStep> &steps) { m_script += steps; }
    void script(Fault fault, int parameter = 0) { m_script.append({fault, parameter}); }

    // Delivers every held request to the inner transport now, in the order they were held
    // (answers dropped, as their callers gave up); answers how many.
    int releaseHeld();
    int heldCount() const { return int(m_held.size()); }
    // How many requests reached the inner transport, duplicates and released ones included.
    int innerCalls() const { return m_innerCalls; }

    const QList<FaultRecord> &log() const { return m_log; }
    QStringList logLines() const;

    TransportReply exchange(const TransportRequest &request) override;

private:
    struct Held
    {
        int index = 0;
        int remaining = 0;
        TransportRequest request;
    };

    FaultStep next();
    TransportReply callInner(const TransportRequest &request, FaultRecord *record);
    void releaseDue(FaultRecord *record);

    SyncTransport *m_inner = nullptr;
    QList<FaultStep> m_script;
    bool m_seeded = false;
    QRandomGenerator m_random;
    FaultRates m_rates;
    QList<Held> m_held;
    QList<FaultRecord> m_log;
    int m_innerCalls = 0;
};

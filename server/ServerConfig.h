#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// The limits an administrator may change with --config FILE (INI):
//   [limits]
//   body_limit_bytes=4194304
//   max_in_flight=128
//   header_limit_bytes=16384
//   max_connections=1024
//   max_connections_per_address=256
//   [server]
//   shutdown_grace_ms=5000
//   header_timeout_ms=10000
//   idle_timeout_ms=30000
//   body_min_bytes_per_second=1024
//   [mypage]
//   rate_per_minute=10
//   rate_burst=10
//   wrong_birth_dates_per_code=5
// Unknown keys are refused, so a typo does not silently leave a default in place.
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    qint64 bodyLimitBytes = 4 * 1024 * 1024;
    // Requests arrived and not answered yet above which the server answers 503 (SPEC 4): twice
    // the 64 desks of SPEC 5, each with a push and a rights call outstanding.
    int maxInFlight = 128;
    // Connections (docs/protocol.md, "Limits"): a request's line and headers at most this many
    // bytes (414/431); connections open at once, in all and from one address (an IPv6 client
    // per /64), kept below the process's descriptor limit whatever is set here.
    int headerLimitBytes = 16 * 1024;
    // A quarter of the total per address: MyPage's customers may come through a carrier's NAT,
    // many behind one address, and a client that closes and reconnects at once (a load test,
    // a desk restarting) is still counted until the server has read its close.
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 256;
    // A request's line and headers arrive within headerTimeoutMs of its first byte, and its body
    // at bodyMinBytesPerSecond or faster over each such interval (else 408); a connection with
    // no request open is closed after idleTimeoutMs.
    int headerTimeoutMs = 10000;
    int idleTimeoutMs = 30000;
    int bodyMinBytesPerSecond = 1024;
    int shutdownGraceMs = 5000; // how long `serve` waits for answers to drain after SIGTERM
    // MyPage lookups each client address may spend at once, and earns back per minute.
    int myPageRateBurst = 10;
    int myPageRatePerMinute = 10;
    // Wrong birth dates a booking code takes before it answers like an unknown code; one more is
    // allowed each hour.
    int myPageWrongBirthDates = 5;

    static std::optional<ServerConfig> load(const QString &path, QString *error);
};

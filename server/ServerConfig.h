#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// The limits an administrator may change with --config FILE (INI):
//   [limits]
//   body_limit_bytes=4194304
//   max_in_flight=128
//   [server]
//   shutdown_grace_ms=5000
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
    int shutdownGraceMs = 5000; // how long `serve` waits for answers to drain after SIGTERM
    // MyPage lookups each client address may spend at once, and earns back per minute.
    int myPageRateBurst = 10;
    int myPageRatePerMinute = 10;
    // Wrong birth dates a booking code takes before it answers like an unknown code; one more is
    // allowed each hour.
    int myPageWrongBirthDates = 5;

    static std::optional<ServerConfig> load(const QString &path, QString *error);
};

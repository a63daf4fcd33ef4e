#include "server/ServerConfig.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString kBodyLimit = QStringLiteral("limits/body_limit_bytes");
const QString kMaxInFlight = QStringLiteral("limits/max_in_flight");
const QString kShutdownGrace = QStringLiteral("server/shutdown_grace_ms");
const QString kHeaderLimit = QStringLiteral("limits/header_limit_bytes");
const QString kMaxConnections = QStringLiteral("limits/max_connections");
const QString kMaxPerAddress = QStringLiteral("limits/max_connections_per_address");
const QString kHeaderTimeout = QStringLiteral("server/header_timeout_ms");
const QString kIdleTimeout = QStringLiteral("server/idle_timeout_ms");
const QString kBodyMinRate = QStringLiteral("server/body_min_bytes_per_second");
const QString kMyPageRate = QStringLiteral("mypage/rate_per_minute");
const QString kMyPageBurst = QStringLiteral("mypage/rate_burst");
const QString kMyPageWrongBirthDates = QStringLiteral("mypage/wrong_birth_dates_per_code");
} // namespace

std::optional<ServerConfig> ServerConfig::load(const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = tr("The settings file %1 does not exist.").arg(path);
        return std::nullopt;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        *error = tr("The settings file %1 cannot be read.").arg(path);
        return std::nullopt;
    }
    for (const QString &key : settings.allKeys()) {
        static const QStringList known{kBodyLimit,     kMaxInFlight,    kShutdownGrace,
                                       kMyPageRate,    kMyPageBurst,    kMyPageWrongBirthDates,
                                       kHeaderLimit,   kMaxConnections, kMaxPerAddress,
                                       kHeaderTimeout, kIdleTimeout,    kBodyMinRate};
        if (!known.contains(key)) {
            *error = tr("The settings file %1 has an unknown setting %2.").arg(path, key);
            return std::nullopt;
        }
    }
    ServerConfig config;
    bool ok = true;
    if (settings.contains(kBodyLimit)) {
        config.bodyLimitBytes = settings.value(kBodyLimit).toLongLong(&ok);
        if (!ok || config.bodyLimitBytes < 1024) {
            *error = tr("%1 must be a number of bytes of at least 1024.").arg(kBodyLimit);
            return std::nullopt;
        }
    }
    if (settings.contains(kHeaderLimit)) {
        config.headerLimitBytes = settings.value(kHeaderLimit).toInt(&ok);
        if (!ok || config.headerLimitBytes < 1024) {
            *error = tr("%1 must be a number of bytes of at least 1024.").arg(kHeaderLimit);
            return std::nullopt;
        }
    }
    if (settings.contains(kShutdownGrace)) {
        config.shutdownGraceMs = settings.value(kShutdownGrace).toInt(&ok);
        if (!ok || config.shutdownGraceMs < 0) {
            *error = tr("%1 must be a number of milliseconds of at least 0.").arg(kShutdownGrace);
            return std::nullopt;
        }
    }
    for (const auto &[key, value] :
         {std::pair{kMaxInFlight, &config.maxInFlight}, std::pair{kMyPageRate, &config.myPageRatePerMinute},
          std::pair{kMyPageBurst, &config.myPageRateBurst},
          std::pair{kMyPageWrongBirthDates, &config.myPageWrongBirthDates},
          std::pair{kMaxConnections, &config.maxConnections},
          std::pair{kMaxPerAddress, &config.maxConnectionsPerAddress},
          std::pair{kHeaderTimeout, &config.headerTimeoutMs}, std::pair{kIdleTimeout, &config.idleTimeoutMs},
          std::pair{kBodyMinRate, &config.bodyMinBytesPerSecond}}) {
        if (settings.contains(key)) {
            *value = settings.value(key).toInt(&ok);
            if (!ok || *value < 1) {
                *error = tr("%1 must be a whole number of at least 1.").arg(key);
                return std::nullopt;
            }
        }
    }
    return config;
}

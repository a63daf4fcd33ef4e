#pragma once

#include "sync/RightsSettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QUrl>

class QSettings;

// The desk's preferences, kept in QSettings. No secrets: the device token lives elsewhere.
// load() never fails: missing or out-of-range values fall back to the defaults.
struct DeskSettings
{
    Q_DECLARE_TR_FUNCTIONS(DeskSettings)

public:
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMaxIdleLockMinutes = 240;
    static constexpr int kMaxWaterMark = 10000;

    // When sync refills this desk's rights for a vaccine (below low) and returns the surplus
    // (above high): SPEC 3.1, RightsSettings.
    struct WaterMarks
    {
        int low = 0;
        int high = 0;
        friend bool operator==(const WaterMarks &, const WaterMarks &) = default;
    };

    // "ko" or "en": the desk's, for the sign-in and for whoever has not chosen their own.
    QString language = defaultLanguage(QLocale::system());
    // The address MyPage links on slips start with; empty: the sync server's, once the desk is
    // enrolled (DeskStore::serverUrl), otherwise no link. Sync itself always uses the enrolled one.
    QUrl serverUrl;
    int idleLockMinutes = kDefaultIdleLockMinutes; // 0: never lock
    // By vaccine id: the marks a vaccine manager or an administrator chose; a vaccine not here
    // takes RightsSettings' default from its bookings of today and tomorrow.
    QMap<QString, WaterMarks> waterMarks;

    // "ko" when `system` is Korean, otherwise "en".
    static QString defaultLanguage(const QLocale &system);
    static bool isLanguage(const QString &code);
    // Why `typed` is not usable as a server address, translated; empty when it is (an http or https
    // URL with a host, or nothing at all for a standalone desk).
    static QString serverUrlProblem(const QString &typed);

    // The language a person chose for themselves (View > Language), kept by staff id; the desk's when
    // they have not chosen one. Not a setting of the clinic's: anyone may choose theirs.
    QString languageOf(const QSettings &settings, const QString &staffId) const;
    // Nothing is kept for an empty or odd staff id (a key of its own: no slash or backslash) or language.
    static void setPersonLanguage(QSettings &settings, const QString &staffId, const QString &code);

    static DeskSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // Where MyPage links point: the address typed here, or else the server the desk is enrolled
    // with (`enrolledServer`, empty for a standalone desk).
    QUrl myPageServer(const QString &enrolledServer) const
    {
        return serverUrl.isEmpty() ? QUrl(enrolledServer) : serverUrl;
    }
    // What the sync worker runs with.
    RightsSettings rightsSettings() const;

    QLocale locale() const { return localeOf(language); }
    static QLocale localeOf(const QString &code)
    {
        return QLocale(code == QLatin1String("ko") ? QLocale::Korean : QLocale::English);
    }
    friend bool operator==(const DeskSettings &, const DeskSettings &) = default;
};

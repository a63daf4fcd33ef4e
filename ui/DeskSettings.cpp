#include "ui/DeskSettings.h"

#include <QSettings>

namespace {
const QString kLanguageKey = QStringLiteral("Desk/language");
const QString kServerUrlKey = QStringLiteral("Desk/serverUrl");
const QString kIdleLockKey = QStringLiteral("Desk/idleLockMinutes");
// WaterMarks/<vaccine id>/low and .../high
const QString kWaterMarksGroup = QStringLiteral("WaterMarks");

// People/<staff id>/language; empty for an id that cannot be a key of its own.
QString personLanguageKey(const QString &staffId)
{
    if (staffId.isEmpty() || staffId.contains(QLatin1Char('/')) || staffId.contains(QLatin1Char('\\')))
        return QString();
    return QStringLiteral("People/%1/language").arg(staffId);
}
} // namespace

QString DeskSettings::defaultLanguage(const QLocale &system)
{
    return system.language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

bool DeskSettings::isLanguage(const QString &code)
{
    return code == QLatin1String("ko") || code == QLatin1String("en");
}

QString DeskSettings::languageOf(const QSettings &settings, const QString &staffId) const
{
    const QString key = personLanguageKey(staffId);
    const QString own = key.isEmpty() ? QString() : settings.value(key).toString();
    return isLanguage(own) ? own : language;
}

void DeskSettings::setPersonLanguage(QSettings &settings, const QString &staffId, const QString &code)
{
    const QString key = personLanguageKey(staffId);
    if (!key.isEmpty() && isLanguage(code))
        settings.setValue(key, code);
}

QString DeskSettings::serverUrlProblem(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return QString();
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return tr("Enter the MyPage address as https://host, or leave it empty.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("The MyPage address must start with http:// or https://.");
    if (url.host().isEmpty())
        return tr("The MyPage address needs a host name, as in https://clinic.example.");
    if (!url.userInfo().isEmpty())
        return tr("The MyPage address must not contain a user name or password.");
    return QString();
}

DeskSettings DeskSettings::load(const QSettings &settings)
{
    DeskSettings result;
    const QString language = settings.value(kLanguageKey).toString();
    if (isLanguage(language))
        result.language = language;
    const QString server = settings.value(kServerUrlKey).toString().trimmed();
    // A hand-edited file with a bad address leaves the desk standalone rather than half-configured.
    if (serverUrlProblem(server).isEmpty())
        result.serverUrl = QUrl(server);
    bool ok = false;
    const int minutes = settings.value(kIdleLockKey).toInt(&ok);
    if (ok && minutes >= 0 && minutes <= kMaxIdleLockMinutes)
        result.idleLockMinutes = minutes;
    const QString prefix = kWaterMarksGroup + QLatin1Char('/');
    for (const QString &key : settings.allKeys()) {
        if (!key.startsWith(prefix) || !key.endsWith(QLatin1String("/low")))
            continue;
        const QString vaccineId = key.mid(prefix.size(), key.size() - prefix.size() - 4);
        bool lowOk = false;
        bool highOk = false;
        const int low = settings.value(key).toInt(&lowOk);
        const int high = settings.value(prefix + vaccineId + QLatin1String("/high")).toInt(&highOk);
        // Marks that cannot be leave the vaccine to its default rather than to a guess.
        if (!vaccineId.isEmpty() && lowOk && highOk && low >= 0 && low <= high && high <= kMaxWaterMark)
            result.waterMarks.insert(vaccineId, {low, high});
    }
    return result;
}

void DeskSettings::save(QSettings &settings) const
{
    settings.setValue(kLanguageKey, language);
    settings.setValue(kServerUrlKey, serverUrl.toString());
    settings.setValue(kIdleLockKey, idleLockMinutes);
    settings.remove(kWaterMarksGroup); // a vaccine set back to its default has no marks stored
    for (auto marks = waterMarks.constBegin(); marks != waterMarks.constEnd(); ++marks) {
        const QString key = kWaterMarksGroup + QLatin1Char('/') + marks.key();
        settings.setValue(key + QLatin1String("/low"), marks->low);
        settings.setValue(key + QLatin1String("/high"), marks->high);
    }
}

RightsSettings DeskSettings::rightsSettings() const
{
    RightsSettings rights;
    for (auto marks = waterMarks.constBegin(); marks != waterMarks.constEnd(); ++marks)
        rights.setMarks(marks.key(), marks->low, marks->high);
    return rights;
}

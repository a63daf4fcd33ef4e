#include "models/commands/DeskCommands.h"
#include "models/domain/Clock.h"
#include "models/store/LocalStore.h"
#include "tools/screenshots/ScreenshotTour.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

namespace {
constexpr int kExitUsage = 2;
constexpr int kExitCannotOpen = 3;
constexpr int kExitFailed = 1;
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Anticorona"));
    QApplication::setApplicationName(QStringLiteral("anticorona-screenshots"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("screenshots", "Saves pictures of the desk's pages, driven like a user."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QApplication::translate("screenshots", "The desk's database file."),
        QApplication::translate("screenshots", "FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QApplication::translate("screenshots", "Where the PNG files go."),
                                       QApplication::translate("screenshots", "DIR"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QApplication::translate("screenshots", "ko or en."),
        QApplication::translate("screenshots", "LANG"), QStringLiteral("ko"));
    parser.addOptions({databaseOption, outOption, languageOption});
    parser.process(app);

    const QString language = parser.value(languageOption);
    if (!parser.isSet(databaseOption) || !parser.isSet(outOption) ||
        (language != QLatin1String("ko") && language != QLatin1String("en"))) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return kExitUsage;
    }
    // The column widths and last username the desk remembers must not come from this machine's
    // desk, nor go to it.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    const QLocale locale = language == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates);
    Translations::install(&app, locale);

    QDir out(parser.value(outOption));
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("screenshots", "Cannot create %1.").arg(out.path())));
        return kExitCannotOpen;
    }
    LocalStore store;
    if (!store.open(parser.value(databaseOption), Database::OpenMode::MustExist)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return kExitCannotOpen;
    }
    // The demo clinic is made around the real date just before, so the real clock matches it.
    SystemClock clock;
    // The tour signs in before it runs a command; until then nobody may.
    DeskCommands commands(&store, &clock, Actor::nobody(QStringLiteral("screenshots")));
    ScreenshotTour tour(&store, &commands, &clock, out, language);
    return tour.run() ? 0 : kExitFailed;
}

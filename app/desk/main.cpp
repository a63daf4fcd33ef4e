#include "app/desk/DeskSession.h"
#include "models/commands/DeskCommands.h"
#include "models/domain/Clock.h"
#include "models/domain/KoreanParticles.h"
#include "models/domain/LocalTimeZone.h"
#include "models/sqlite/WalCheckpointer.h"
#include "models/sqlite/WalWriteVfs.h"
#include "models/store/LocalStore.h"
#include "models/store/Schema.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

namespace {
constexpr int kExitCannotOpen = 3;

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/anticorona.sqlite");
}
} // namespace

int main(int argc, char *argv[])
{
    LocalTimeZone::pin();
    // Before the first connection opens: every connection then writes its log through it.
    WalWriteVfs::install();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Anticorona"));
    QApplication::setApplicationName(QStringLiteral("Anticorona"));
    QApplication::setApplicationVersion(QStringLiteral(ANTICORONA_VERSION));
    Translations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Anticorona vaccination desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main", "The desk's database file (created if missing)."),
        QApplication::translate("main", "FILE"));
    parser.addOption(databaseOption);
    parser.process(app);

    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : defaultDatabasePath();

    LocalStore store;
    if (!store.open(path)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Anticorona"),
            KoreanParticles::fitted(QApplication::translate("main", "The database cannot be opened.\n\n%1")
                                        .arg(store.errorMessage())));
        return kExitCannotOpen;
    }
    SystemClock clock;
    // Nobody has signed in yet: DeskSession names whoever does.
    DeskCommands commands(&store, &clock, Actor::nobody(QStringLiteral("desk")));
    // Commits never wait for a checkpoint: the log is copied back from another thread.
    std::unique_ptr<WalCheckpointer> checkpointer;
    if (store.database()->setAutoCheckpoint(false))
        checkpointer = std::make_unique<WalCheckpointer>(path, Schema::desk());
    DeskSession session(&store, &commands, &clock);
    if (!session.start())
        return 0;
    // Before the store and the clock go: the sync thread uses both.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &session, &DeskSession::stopSync);
    return app.exec();
}

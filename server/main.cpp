#include "models/domain/LocalTimeZone.h"
#include "models/sqlite/WalWriteVfs.h"
#include "server/ServerRunner.h"
#include "translations/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    LocalTimeZone::pin();
    // Before any connection opens: each takes the default VFS of that moment.
    WalWriteVfs::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("anticorona-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANTICORONA_VERSION));
    Translations::install(&app);
    return int(ServerRunner().run(QCoreApplication::arguments().mid(1)));
}

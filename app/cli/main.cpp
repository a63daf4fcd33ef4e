#include "app/cli/CliRunner.h"
#include "models/domain/LocalTimeZone.h"
#include "models/sqlite/WalWriteVfs.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    LocalTimeZone::pin();
    // Before the first connection opens: every connection then writes its log through it.
    WalWriteVfs::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("anticorona-cli"));
    Translations::install(&app);
    // The CLI itself reports why the database cannot be opened or a command failed, in the
    // user's language; the models' warnings and sync's notes would say it twice. QT_LOGGING_RULES turns them
    // on.
    QLoggingCategory::setFilterRules(QStringLiteral("anticorona.database.warning=false\nanticorona.commands."
                                                    "warning=false\nanticorona.sync*.info=false"));
    return int(CliRunner().run(QCoreApplication::arguments().mid(1)));
}

// A desk that books as fast as it can: one DeskCommands::book transaction per customer,
// a line on stdout after each commit. test_cli_crash kills it with SIGKILL mid-stream.
// Usage: booking_loop DATABASE VACCINE_ID [FIRST_CUSTOMER]
#include "models/commands/DeskCommands.h"
#include "models/domain/Clock.h"
#include "models/store/LocalStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3)
        return 2;
    LocalStore store;
    if (!store.open(arguments.at(1), Database::OpenMode::MustExist)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 3;
    }
    const QString vaccine = arguments.at(2);
    const qint64 first = arguments.size() > 3 ? arguments.at(3).toLongLong() : 0;
    SystemClock clock;
    DeskCommands commands(&store, &clock, Actor::system(QStringLiteral("booking_loop")));
    const QDateTime appointment(QDate::currentDate().addDays(1), QTime(10, 0));
    for (qint64 i = first;; ++i) {
        const Customer customer{QStringLiteral("Loop Customer %1").arg(i), QDate(1980, 1, 1),
                                QStringLiteral("010%1").arg(i, 8, 10, QLatin1Char('0'))};
        const CommandResult result = commands.book(vaccine, customer, appointment);
        if (!result.isDone()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.message()));
            return result.status == CommandResult::Status::Refused ? 1 : 3;
        }
        std::printf("%s\n", qPrintable(result.value));
        std::fflush(stdout);
    }
}

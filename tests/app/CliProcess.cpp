#include "CliProcess.h"

#include "models/store/LocalStore.h"

#include <QDate>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace {
constexpr int kTimeoutMs = 120000;
}

QJsonObject CliRun::json() const
{
    const QByteArray trimmed = out.trimmed();
    if (trimmed.contains('\n'))
        return {};
    return QJsonDocument::fromJson(trimmed).object();
}

QString CliProcess::program()
{
    return QStringLiteral(ANTICORONA_CLI);
}

QProcessEnvironment CliProcess::englishEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    return environment;
}

CliRun CliProcess::runRaw(const QStringList &arguments, const QProcessEnvironment &environment,
                          const QStringList &wrapper)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (wrapper.isEmpty())
        process.start(program(), arguments);
    else
        process.start(wrapper.first(), wrapper.mid(1) + QStringList{program()} + arguments);
    CliRun run;
    if (!process.waitForStarted(kTimeoutMs)) {
        run.crashed = true;
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    return run;
}

CliRun CliProcess::run(const QStringList &arguments) const
{
    return runWith(arguments, englishEnvironment());
}

CliRun CliProcess::runJson(const QStringList &arguments) const
{
    return runWith(QStringList{QStringLiteral("--json")} + arguments, englishEnvironment());
}

CliRun CliProcess::runWith(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    return runRaw(QStringList{QStringLiteral("--database"), m_database} + arguments, environment);
}

QString CliProcess::addVaccine(const QString &name) const
{
    const CliRun added = runJson({QStringLiteral("vaccine"), QStringLiteral("add"), name,
                                  QStringLiteral("--manufacturer"), QStringLiteral("Test Pharma")});
    return added.exitCode == 0 ? added.json().value(QStringLiteral("vaccineId")).toString() : QString();
}

bool CliProcess::receive(const QString &vaccineId, const QString &lot, int daysToExpiry, int quantity) const
{
    return run({QStringLiteral("lot"), QStringLiteral("receive"), QStringLiteral("--vaccine"), vaccineId,
                QStringLiteral("--lot"), lot, QStringLiteral("--expiry"), date(daysToExpiry),
                QStringLiteral("--quantity"), QString::number(quantity)})
               .exitCode == 0;
}

QString CliProcess::book(const QString &vaccineId, const QString &name, const QString &phone,
                         int daysAhead) const
{
    const CliRun booked =
        runJson({QStringLiteral("book"), QStringLiteral("--vaccine"), vaccineId, QStringLiteral("--name"),
                 name, QStringLiteral("--birth-date"), QStringLiteral("1980-05-17"),
                 QStringLiteral("--phone"), phone, QStringLiteral("--at"), futureAppointment(daysAhead)});
    return booked.exitCode == 0 ? booked.json().value(QStringLiteral("code")).toString() : QString();
}

QString CliProcess::snapshot() const
{
    const CliRun stock = runJson({QStringLiteral("stock")});
    const CliRun bookings = runJson({QStringLiteral("bookings")});
    const CliRun verify = runJson({QStringLiteral("verify")});
    return QStringLiteral("%1 %2\n%3 %4\nverify %5 %6\nbookings=%7 events=%8\n%9")
        .arg(stock.exitCode)
        .arg(stock.outText().trimmed())
        .arg(bookings.exitCode)
        .arg(bookings.outText().trimmed())
        .arg(verify.exitCode)
        .arg(verify.outText().trimmed())
        .arg(bookingCount())
        .arg(eventCount())
        .arg(rowCounts());
}

QString CliProcess::rowCounts() const
{
    QStringList counts;
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_database);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery tables(db);
            QStringList names;
            if (tables.exec(
                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
                while (tables.next())
                    names.append(tables.value(0).toString());
            }
            for (const QString &name : names) {
                QSqlQuery count(db);
                const bool read =
                    count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)) && count.next();
                counts.append(QStringLiteral("%1=%2").arg(name, read ? count.value(0).toString()
                                                                     : QStringLiteral("?")));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return counts.join(QLatin1Char(' '));
}

qint64 CliProcess::bookingCount() const
{
    LocalStore store;
    return store.open(m_database, Database::OpenMode::MustExist) ? store.bookings()->count() : -1;
}

qint64 CliProcess::eventCount() const
{
    LocalStore store;
    return store.open(m_database, Database::OpenMode::MustExist) ? store.outbox()->count() : -1;
}

QString CliProcess::futureAppointment(int daysAhead, int hour)
{
    return QStringLiteral("%1T%2:30").arg(date(daysAhead)).arg(hour, 2, 10, QLatin1Char('0'));
}

QString CliProcess::date(int daysFromToday)
{
    return QDate::currentDate().addDays(daysFromToday).toString(Qt::ISODate);
}

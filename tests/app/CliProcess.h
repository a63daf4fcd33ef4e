#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What one run of anticorona-cli did.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false; // killed by a signal, or did not finish in time
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonObject json() const; // stdout as one JSON object; empty when it is not exactly one
};

// Runs the real anticorona-cli against one database file, the way a script would.
// The child gets English messages unless a test hands it another environment.
class CliProcess final
{
public:
    explicit CliProcess(const QString &database)
        : m_database(database)
    {}

    static QString program();
    static QProcessEnvironment englishEnvironment();
    // Runs `program arguments...` (no --database added), or `wrapper... cli arguments...` when
    // a wrapper (setpriv) is given.
    static CliRun runRaw(const QStringList &arguments,
                         const QProcessEnvironment &environment = englishEnvironment(),
                         const QStringList &wrapper = {});

    QString database() const { return m_database; }
    CliRun run(const QStringList &arguments) const;
    CliRun runJson(const QStringList &arguments) const;
    CliRun runWith(const QStringList &arguments, const QProcessEnvironment &environment) const;

    // Set-up through the CLI itself; each answers an empty string when the command did not succeed.
    QString addVaccine(const QString &name) const;
    bool receive(const QString &vaccineId, const QString &lot, int daysToExpiry, int quantity) const;
    QString book(const QString &vaccineId, const QString &name, const QString &phone,
                 int daysAhead = 7) const;

    // Everything a refused command must leave as it was: the stock, the bookings, verify's verdict
    // and the row count of every table (read through SQLite, not the CLI).
    QString snapshot() const;
    // "table=rows" for every table of the file, in name order; empty when it cannot be read.
    QString rowCounts() const;
    qint64 bookingCount() const;
    qint64 eventCount() const;

    static QString futureAppointment(int daysAhead, int hour = 10);
    static QString date(int daysFromToday);

private:
    QString m_database;
};

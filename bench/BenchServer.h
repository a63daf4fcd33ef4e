#pragma once

#include "sync/protocol/Enrollment.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

// anticorona-server on its own database for a benchmark: the administrative commands run to
// their end, `serve` on a free loopback port (read from its "listening on" line), as
// tests/server/ServerProcess does. Any failure ends the benchmark (BenchFigures::die).
class BenchServer final
{
public:
    // `wrapper`: a command put in front of the server's, e.g. valgrind; empty for none.
    BenchServer(QString program, QStringList wrapper, QString database)
        : m_program(std::move(program))
        , m_wrapper(std::move(wrapper))
        , m_database(std::move(database))
    {}
    ~BenchServer();
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    // DIR/server.sqlite with no file of an earlier run left there (DIR made if missing).
    static QString freshDatabase(const QString &dir);

    // The command's last line of output (the id or code it made).
    QString run(const QStringList &arguments) const;
    // A device of `site` enrolled over HTTP with a fresh code (the server must be serving).
    EnrollAnswer enroll(const QString &site, const QString &deviceName) const;
    // `serve --listen 127.0.0.1:0`, its stderr to DATABASE.serve.log; returns once it listens.
    void start();
    // SIGTERM, and the end of its answers in flight.
    void stop();

    QUrl url() const { return m_url; }
    qint64 pid() const { return m_serve.processId(); }

private:
    QString m_program;
    QStringList m_wrapper;
    QString m_database;
    QProcess m_serve;
    QUrl m_url;
};

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// What one administrative run of anticorona-server did.
struct ServerRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString lastLine() const; // of stdout: the value a script reads
    QString errText() const { return QString::fromUtf8(err); }
};

// The real anticorona-server binary against one database file: administrative commands, and
// `serve` on a free loopback port (--listen 127.0.0.1:0; the port is read from its first line).
class ServerProcess final
{
public:
    explicit ServerProcess(const QString &database, const QString &configFile = QString())
        : m_database(database)
        , m_configFile(configFile)
    {}
    ~ServerProcess();

    static QString program();
    // `locale` is the LANG and LC_ALL it runs under.
    static ServerRun runRaw(const QStringList &arguments,
                            const QString &locale = QStringLiteral("en_US.UTF-8"));
    ServerRun run(const QStringList &arguments) const; // with --database (and --config)

    // On `port`, or a free one when 0: a restart passes url().port() so clients find it again.
    bool start(quint16 port = 0);
    bool isRunning() const { return m_serve.state() != QProcess::NotRunning; }
    QUrl url() const;
    // Sends `signalNumber`, waits for the end; the exit code, or -1 when it crashed or hung.
    int stop(int signalNumber);
    QByteArray serveOutput();
    qint64 processId() const { return m_serve.processId(); } // of `serve`, for /proc and signals

private:
    QStringList baseArguments() const;

    QString m_database;
    QString m_configFile;
    QProcess m_serve;
    QByteArray m_output;
    quint16 m_port = 0;
};

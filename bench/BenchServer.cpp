#include "bench/BenchServer.h"

#include "bench/BenchFigures.h"
#include "sync/HttpTransport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <csignal>

using BenchFigures::die;

BenchServer::~BenchServer()
{
    if (m_serve.state() != QProcess::NotRunning) {
        BenchFigures::forgetOnExit(m_serve.processId());
        m_serve.kill();
        m_serve.waitForFinished(5000);
    }
}

QString BenchServer::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(m_program, QStringList{QStringLiteral("--database"), m_database} + arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        die(QStringLiteral("anticorona-server %1 failed: %2")
                .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAllStandardError())));
    const QStringList lines =
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

QString BenchServer::freshDatabase(const QString &dir)
{
    if (!QDir().mkpath(dir))
        die(QStringLiteral("cannot make %1").arg(dir));
    const QString database = dir + QStringLiteral("/server.sqlite");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(database + suffix);
    return database;
}

EnrollAnswer BenchServer::enroll(const QString &site, const QString &deviceName) const
{
    const QString code = run({QStringLiteral("enroll"), QStringLiteral("--site"), site});
    HttpTransport http(m_url);
    const TransportReply reply =
        http.exchange({"POST",
                       QStringLiteral("/v1/devices/enroll"),
                       QJsonDocument(EnrollRequest{code, deviceName}.toJson()).toJson(QJsonDocument::Compact),
                       {}});
    QString error;
    const std::optional<EnrollAnswer> answer =
        EnrollAnswer::fromJson(QJsonDocument::fromJson(reply.body).object(), &error);
    if (reply.status != 200 || !answer)
        die(QStringLiteral("enrollment of %1 failed: HTTP %2 %3")
                .arg(deviceName)
                .arg(reply.status)
                .arg(error));
    return *answer;
}

void BenchServer::start()
{
    QStringList command = m_wrapper;
    command << m_program << QStringLiteral("--database") << m_database << QStringLiteral("serve")
            << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
    m_serve.setProcessChannelMode(QProcess::SeparateChannels);
    m_serve.setStandardErrorFile(m_database + QStringLiteral(".serve.log"));
    m_serve.start(command.takeFirst(), command);
    if (!m_serve.waitForStarted(10000))
        die(QStringLiteral("cannot start %1").arg(m_program));
    // die() ends the benchmark without running destructors: the server must not outlive it.
    BenchFigures::killOnExit(m_serve.processId());
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(120000); // a server under callgrind starts slowly
    while (!deadline.hasExpired() && m_serve.state() != QProcess::NotRunning) {
        m_serve.waitForReadyRead(100);
        output += m_serve.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));
            return;
        }
    }
    die(QStringLiteral("the server did not say where it listens: %1").arg(QString::fromUtf8(output)));
}

void BenchServer::stop()
{
    BenchFigures::forgetOnExit(m_serve.processId());
    ::kill(pid_t(m_serve.processId()), SIGTERM);
    if (!m_serve.waitForFinished(120000))
        die(QStringLiteral("the server did not stop on SIGTERM"));
}

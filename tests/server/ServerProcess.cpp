#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>

QString ServerRun::lastLine() const
{
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

ServerProcess::~ServerProcess()
{
    if (isRunning()) {
        m_serve.kill();
        m_serve.waitForFinished(5000);
    }
}

QString ServerProcess::program()
{
    return QStringLiteral(ANTICORONA_SERVER);
}

QStringList ServerProcess::baseArguments() const
{
    QStringList arguments{QStringLiteral("--database"), m_database};
    if (!m_configFile.isEmpty())
        arguments << QStringLiteral("--config") << m_configFile;
    return arguments;
}

ServerRun ServerProcess::runRaw(const QStringList &arguments, const QString &locale)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), locale);
    environment.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(environment);
    process.start(program(), arguments);
    ServerRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
    }
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

ServerRun ServerProcess::run(const QStringList &arguments) const
{
    return runRaw(baseArguments() + arguments);
}

bool ServerProcess::start(quint16 port)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    m_serve.setProcessEnvironment(environment);
    m_serve.setProcessChannelMode(QProcess::SeparateChannels);
    m_serve.start(program(), baseArguments() << QStringLiteral("serve") << QStringLiteral("--listen")
                                             << QStringLiteral("127.0.0.1:%1").arg(port));
    m_output.clear();
    if (!m_serve.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && isRunning()) {
        m_serve.waitForReadyRead(100);
        m_output += m_serve.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    return false;
}

QUrl ServerProcess::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

int ServerProcess::stop(int signalNumber)
{
    ::kill(pid_t(m_serve.processId()), signalNumber);
    if (!m_serve.waitForFinished(15000)) {
        m_serve.kill();
        m_serve.waitForFinished();
        return -1;
    }
    m_output += m_serve.readAllStandardOutput();
    return m_serve.exitStatus() == QProcess::NormalExit ? m_serve.exitCode() : -1;
}

QByteArray ServerProcess::serveOutput()
{
    m_output += m_serve.readAllStandardOutput();
    return m_output + m_serve.readAllStandardError();
}

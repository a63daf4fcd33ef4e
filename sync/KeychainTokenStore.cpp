#include "sync/KeychainTokenStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

struct KeychainTokenStore::Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QString text;
};

KeychainTokenStore::KeychainTokenStore(const QString &service, int timeoutMs)
    : m_service(service)
    , m_timeoutMs(timeoutMs)
{}

KeychainTokenStore::Outcome KeychainTokenStore::run(QKeychain::Job *job)
{
    // The job deletes itself once finished, also when it finishes after our timeout.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&outcome, &loop](QKeychain::Job *done) {
        outcome.finished = true;
        outcome.error = done->error();
        outcome.errorText = done->errorString();
        if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome.text = reader->textData();
        loop.quit();
    });
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome.finished)
        loop.exec();
    return outcome;
}

QString KeychainTokenStore::failure(const Outcome &outcome) const
{
    if (!outcome.finished)
        return tr("The system keychain did not answer within %n second(s).", nullptr, m_timeoutMs / 1000);
    switch (outcome.error) {
    case QKeychain::NoBackendAvailable:
        return tr("No system keychain is available here (%1). Start one (GNOME Keyring or KWallet) "
                  "or choose a token file.")
            .arg(outcome.errorText);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr("The system keychain refused access (%1). Unlock it and try again, or choose a token file.")
            .arg(outcome.errorText);
    default:
        return tr("The system keychain cannot be used here (%1). Start and unlock one (GNOME Keyring or "
                  "KWallet), or choose a token file.")
            .arg(outcome.errorText);
    }
}

TokenResult KeychainTokenStore::read(const QString &deviceId)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(deviceId);
    const Outcome outcome = run(job);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return TokenResult::ok(outcome.text);
    if (outcome.finished && outcome.error == QKeychain::EntryNotFound)
        return TokenResult::notFound();
    return TokenResult::failed(failure(outcome));
}

TokenResult KeychainTokenStore::write(const QString &deviceId, const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(deviceId);
    job->setTextData(token);
    const Outcome outcome = run(job);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return TokenResult::ok();
    return TokenResult::failed(failure(outcome));
}

TokenResult KeychainTokenStore::remove(const QString &deviceId)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(deviceId);
    const Outcome outcome = run(job);
    if (outcome.finished &&
        (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        return TokenResult::ok();
    return TokenResult::failed(failure(outcome));
}

QString KeychainTokenStore::description() const
{
    return tr("the system keychain");
}

TokenResult KeychainTokenStore::probe()
{
    const QString key = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const TokenResult written = write(key, secret);
    if (!written.isOk())
        return written;
    const TokenResult readBack = read(key);
    const TokenResult removed = remove(key);
    if (readBack.status == TokenResult::Status::Failed)
        return readBack;
    if (!readBack.isOk() || readBack.token != secret)
        return TokenResult::failed(tr("The system keychain does not keep what is written to it."));
    return removed;
}

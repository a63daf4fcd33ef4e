#include "sync/Enroller.h"

#include "models/domain/DatabaseError.h"
#include "models/sqlite/Database.h"
#include "models/store/DeskStore.h"
#include "models/store/LocalStore.h"
#include "sync/FileTokenStore.h"
#include "sync/HttpTransport.h"
#include "sync/KeychainTokenStore.h"
#include "sync/protocol/Enrollment.h"
#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/ProtocolJson.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcDeskEnroll, "anticorona.sync.enroll")
}

namespace {
Enroller::Result failed(Enroller::Outcome outcome, const QString &message, const QString &reason = {})
{
    Enroller::Result result;
    result.outcome = outcome;
    result.message = message;
    result.reason = reason;
    return result;
}

// The desk's own database failed: SQLite's text to the log, a sentence for the person.
Enroller::Result storeFailed(const DatabaseError &error)
{
    qCWarning(lcDeskEnroll) << "the desk's database failed during enrollment:" << error.message();
    return failed(Enroller::Outcome::StoreFailed,
                  QCoreApplication::translate("Enroller",
                                              "The desk's database could not record the enrollment; "
                                              "nothing was changed. Try again, and if it happens again "
                                              "call for support."));
}
} // namespace

Enroller::Enroller(LocalStore *store, SyncTransport *transport, TokenStoreFactory tokenStores)
    : m_store(store)
    , m_transport(transport)
    , m_tokenStores(tokenStores ? std::move(tokenStores) : TokenStoreFactory(&Enroller::tokenStoreFor))
{}

std::unique_ptr<TokenStore> Enroller::tokenStoreFor(const QString &tokenFile)
{
    if (tokenFile.isEmpty())
        return std::make_unique<KeychainTokenStore>();
    return std::make_unique<FileTokenStore>(tokenFile);
}

Enroller::Result Enroller::enroll(const Request &request)
{
    const QString addressProblem = HttpTransport::checkBaseUrl(request.server);
    if (!addressProblem.isEmpty())
        return failed(Outcome::BadAddress, addressProblem);
    const QString server =
        request.server.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
            .toString();

    try {
        const DeskStore desk(m_store->database());
        if (const QString enrolledWith = desk.serverUrl(); !enrolledWith.isEmpty())
            return failed(Outcome::AlreadyEnrolled,
                          tr("This desk is enrolled already, with %1 as device %2. A desk enrolls once: to "
                             "start over, enroll a new database file.")
                              .arg(enrolledWith, desk.identity().deviceId));
    } catch (const DatabaseError &error) {
        return storeFailed(error);
    }

    // Before the code is spent: a token the desk cannot keep would cost the code for nothing.
    const std::unique_ptr<TokenStore> tokens = m_tokenStores(request.tokenFile);
    if (const TokenResult probed = tokens->probe(); !probed.isOk())
        return failed(Outcome::NoTokenStore,
                      tr("The desk cannot keep its token in %1: %2 The enrollment code was not used.")
                          .arg(tokens->description(), probed.error));

    std::unique_ptr<HttpTransport> ownTransport;
    SyncTransport *transport = m_transport;
    if (!transport) {
        ownTransport = std::make_unique<HttpTransport>(request.server);
        transport = ownTransport.get();
    }
    const TransportReply reply =
        transport->exchange({"POST",
                             QStringLiteral("/v1/devices/enroll"),
                             QJsonDocument(EnrollRequest{request.code, request.deviceName}.toJson())
                                 .toJson(QJsonDocument::Compact),
                             {}});
    if (!reply.answered()) {
        qCInfo(lcDeskEnroll) << "no answer:" << reply.errorText;
        return failed(Outcome::Unreachable,
                      tr("The server %1 cannot be reached. Check the address and the network; the enrollment "
                         "code was not used.")
                          .arg(server));
    }
    // Not JSON, or not an object, reads as an empty object: every field missing, so no answer.
    QString jsonError;
    const QJsonObject json = ProtocolJson::parseObject(reply.body, &jsonError).value_or(QJsonObject());
    if (reply.status != 200) {
        QString error;
        const std::optional<ErrorBody> body = ErrorBody::fromJson(json, &error);
        const QString code = body ? body->code : QString();
        if (reply.status >= 500)
            return failed(Outcome::ServerFailed,
                          tr("The server failed to answer (HTTP %1); try again later with the same code.")
                              .arg(reply.status),
                          code);
        if (code == ErrorCode::EnrollmentCodeUnknown)
            return failed(Outcome::Refused,
                          tr("The server does not know this enrollment code. Check it, or ask the "
                             "administrator for a new one."),
                          code);
        if (code == ErrorCode::EnrollmentCodeUsed)
            return failed(Outcome::Refused,
                          tr("This enrollment code was used already; each code enrolls one desk. Ask the "
                             "administrator for a new one."),
                          code);
        if (code == ErrorCode::EnrollmentCodeExpired)
            return failed(Outcome::Refused,
                          tr("This enrollment code has expired. Ask the administrator for a new one."), code);
        return failed(Outcome::Refused,
                      body ? tr("The server refused the enrollment: %1").arg(body->message)
                           : tr("The server refused the enrollment (HTTP %1).").arg(reply.status),
                      code);
    }
    QString error;
    const std::optional<EnrollAnswer> answer = EnrollAnswer::fromJson(json, &error);
    if (!answer) {
        qCWarning(lcDeskEnroll) << "enrollment answer:" << (jsonError.isEmpty() ? error : jsonError);
        return failed(Outcome::ServerFailed,
                      tr("The server's answer to the enrollment is not what the protocol says; the code may "
                         "be spent. Ask the administrator to check the server."));
    }

    if (const TokenResult written = tokens->write(answer->deviceId, answer->token); !written.isOk())
        return failed(Outcome::TokenFailed,
                      tr("The desk could not store its token in %1: %2 The enrollment code is spent: ask the "
                         "administrator for a new one.")
                          .arg(tokens->description(), written.error));
    try {
        WriteTransaction transaction(m_store->database());
        DeskStore desk(m_store->database());
        if (!desk.adoptIdentity(answer->deviceId, answer->siteId, server)) {
            tokens->remove(answer->deviceId);
            return failed(Outcome::AlreadyEnrolled,
                          tr("This desk was enrolled by someone else meanwhile; its enrollment stays as it "
                             "was."));
        }
        desk.setTokenFile(request.tokenFile);
        transaction.commit();
        m_store->reloadIdentity();
    } catch (const DatabaseError &error) {
        tokens->remove(answer->deviceId);
        return storeFailed(error);
    }
    Result result;
    result.deviceId = answer->deviceId;
    result.siteId = answer->siteId;
    result.server = server;
    result.tokenStore = tokens->description();
    return result;
}

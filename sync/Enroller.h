#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class LocalStore;
class SyncTransport;
class TokenStore;

// Enrollment as one operation (issue 12, docs/protocol.md POST /v1/devices/enroll), for the CLI's
// `enroll` and the desk's Settings: the server's address is checked, then where the token will
// live (before the one-time code is spent: a keychain that does not answer refuses here), then
// the code is traded for the device's identity and token, the token is stored keyed by the new
// device id, and the desk adopts the identity, with all it made standalone, in one transaction.
// The token is stored before the adoption commits: a desk that says it is enrolled always has
// its token (a failed adoption removes it again; the code is spent either way).
// Threading: the thread that opened `store`; enroll() blocks it.
class Enroller final
{
    Q_DECLARE_TR_FUNCTIONS(Enroller)

public:
    enum class Outcome {
        Enrolled,
        BadAddress,      // not an http(s) address with a host; nothing was sent
        AlreadyEnrolled, // this desk has a server already; nothing was sent
        NoTokenStore,    // no keychain answers and no token file was chosen (or it cannot be used)
        Refused,         // the server refused the code or the name (reason: its error code)
        Unreachable,     // no answer
        ServerFailed,    // 5xx, or an answer that is not the protocol's
        TokenFailed,     // the token could not be stored after the code was spent
        StoreFailed      // the desk's database failed; nothing was adopted
    };

    struct Request
    {
        QUrl server;
        QString code;
        QString deviceName;
        QString tokenFile; // empty: the system keychain
    };

    struct Result
    {
        Outcome outcome = Outcome::Enrolled;
        QString message; // for people, in their language; empty when enrolled
        QString reason;  // the server's error code when it refused ("enrollment_code_used")
        QString deviceId;
        QString siteId;
        QString server;     // as stored: no trailing slash, query or fragment
        QString tokenStore; // which store holds the token, for people

        bool enrolled() const { return outcome == Outcome::Enrolled; }
    };

    // Where the token chosen at enrollment will live (the request's tokenFile, empty for the
    // keychain).
    using TokenStoreFactory = std::function<std::unique_ptr<TokenStore>(const QString &tokenFile)>;

    // `transport` (not owned) reaches the server; null: an HttpTransport to the request's address.
    // `tokenStores` makes the token's store; empty: tokenStoreFor().
    explicit Enroller(LocalStore *store, SyncTransport *transport = nullptr,
                      TokenStoreFactory tokenStores = {});

    Result enroll(const Request &request);

    // Where an enrolled desk's token lives: the file it was enrolled with, or the system keychain.
    static std::unique_ptr<TokenStore> tokenStoreFor(const QString &tokenFile);

private:
    LocalStore *m_store = nullptr;
    SyncTransport *m_transport = nullptr;
    TokenStoreFactory m_tokenStores;
};

#pragma once

#include "models/domain/Clock.h"
#include "server/ServerConfig.h"
#include "sync/SyncTransport.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class ApiRouter;
class ApiRoutes;
class ServerStore;
class SqliteServerStore;

// The real server without a socket, for the sync tests and the simulation: a SqliteServerStore
// on a file in its own temporary directory behind the standard routes (ApiRoutes) and the same
// ApiRouter as `anticorona-server serve`. exchange() calls the router directly and returns its
// answer as the HTTP layer would write it: the status, the body bytes and Retry-After. Load
// shedding (503 overloaded) is the socket's business and is not here: FaultyTransport plays it.
// Threading: the thread that made it; exchange() runs the request to the end before returning.
//
// A test may put a substituted store in front of the real one (`StoreFront`, the simulation's
// server-side mutants): the routes then talk to what it makes of the SqliteServerStore, made
// again at each open. store() stays the real one, for the assertions.
class InProcessServer final : public SyncTransport
{
    Q_DISABLE_COPY_MOVE(InProcessServer)

public:
    using StoreFront = std::function<std::unique_ptr<ServerStore>(SqliteServerStore *store)>;

    // `clock` (not owned) is the server's time; the system clock when null.
    explicit InProcessServer(const Clock *clock = nullptr, const ServerConfig &config = ServerConfig(),
                             StoreFront front = {});
    ~InProcessServer() override;

    bool isOpen() const { return m_router != nullptr; }
    QString errorMessage() const { return m_error; }
    QString databasePath() const;

    // As `anticorona-server site add NAME`: the new site's id.
    QString addSite(const QString &name = QStringLiteral("Seoul"));
    // As `anticorona-server enroll --site SITE --expires HOURS`: a one-time code, valid from now.
    QString makeEnrollmentCode(const QString &siteId, int expiresHours = 24);
    // A server restart: the routes and the store go, and the store opens the same file again.
    bool restart();

    // For assertions (and for what a test sets up behind the protocol's back); null when closed.
    SqliteServerStore *store() { return m_store.get(); }
    const Clock *clock() const { return m_clock; }
    int exchanges() const { return m_exchanges; }

    TransportReply exchange(const TransportRequest &request) override;

private:
    bool open();
    void close();

    QTemporaryDir m_dir;
    SystemClock m_systemClock;
    const Clock *m_clock = nullptr;
    ServerConfig m_config;
    StoreFront m_front;
    std::unique_ptr<SqliteServerStore> m_store;
    std::unique_ptr<ServerStore> m_frontStore; // null: the routes use m_store itself
    std::unique_ptr<ApiRoutes> m_routes;
    std::unique_ptr<ApiRouter> m_router;
    QString m_error;
    int m_exchanges = 0;
};

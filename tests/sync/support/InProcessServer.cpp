#include "InProcessServer.h"

#include "server/auth/Credentials.h"
#include "server/http/ApiRouter.h"
#include "server/http/ApiRoutes.h"
#include "server/store/SqliteServerStore.h"
#include "sync/HttpTransport.h"
#include "sync/protocol/Enrollment.h"

#include <QUrl>

InProcessServer::InProcessServer(const Clock *clock, const ServerConfig &config, StoreFront front)
    : m_clock(clock ? clock : &m_systemClock)
    , m_config(config)
    , m_front(std::move(front))
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory: ") + m_dir.errorString();
        return;
    }
    open();
}

InProcessServer::~InProcessServer()
{
    close();
}

QString InProcessServer::databasePath() const
{
    return m_dir.filePath(QStringLiteral("server.sqlite"));
}

bool InProcessServer::open()
{
    auto store = std::make_unique<SqliteServerStore>();
    if (!store->open(databasePath())) {
        m_error = store->errorMessage();
        return false;
    }
    m_store = std::move(store);
    if (m_front)
        m_frontStore = m_front(m_store.get());
    ServerStore *routed = m_frontStore ? m_frontStore.get() : static_cast<ServerStore *>(m_store.get());
    m_routes = std::make_unique<ApiRoutes>(routed, m_clock, m_config);
    m_router = std::make_unique<ApiRouter>(routed, m_config.bodyLimitBytes);
    m_routes->addTo(m_router.get());
    m_error.clear();
    return true;
}

void InProcessServer::close()
{
    m_router.reset();
    m_routes.reset();
    m_frontStore.reset();
    if (m_store)
        m_store->close();
    m_store.reset();
}

bool InProcessServer::restart()
{
    close();
    return open();
}

QString InProcessServer::addSite(const QString &name)
{
    return m_store->addSite(name, m_clock->now());
}

QString InProcessServer::makeEnrollmentCode(const QString &siteId, int expiresHours)
{
    const QString code = Credentials::newEnrollmentCode();
    const QDateTime now = m_clock->now();
    m_store->addEnrollmentCode(Credentials::hash(EnrollRequest::normaliseCode(code)), siteId, now,
                               now.addSecs(qint64(expiresHours) * 3600));
    return code;
}

TransportReply InProcessServer::exchange(const TransportRequest &request)
{
    ++m_exchanges;
    TransportReply reply;
    if (!m_router) {
        // A server that is down: nothing listens.
        reply.failure = TransportReply::Failure::Refused;
        reply.errorText = QStringLiteral("the in-process server is not open");
        return reply;
    }
    const QUrl target(request.path);
    RawApiRequest raw;
    raw.method = request.method.toUpper();
    raw.path = target.path();
    raw.query = QUrlQuery(target);
    if (!request.token.isEmpty())
        raw.authorization = "Bearer " + request.token.toLatin1();
    raw.remoteAddress = QHostAddress::LocalHost;
    raw.body = request.body;
    raw.declaredLength = request.body.size();

    const ApiResponse response = m_router->route(raw);
    reply.status = response.status;
    reply.body = ApiRouter::bodyBytes(response);
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Retry-After", Qt::CaseInsensitive) == 0)
            reply.retryAfterSeconds = HttpTransport::parseRetryAfter(value);
    }
    return reply;
}

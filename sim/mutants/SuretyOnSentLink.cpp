#include "SuretyOnSentLink.h"

#include "InProcessServer.h"
#include "server/auth/Credentials.h"
#include "server/store/EscrowRules.h"
#include "server/store/SqliteEscrowLedger.h"
#include "server/store/SqliteServerStore.h"

#include <QJsonDocument>
#include <QJsonObject>

TransportReply SuretyOnSentLink::exchange(const TransportRequest &request)
{
    const TransportReply reply = m_server->exchange(request);
    if (!reply.answered() || reply.status != 200 || !m_server->store())
        return reply;
    // How far the page just sent reaches: a feed page's `next`, or a refill's feed's.
    QJsonObject page;
    if (request.path.startsWith(QLatin1String("/v1/events")) && request.method == "GET")
        page = QJsonDocument::fromJson(reply.body).object();
    else if (request.path.startsWith(QLatin1String("/v1/rights")))
        page = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("feed")).toObject();
    if (!page.contains(QStringLiteral("next")))
        return reply;
    SqliteServerStore *store = m_server->store();
    const std::optional<DeviceRecord> device = store->deviceByToken(Credentials::hash(request.token));
    if (!device)
        return reply;
    WriteTransaction transaction(store->database());
    SqliteEscrowLedger ledger(store->database(), device->siteId);
    EscrowRules(&ledger).holderReported(device->id, page.value(QStringLiteral("next")).toInteger(),
                                        m_server->clock()->now());
    transaction.commit();
    return reply;
}

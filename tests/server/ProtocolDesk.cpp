#include "ProtocolDesk.h"

#include "HttpClient.h"
#include "ServerProcess.h"
#include "sync/EventBatch.h"

#include <QDebug>

bool ProtocolDesk::enroll(const QString &siteId, const QString &name)
{
    const QString code =
        m_server->run({QStringLiteral("enroll"), QStringLiteral("--site"), siteId}).lastLine();
    const HttpReply reply =
        m_http->postJson(QStringLiteral("/v1/devices/enroll"),
                         {{QStringLiteral("code"), code}, {QStringLiteral("deviceName"), name}});
    if (reply.status != 200)
        return false;
    m_deviceId = reply.json().value(QStringLiteral("deviceId")).toString();
    m_token = reply.json().value(QStringLiteral("token")).toString();
    m_siteId = siteId;
    m_maker = EventMaker(m_deviceId, siteId);
    return !m_deviceId.isEmpty() && !m_token.isEmpty();
}

QStringList ProtocolDesk::push(const QList<Event> &events)
{
    const HttpReply reply =
        m_http->postJson(QStringLiteral("/v1/events"), EventBatch{events}.toJson(), m_token);
    m_eventsMade += events.size();
    QString error;
    const std::optional<BatchAnswer> answer = BatchAnswer::fromJson(reply.json(), &error);
    QStringList statuses;
    if (reply.status != 200 || !answer)
        return statuses;
    for (const EventResult &result : answer->results)
        statuses << EventResult::statusName(result.status) +
                        (result.reason.isEmpty() ? QString() : QLatin1Char(':') + result.reason);
    return statuses;
}

bool ProtocolDesk::refillRights(const QString &vaccineId, int count)
{
    const HttpReply reply = m_http->postJson(QStringLiteral("/v1/rights"),
                                             {{QStringLiteral("requestId"), EventMaker::newId()},
                                              {QStringLiteral("siteId"), m_siteId},
                                              {QStringLiteral("vaccineId"), vaccineId},
                                              {QStringLiteral("action"), QStringLiteral("refill")},
                                              {QStringLiteral("count"), count},
                                              {QStringLiteral("feedCursor"), 0},
                                              {QStringLiteral("eventsMade"), m_eventsMade}},
                                             m_token);
    if (reply.status != 200 && reply.status != 404)
        qWarning() << "rights refill answered" << reply.status << reply.body;
    return reply.status == 200 || reply.status == 404;
}

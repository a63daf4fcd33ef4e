#include "ProtocolDesk.h"

#include "HttpClient.h"
#include "ServerProcess.h"
#include "sync/protocol/EventBatch.h"

#include <QDebug>

EnrolledDevice enrollDevice(ServerProcess *server, HttpClient *http, const QString &siteId,
                            const QString &name)
{
    const QString code = server->run({QStringLiteral("enroll"), QStringLiteral("--site"), siteId}).lastLine();
    const HttpReply reply =
        http->postJson(QStringLiteral("/v1/devices/enroll"),
                       {{QStringLiteral("code"), code}, {QStringLiteral("deviceName"), name}});
    if (reply.status != 200)
        return {};
    const QJsonObject json = reply.json();
    return {json.value(QStringLiteral("deviceId")).toString(),
            json.value(QStringLiteral("siteId")).toString(), json.value(QStringLiteral("token")).toString()};
}

bool ProtocolDesk::enroll(const QString &siteId, const QString &name)
{
    const EnrolledDevice device = enrollDevice(m_server, m_http, siteId, name);
    m_deviceId = device.deviceId;
    m_token = device.token;
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

#include "RefillWithoutFeedLink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TransportReply RefillWithoutFeedLink::exchange(const TransportRequest &request)
{
    TransportReply reply = m_server->exchange(request);
    if (!reply.answered() || reply.status != 200 || !request.path.startsWith(QLatin1String("/v1/rights")))
        return reply;
    QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
    if (!answer.contains(QStringLiteral("feed")))
        return reply; // a return's answer
    const qint64 after =
        answer.value(QStringLiteral("feed")).toObject().value(QStringLiteral("after")).toInteger();
    answer.insert(QStringLiteral("feed"), QJsonObject{{QStringLiteral("after"), after},
                                                      {QStringLiteral("next"), after},
                                                      {QStringLiteral("more"), false},
                                                      {QStringLiteral("entries"), QJsonArray()}});
    reply.body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    return reply;
}

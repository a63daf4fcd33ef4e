#include "FaultyTransport.h"

#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/ProtocolJson.h"

#include <algorithm>

namespace {
QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("pass");
    case Fault::DropRequest:
        return QStringLiteral("drop-request");
    case Fault::DropAnswer:
        return QStringLiteral("drop-answer");
    case Fault::Duplicate:
        return QStringLiteral("duplicate");
    case Fault::Delay:
        return QStringLiteral("delay");
    case Fault::Overloaded:
        return QStringLiteral("overloaded");
    case Fault::Hang:
        return QStringLiteral("hang");
    }
    return QString();
}

QString failureName(TransportReply::Failure failure)
{
    using Failure = TransportReply::Failure;
    switch (failure) {
    case Failure::None:
        return QString();
    case Failure::HostNotFound:
        return QStringLiteral("host-not-found");
    case Failure::Refused:
        return QStringLiteral("refused");
    case Failure::Unreachable:
        return QStringLiteral("unreachable");
    case Failure::Timeout:
        return QStringLiteral("timeout");
    case Failure::Other:
        return QStringLiteral("other");
    }
    return QString();
}

TransportReply failed(TransportReply::Failure failure, const char *text)
{
    TransportReply reply;
    reply.failure = failure;
    reply.errorText = QString::fromLatin1(text);
    return reply;
}
} // namespace

QString FaultRecord::toString() const
{
    QString line = QStringLiteral("#%1 %2 %3 %4")
                       .arg(index)
                       .arg(QString::fromLatin1(method), path, faultName(step.fault));
    if (step.fault == Fault::Delay || step.fault == Fault::Overloaded)
        line += QStringLiteral("(%1)").arg(step.parameter);
    line += QStringLiteral(" inner=%1 -> ").arg(innerCalls);
    line += failure == TransportReply::Failure::None ? QString::number(status) : failureName(failure);
    for (int heldIndex : released)
        line += QStringLiteral(", released #%1").arg(heldIndex);
    return line;
}

void FaultyTransport::seed(quint32 seed, const FaultRates &rates)
{
    m_random.seed(seed);
    m_rates = rates;
    m_seeded = true;
}

FaultStep FaultyTransport::next()
{
    if (!m_script.isEmpty())
        return m_script.takeFirst();
    if (!m_seeded)
        return {};
    // One draw per request, whatever it decides, so a log depends only on the seed and the
    // number of requests.
    const double draw = m_random.generateDouble();
    const int extra = int(m_random.bounded(quint32(std::max(1, m_rates.maxDelay))));
    const std::pair<double, Fault> faults[] = {
        {m_rates.dropRequest, Fault::DropRequest}, {m_rates.dropAnswer, Fault::DropAnswer},
        {m_rates.duplicate, Fault::Duplicate},     {m_rates.delay, Fault::Delay},
        {m_rates.overloaded, Fault::Overloaded},   {m_rates.hang, Fault::Hang}};
    double bound = 0;
    for (const auto &[rate, fault] : faults) {
        bound += rate;
        if (draw < bound) {
            if (fault == Fault::Delay)
                return {fault, 1 + extra};
            if (fault == Fault::Overloaded)
                return {fault, m_rates.retryAfterSeconds};
            return {fault, 0};
        }
    }
    return {};
}

TransportReply FaultyTransport::callInner(const TransportRequest &request, FaultRecord *record)
{
    ++m_innerCalls;
    ++record->innerCalls;
    return m_inner->exchange(request);
}

void FaultyTransport::releaseDue(FaultRecord *record)
{
    QList<Held> due;
    for (auto it = m_held.begin(); it != m_held.end();) {
        if (--it->remaining <= 0) {
            due.append(*it);
            it = m_held.erase(it);
        } else {
            ++it;
        }
    }
    for (const Held &held : std::as_const(due)) {
        callInner(held.request, record); // its caller timed out long ago: the answer goes nowhere
        record->released.append(held.index);
    }
}

int FaultyTransport::releaseHeld()
{
    const QList<Held> held = std::exchange(m_held, {});
    FaultRecord ignored;
    for (const Held &one : held)
        callInner(one.request, &ignored);
    return int(held.size());
}

TransportReply FaultyTransport::exchange(const TransportRequest &request)
{
    FaultRecord record;
    record.index = int(m_log.size()) + 1;
    record.method = request.method;
    record.path = request.path;
    record.step = next();

    using Failure = TransportReply::Failure;
    TransportReply reply;
    switch (record.step.fault) {
    case Fault::None:
        reply = callInner(request, &record);
        break;
    case Fault::DropRequest:
        reply = failed(Failure::Unreachable, "fault: request dropped");
        break;
    case Fault::DropAnswer:
        callInner(request, &record);
        reply = failed(Failure::Timeout, "fault: answer dropped");
        break;
    case Fault::Duplicate:
        callInner(request, &record);
        reply = callInner(request, &record);
        break;
    case Fault::Delay:
        record.step.parameter = std::max(1, record.step.parameter);
        // Released from the next exchange on, so this one's own request does not count.
        m_held.append({record.index, record.step.parameter + 1, request});
        reply = failed(Failure::Timeout, "fault: request delayed");
        break;
    case Fault::Overloaded:
        reply.status = 503;
        reply.body = ProtocolJson::serialize(ErrorBody{
            ErrorCode::Overloaded, QStringLiteral("The server has too many requests; try again in a moment.")}
                                                 .toJson());
        reply.retryAfterSeconds = record.step.parameter;
        break;
    case Fault::Hang:
        reply = failed(Failure::Timeout, "fault: no answer");
        break;
    }
    releaseDue(&record);
    record.failure = reply.failure;
    record.status = reply.status;
    m_log.append(record);
    return reply;
}

QStringList FaultyTransport::logLines() const
{
    QStringList lines;
    for (const FaultRecord &record : m_log)
        lines << record.toString();
    return lines;
}

#pragma once

#include "EventMaker.h"
#include "sync/protocol/EventResult.h"

#include <QList>
#include <QString>

class HttpClient;
class ServerProcess;

// What POST /v1/devices/enroll gave a device: empty fields when enrolment failed.
struct EnrolledDevice
{
    QString deviceId;
    QString siteId;
    QString token;
};

// Enrols a device the way an administrator and a desk do: the server's `enroll` command for a code,
// then POST /v1/devices/enroll with it.
EnrolledDevice enrollDevice(ServerProcess *server, HttpClient *http, const QString &siteId,
                            const QString &name = QStringLiteral("Desk"));

// A desk as the server sees it, for tests: enrolled through the protocol (the administrator's
// `enroll` command, then POST /v1/devices/enroll) and pushing events made by its EventMaker.
class ProtocolDesk final
{
public:
    ProtocolDesk(ServerProcess *server, HttpClient *http)
        : m_server(server)
        , m_http(http)
    {}

    bool enroll(const QString &siteId, const QString &name = QStringLiteral("Desk"));
    // The per-event statuses ("accepted", "rejected:not_available", ...); empty when the push failed.
    QStringList push(const QList<Event> &events);
    // POST /v1/rights: a refill of `count` rights for bookings (SPEC 3.1). True when granted, and
    // also when the server has no rights endpoint (404): then bookings need no rights.
    bool refillRights(const QString &vaccineId, int count);

    EventMaker &maker() { return m_maker; }
    QString deviceId() const { return m_deviceId; }
    QString token() const { return m_token; }

private:
    ServerProcess *m_server = nullptr;
    HttpClient *m_http = nullptr;
    QString m_deviceId;
    QString m_token;
    QString m_siteId;
    qint64 m_eventsMade = 0;
    EventMaker m_maker{QString(), QString()};
};

#pragma once

#include "models/domain/Event.h"

#include <QDate>
#include <QString>

// Makes the events a desk would push, with the desk's gap-free sequence and payloads shaped
// like DeskCommands' (models/DeskCommands.cpp), so tests speak the protocol without a desk.
class EventMaker final
{
public:
    EventMaker(const QString &deviceId, const QString &siteId)
        : m_deviceId(deviceId)
        , m_siteId(siteId)
    {}

    Event registerVaccine(const QString &vaccineId, const QString &name);
    Event receive(const QString &vaccineId, const QString &lotNumber, int quantity, int daysToExpiry = 90);
    Event writeOff(const QString &vaccineId, int quantity);
    // `bookingId` and `code` come back through the references when empty.
    Event book(const QString &vaccineId, const QString &name, const QString &phone, QString *bookingId,
               QString *code);
    Event cancel(const QString &bookingId, const QString &vaccineId);
    // `override`: the desk had no right to pay for it and recorded it anyway (SPEC 3.1).
    Event inject(const QString &bookingId, const QString &vaccineId, const QString &lotNumber,
                 bool override = false);
    // `holder` defaults to this desk, as for the desk's own bookings.
    Event undoInjection(const QString &bookingId, const QString &code, const QString &vaccineId,
                        const QString &lotNumber, const QString &holder = QString());

    static QString newId();

private:
    Event make(EventType type, const QJsonObject &payload);

    QString m_deviceId;
    QString m_siteId;
    qint64 m_sequence = 0;
};

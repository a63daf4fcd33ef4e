#pragma once

#include <QJsonObject>

// The interesting interleavings a run produced, and what the end of each seed found.
struct SimCounters
{
    // Two desks acted on one booking, the second before it had seen the first's event.
    qint64 cancelVsInject = 0;
    qint64 injectVsInject = 0;
    qint64 cancelVsCancel = 0;
    qint64 suretySettled = 0; // sureties returned or spent at the server
    qint64 overrides = 0;     // injections recorded without a right, as the server counts them
    qint64 crashes = 0;
    qint64 serverRestarts = 0;
    qint64 partitions = 0;
    qint64 conflicts = 0; // rejected events, each a conflict on its desk
    qint64 lotDrift = 0;  // desks whose doses per lot differ from the server's at the end

    SimCounters &operator+=(const SimCounters &other)
    {
        cancelVsInject += other.cancelVsInject;
        injectVsInject += other.injectVsInject;
        cancelVsCancel += other.cancelVsCancel;
        suretySettled += other.suretySettled;
        overrides += other.overrides;
        crashes += other.crashes;
        serverRestarts += other.serverRestarts;
        partitions += other.partitions;
        conflicts += other.conflicts;
        lotDrift += other.lotDrift;
        return *this;
    }

    void addTo(QJsonObject *json) const
    {
        json->insert(QStringLiteral("cancel_vs_inject"), cancelVsInject);
        json->insert(QStringLiteral("inject_vs_inject"), injectVsInject);
        json->insert(QStringLiteral("cancel_vs_cancel"), cancelVsCancel);
        json->insert(QStringLiteral("surety_settled"), suretySettled);
        json->insert(QStringLiteral("overrides"), overrides);
        json->insert(QStringLiteral("crashes"), crashes);
        json->insert(QStringLiteral("server_restarts"), serverRestarts);
        json->insert(QStringLiteral("partitions"), partitions);
        json->insert(QStringLiteral("conflicts"), conflicts);
        json->insert(QStringLiteral("lot_drift"), lotDrift);
    }
};

#pragma once

#include <QJsonObject>
#include <QString>

struct SuretyRelease;

// The feed entry that gives a surety back (SPEC 3.1, docs/protocol.md "SuretyReleased"). The
// server makes it, not a desk, and stores it in the event log beside the desks' events, so it
// takes its place in the site's feed order after the holder's report that released it. It has
// an event's shape, so a feed page stays one list in one order.
class SuretyReleasedEntry final
{
public:
    static QString typeName();
    // The maker named in the entry; never a device id, which are UUIDs.
    static QString makerId();
    // One per booking (a booking holds at most one surety), so the same on every computation.
    static QString eventId(const QString &bookingId);
    static QJsonObject body(const QString &siteId, const SuretyRelease &release);
};

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
    // A name-based UUID (version 5): desks make random ones (version 4), and the server refuses
    // a desk's event whose id is name-based (isReservedId), so no desk can take it first.
    // `attempt` > 0 gives another id of the same booking, for a file where a desk took the
    // first before the server refused such ids.
    static QString eventId(const QString &bookingId, int attempt = 0);
    // Every spelling QUuid reads of a name-based UUID (versions 3 and 5): the server's namespace.
    static bool isReservedId(const QString &eventId);
    static QJsonObject body(const QString &siteId, const SuretyRelease &release, const QString &eventId);
};

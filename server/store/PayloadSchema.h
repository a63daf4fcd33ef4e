#pragma once

#include "models/domain/Event.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class JsonReader;

// The fields each event type's payload may carry, with a length limit on every string and a
// count limit on every list (docs/protocol.md, "Limits"). The server trims a desk's payload to
// these fields before it computes the stored body, so what it stores and serves back is only
// what desks write (DeskCommands), and a resent event with the same extra fields still has the
// same body (a duplicate, not a reused id). Types and values are checked by EventApplier.
class PayloadSchema final
{
    Q_DECLARE_TR_FUNCTIONS(PayloadSchema)

public:
    static constexpr int kMaxIdLength = 64;     // vaccine, booking, device and event ids (UUIDs)
    static constexpr int kMaxShortLength = 64;  // codes, dates, phone numbers
    static constexpr int kMaxTextLength = 1000; // names, lot numbers, reasons: Rules has the tighter limits
    static constexpr int kMaxLots = 1000;       // the lots a write-off names

    // Drops every field `type` does not have; answers why the payload is over a limit, or an
    // empty string when it is not.
    static QString trim(EventType type, QJsonObject *payload);

private:
    // Each lot as {lotNumber, quantity}; over a limit, `lots` as it came, with the error.
    static QJsonArray trimLots(const QJsonArray &lots, const QString &path, JsonReader *errors);
};

#pragma once

#include <QStringList>

class SimWorld;

// The escrow state of a world in a few lines, for a failing seed's report and for --trace: per
// desk and vaccine its stock and rights, at the server per vaccine the pool, debt and overrides
// and the rights it counts at each desk, and every surety with its outcome.
namespace SimSnapshot {
QStringList describe(SimWorld *world);
// Every event about the booking with `code`: at the server in its order (accepted with their
// sequence, or rejected with the reason), and in each desk's outbox with its feed cursor.
QStringList bookingTrail(SimWorld *world, const QString &code);
// Every event the server rejected, in the order it received them, with the reason.
QStringList rejections(SimWorld *world);
} // namespace SimSnapshot

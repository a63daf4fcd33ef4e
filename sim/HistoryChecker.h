#pragma once

#include "SimVerdict.h"

#include <QStringList>

class SimWorld;
struct SimDesk;

// The checks of issue 13 over a simulated world. After every step: on every desk
// booked <= on hand + overrides per vaccine (its stock_levels), and at the server per site and
// vaccine the escrow audit (rights at desks + pool + sureties = available + debt, debt <=
// overrides, booked <= stock + overrides). At the end, once every desk has settled: each desk
// agrees with the server (bookings and their states, lots, stock), each event a desk made took
// effect exactly once, each rejected one is a conflict on its desk, each desk's rights are what
// the server counts there, each injection recorded without a right is counted as an override at
// the server, and the desks' and the server's verifiers pass.
class HistoryChecker final
{
public:
    explicit HistoryChecker(SimWorld *world)
        : m_world(world)
    {}

    QStringList checkStep();
    // The desk's part of checkStep(), also run between the requests of a round.
    QStringList checkDesk(SimDesk &desk);
    SimVerdict checkEnd();

private:
    void checkEvents(SimDesk &desk, SimVerdict *verdict);
    void checkAgreement(SimDesk &desk, SimVerdict *verdict);
    void checkRights(SimDesk &desk, SimVerdict *verdict);

    SimWorld *m_world = nullptr;
};

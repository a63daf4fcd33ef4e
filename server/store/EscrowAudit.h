#pragma once

#include <QString>

// SPEC 3.1's checks of one site and vaccine, as the server counts them (docs/protocol.md):
// rightsAtDesks + pool + sureties == available + debt, debt <= overrides, and so
// booked <= stock + overrides. ServerVerifier reads one per site and vaccine.
struct EscrowAudit
{
    QString siteId;
    QString vaccineId;
    qint64 rightsAtDesks = 0;
    qint64 pool = 0;
    qint64 sureties = 0; // held
    qint64 available = 0;
    qint64 debt = 0;
    qint64 stock = 0;
    qint64 booked = 0;
    qint64 overrides = 0; // injections recorded without a right

    bool balanced() const { return rightsAtDesks + pool + sureties == available + debt; }
    bool debtCovered() const { return debt <= overrides; }
    bool bookedCovered() const { return booked <= stock + overrides; }
    bool holds() const { return balanced() && debtCovered() && bookedCovered(); }
};

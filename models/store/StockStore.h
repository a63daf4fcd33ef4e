#pragma once

#include "models/domain/Lot.h"
#include "models/domain/StockLevel.h"
#include "models/domain/Vaccine.h"

#include <QList>

#include <optional>

class Database;

// Vaccines, lots, write-offs, the stock counters and the rights ledger, per site.
// Every method throws DatabaseError; the writers expect an open write transaction.
class StockStore final
{
public:
    StockStore(Database *db, const QString &siteId)
        : m_db(db)
        , m_siteId(siteId)
    {}

    std::optional<Vaccine> vaccine(const QString &id) const;
    QList<Vaccine> vaccines() const;
    std::optional<StockLevel> level(const QString &vaccineId) const;
    QList<StockLevel> levels() const;
    QList<Lot> lots(const QString &vaccineId = QString()) const; // all vaccines when empty
    std::optional<Lot> lot(const QString &vaccineId, const QString &lotNumber) const;

    void insertVaccine(const Vaccine &vaccine, const QString &createdAt);
    // The shared catalogue through the feed: false, and nothing written, when the id is known.
    bool insertVaccineIfNew(const Vaccine &vaccine, const QString &createdAt);
    // More doses in a lot already received (whatever its expiry).
    void addToLot(qint64 lotId, int quantity);
    // The server keeps the first expiry a lot number was received with: a desk's lot follows it.
    void setLotExpiry(qint64 lotId, const QDate &expiry);
    // Takes up to `wanted` rights and says how many it took: a right the desk no longer holds
    // was spent, and the server counts what its rights cannot cover as debt (never below 0).
    int takeRights(const QString &vaccineId, int wanted);
    // Adds to the lot when the number and expiry match one already received.
    void receive(const QString &vaccineId, const QString &lotNumber, const QDate &expiry, int quantity,
                 const QString &at);
    void takeFromLot(qint64 lotId, int quantity);
    // Gives one dose back (an undone or refused injection) to the lot `lotId`, or when that lot is
    // full here to the earliest-expiring lot of the vaccine with room, and returns the lot it went
    // to (0: every lot is full). A refused undo takes its dose again from another lot when the
    // named one was used since (FeedStore::takeDose), while the injection still names the server's
    // lot: giving it back there could pass `received`. Doses of one vaccine count alike.
    qint64 putDoseBack(const QString &vaccineId, qint64 lotId);
    void insertWriteOff(const QString &vaccineId, int quantity, const QString &reason, const QString &at);
    // One statement for all three, so the check booked <= on_hand + overrides holds after it.
    void changeLevel(const QString &vaccineId, int onHandDelta, int bookedDelta, int overridesDelta = 0);
    void changeRights(const QString &vaccineId, int delta);
    // Enrollment of a desk with standalone history: its lots, counters, rights and write-offs
    // become the server's site's (DeskStore::adoptIdentity). This store keeps counting the old site:
    // LocalStore::reloadIdentity() makes a new one.
    void moveToSite(const QString &newSiteId);

private:
    Database *m_db = nullptr;
    QString m_siteId;
};

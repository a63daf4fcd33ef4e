#pragma once

#include "server/store/SiteLedger.h"

class Database;

// SiteLedger on the server's SQLite schema, for one site. Runs inside the write transaction
// of SqliteServerStore::pushEvents; every method throws DatabaseError.
class SqliteSiteLedger final : public SiteLedger
{
public:
    SqliteSiteLedger(Database *db, const QString &siteId)
        : m_db(db)
        , m_siteId(siteId)
    {}

    std::optional<Vaccine> vaccine(const QString &id) override;
    void insertVaccine(const Vaccine &vaccine) override;
    StockLevel level(const QString &vaccineId) override;
    void changeLevel(const QString &vaccineId, int onHandDelta, int bookedDelta) override;
    QList<Lot> lots(const QString &vaccineId) override;
    std::optional<Lot> lot(const QString &vaccineId, const QString &lotNumber) override;
    void receive(const QString &vaccineId, const QString &lotNumber, const QDate &expiry,
                 int quantity) override;
    void takeFromLot(const QString &vaccineId, const QString &lotNumber, int quantity) override;
    std::optional<Booking> booking(const QString &bookingId) override;
    bool codeTaken(const QString &code) override;
    QString bookedCodeFor(const QString &vaccineId, const Customer &customer) override;
    void insertBooking(const Booking &booking) override;
    void setBookingState(const QString &bookingId, BookingState state) override;
    void insertInjection(const QString &bookingId, const QString &lotNumber, const QString &deviceId,
                         const QDateTime &at, bool undoable) override;
    std::optional<InjectionRecord> latestInjection(const QString &bookingId) override;
    void markInjectionUndone(qint64 injectionId, const QDateTime &at) override;

    // Rule 5's two probes, each one seek of its own index (public for the query-plan test).
    static const char *bookedByNameQuery();
    static const char *bookedByPhoneQuery();

private:
    QString firstCode(const char *sql, const QString &vaccineId, const QDate &birthDate,
                      const QString &value);

    Database *m_db = nullptr;
    QString m_siteId;
};

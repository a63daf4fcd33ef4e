#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

class Database;

// The `injections` rows: every write to the table is here (views may join it for reading). An
// undone injection keeps its row with `undone_at` set, so the history stays whole. Every method
// throws DatabaseError; writers expect an open write transaction.
class InjectionStore final
{
public:
    struct Row
    {
        qint64 id = 0;
        qint64 lotId = 0;
        QString lotNumber;
        QDateTime injectedAt; // UTC
        bool surety = false;
        bool override = false;
        QString deviceId; // empty: made at this desk; else the desk whose feed entry brought it
    };

    explicit InjectionStore(Database *db)
        : m_db(db)
    {}

    // An injection of the booking (by uid) from the lot; `surety` and `override` as SPEC 3.1.
    void insert(const QString &bookingId, qint64 lotId, const QString &at, bool surety, bool override);
    // Another desk's injection, from the feed.
    void insertRemote(const QString &bookingId, qint64 lotId, const QString &at, const QString &deviceId,
                      bool surety, bool override);
    // Rights this desk paid as surety (SPEC 3.1: its injections of other desks' bookings found
    // BOOKED) and has not seen settled, per vaccine: no SuretyReleased entry for the booking in
    // the feed yet, and no cancel of its holder there (which spends it, with no entry).
    QMap<QString, int> heldSureties() const;
    // The booking's (by uid) latest injection that is not undone.
    std::optional<Row> latestActive(const QString &bookingId) const;
    // The same, made by `deviceId` (empty: by this desk).
    std::optional<Row> latestActiveBy(const QString &bookingId, const QString &deviceId) const;
    // This desk's latest undone injection of the booking.
    std::optional<Row> latestUndoneOwn(const QString &bookingId) const;
    int activeCount(const QString &bookingId) const;
    void markUndone(qint64 injectionId, const QString &at);
    void markNotUndone(qint64 injectionId);
    // The id of the outbox's latest Injected event for the booking, empty if this desk made none.
    QString injectedEventId(const QString &bookingId) const;

private:
    Database *m_db = nullptr;
};

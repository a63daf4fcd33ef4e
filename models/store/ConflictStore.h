#pragma once

#include <QList>
#include <QString>

#include <optional>

class Database;

// The `conflicts` rows (SPEC 3: nothing is silently dropped): every own event the server refused,
// with its reason and message, and every clash found while applying the feed. A conflict stays
// open until staff resolve it, keeping this desk's version or taking the server's, with a reason;
// the resolution is a record, any new booking or correction is a command of its own. Every
// method throws DatabaseError; writers expect an open write transaction.
class ConflictStore final
{
public:
    enum class Resolution { KeepOurs, TakeTheirs };

    struct Row
    {
        qint64 id = 0;
        QString eventId;
        QString eventType;
        qint64 sequence = 0; // the outbox sequence of an own event; 0 for a feed entry
        QString bookingId;   // uid, empty when the event names no booking
        QString reason;      // the server's stable code, or the desk's for a clash in the feed
        QString message;
        QString at;
        bool open = true;
        QString resolution; // "ours", "theirs", empty while open
        QString resolutionReason;
        QString resolvedAt;
    };

    // What undoing the event did to the counters, kept so verify can add them up.
    struct Effect
    {
        int onHand = 0;
        int booked = 0;
    };

    explicit ConflictStore(Database *db)
        : m_db(db)
    {}

    qint64 record(const Row &row, const Effect &effect);
    bool existsForEvent(const QString &eventId) const;
    QList<Row> open(int limit = 100) const;
    qint64 openCount() const;
    std::optional<Row> byId(qint64 id) const;
    // False when there is no such conflict or it is resolved already.
    bool resolve(qint64 id, Resolution resolution, const QString &reason, const QString &at);

private:
    Database *m_db = nullptr;
};

#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class LocalStore;

// The `rights_requests` rows (SPEC 3.1, docs/protocol.md "POST /v1/rights"): the desk's refills
// and returns, each stored with its id and its report (feed cursor, events made) BEFORE it is
// sent, so a lost answer, a crash or a restart resends the very same request and the server,
// which answers one id the same way forever, moves the rights once. The only writer of the
// table. Every method throws DatabaseError; writers expect an open write transaction.
class RightsRequestStore final
{
public:
    enum class Action { Refill, Return };

    struct Row
    {
        QString requestId;
        QString vaccineId;
        Action action = Action::Refill;
        qint64 count = 0;
        qint64 feedCursor = 0; // the desk's cursor when it was recorded
        qint64 eventsMade = 0; // the outbox's last sequence then
        bool answered = false;
        QString answer; // what the server answered (its JSON), empty while unanswered
        QString createdAt;
        QString answeredAt;
    };

    explicit RightsRequestStore(LocalStore *store)
        : m_store(store)
    {}

    // A new request with a fresh id and the desk's report, both read in the caller's transaction,
    // so they come from one snapshot. A return deducts its count from the desk's rights here: the
    // rights leave the desk when the request is recorded, not when it is answered, so they cannot
    // be spent while the request travels.
    Row record(const QString &vaccineId, Action action, qint64 count, const QString &at);
    // In the order they were recorded.
    QList<Row> unanswered() const;
    std::optional<Row> byId(const QString &requestId) const;
    // The server answered it for good (a refill's grant, a return's 200).
    void markAnswered(const QString &requestId, const QString &answer, const QString &at);
    // The server refused it and moved nothing (a 4xx other than `not_yet`): answered, and a
    // return's deducted count is credited back, since the rights never left the desk.
    void markRefused(const QString &requestId, const QString &answer, const QString &at);
    // BOOKED bookings this desk holds for `vaccineId` with an appointment in [from, until): what
    // the water marks read as the desk's coming demand.
    int heldBookings(const QString &vaccineId, const QDate &from, const QDate &until) const;

private:
    LocalStore *m_store = nullptr;
};

#pragma once

#include "models/domain/AuditEntry.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QVariantList>

class Database;
struct Actor;

// The audit trail: who changed what, and when. append() runs inside the caller's write
// transaction, so a change and its audit line commit or vanish together. Every method
// throws DatabaseError. Threading: the thread that opened the store.
class AuditStore final
{
public:
    // Every field that is set narrows the list; dates are the desk's local days, inclusive.
    struct Filter
    {
        QString staffName = {}; // exact, case-insensitive
        QString action = {};    // exact
        QString text = {};      // anywhere in the staff name, the subject or what the row says (description)
        QDate from = {};
        QDate to = {};
    };

    static constexpr int kDefaultPageSize = 100;

    // What a row says beyond its subject, kept in its `said` for the text filter: its event's names,
    // manufacturer, lot, reason, code and lots (`words`, one a line), then the names of the vaccine
    // and the booking the ids lead to, read when the row is written.
    struct Said
    {
        QString words;
        QString vaccineId;
        QString bookingId;

        static Said of(const QJsonObject &payload);
        // The same from the fields themselves, for a command that has them at hand (the booking).
        static Said of(const QString &name, const QString &code, const QString &vaccineId,
                       const QString &bookingId);
    };

    explicit AuditStore(Database *db)
        : m_db(db)
    {}

    void append(const Actor &actor, const QString &action, const QString &subject, const QDateTime &at,
                qint64 eventSequence = 0, const Said &said = {});
    // Newest first, each with what description() needs: the event's payload from the outbox and the
    // names of its vaccine and customer as they are now. Keyset paging: pass the id of the last entry of the
    // previous page as `beforeId` (0 for the first page), so page n costs what page 1 costs.
    QList<AuditEntry> page(const Filter &filter, qint64 beforeId = 0, int limit = kDefaultPageSize) const;
    qint64 count() const;
    // The statement page() runs, with the values it binds before the limit (for the plan's test).
    static QString pageQuery(const Filter &filter, qint64 beforeId, QVariantList *values);

    // SQL for what a row says beyond its subject (AuditEntry::description()), which the text filter
    // looks in: the names, lots, reason and code of the outbox row `outbox` (an alias), its vaccine's
    // name and its customer's. append() keeps the same text (Said) in the row's `said`; schema 9 fills it
    // with this for the rows before, so a search reads the audit rows alone, not every payload.
    static QString saidExpression(const QString &outbox);

private:
    Database *m_db = nullptr;
};

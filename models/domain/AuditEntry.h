#pragma once

#include <QDateTime>
#include <QString>

// One line of the audit trail: who did what to which subject, and the event it made (if any).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString staffId;
    QString staffName;
    QString action; // stable: an event type name ("Booked") or "sign-in", "staff-added", ...
    QString subject;
    qint64 eventSequence = 0; // 0 when the action made no event
    // Read with the entry for description(): the event's payload (JSON, empty without an event),
    // the name of the vaccine it names and of the customer of the booking it names, if any.
    QString payload;
    QString vaccineName;
    QString customerName;

    // The action in the user's language; an unknown action is shown as stored.
    static QString actionText(const QString &action);
    // What changed, in the user's language: which customer, lot or account, and how many; the
    // subject as stored for an action it does not know.
    QString description() const;
};

#pragma once

#include "models/domain/Refusal.h"

#include <QString>

// What a command did: done (with the new id or booking code), refused by a rule
// (with the reason), or failed in the database (with SQLite's message).
struct CommandResult
{
    enum class Status { Done, Refused, Failed };

    Status status = Status::Done;
    QString value; // vaccine id, booking code, lot number used
    qint64 eventSequence = 0;
    Refusal refusal;
    QString error;

    bool isDone() const { return status == Status::Done; }
    QString message() const { return status == Status::Refused ? refusal.message : error; }

    static CommandResult done(const QString &value, qint64 sequence)
    {
        return {Status::Done, value, sequence, {}, {}};
    }
    static CommandResult refused(const Refusal &refusal) { return {Status::Refused, {}, 0, refusal, {}}; }
    static CommandResult failed(const QString &error) { return {Status::Failed, {}, 0, {}, error}; }
};

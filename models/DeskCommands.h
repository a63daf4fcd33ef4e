#pragma once

#include "models/CommandResult.h"
#include "models/Customer.h"

#include <QDate>
#include <QDateTime>
#include <QString>

class Clock;
class LocalStore;
class OutboxStore;

// The desk's commands. Each is one write transaction: check the rules against
// the current state, change the state, append the event to the outbox; any
// refusal or failure rolls all of it back. Used from the thread that opened the store.
class DeskCommands final
{
public:
    // `outbox` defaults to the store's own (looked up per command, so the store may be
    // opened after this is made); tests pass one that fails on purpose.
    DeskCommands(LocalStore *store, const Clock *clock, OutboxStore *outbox = nullptr);

    CommandResult registerVaccine(const QString &name, const QString &manufacturer);
    CommandResult receiveStock(const QString &vaccineId, const QString &lotNumber, const QDate &expiry,
                               int quantity);
    CommandResult writeOff(const QString &vaccineId, int quantity, const QString &reason);
    // Done carries the booking code.
    CommandResult book(const QString &vaccineId, const Customer &customer, const QDateTime &appointment);
    CommandResult cancel(const QString &code);
    // An empty lot number picks the default lot (rule 3). Done carries the lot number used.
    CommandResult inject(const QString &code, const QString &lotNumber = QString());

private:
    template<typename Body> CommandResult run(Body body);
    QString nowText() const;

    LocalStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
    OutboxStore *m_outbox = nullptr;
};

#pragma once

#include "common/FixedClock.h"
#include "models/commands/DeskCommands.h"
#include "models/store/LocalStore.h"

#include <QTemporaryDir>

#include <memory>

// A desk on a real SQLite file in a temporary directory, with a clock fixed at 2024-03-04 09:00.
struct TestDesk
{
    static QDateTime start() { return QDateTime(QDate(2024, 3, 4), QTime(9, 0)); }

    QTemporaryDir dir;
    FixedClock clock{start()};
    LocalStore store;
    // Made by open(): DeskCommands takes the store's outbox, which exists only once the store is open.
    std::unique_ptr<DeskCommands> commands;

    bool open()
    {
        if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("desk.sqlite"))))
            return false;
        commands = std::make_unique<DeskCommands>(&store, &clock, Actor::system(QStringLiteral("test")));
        return true;
    }

    // Registers a vaccine and receives `doses` of it in one lot; the vaccine id, empty on failure.
    QString addVaccine(const QString &name, int doses, const QDate &expiry = QDate(2024, 12, 31))
    {
        const CommandResult vaccine =
            commands->registerVaccine(name, QStringLiteral("Maker of %1").arg(name));
        if (!vaccine.isDone())
            return QString();
        if (doses > 0 &&
            !commands->receiveStock(vaccine.value, QStringLiteral("LOT-%1").arg(name), expiry, doses)
                 .isDone())
            return QString();
        return vaccine.value;
    }
};

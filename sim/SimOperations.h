#pragma once

#include "SimCounters.h"

#include <QHash>
#include <QList>
#include <QString>

class SimWorld;
struct SimDesk;
struct CommandResult;
struct SyncRound;

// The steps of the simulation: each moves the clock, picks (from the world's generator only) one
// operation on one desk and runs it: register a vaccine (rarely), receive a lot, write off, book,
// cancel, inject, undo an injection, a sync round, a crash, a partition or a server restart.
// Customers come from a small pool, and a desk acts only on bookings it sees (its own and those
// the feed brought), so two desks often act on the same booking while apart; those pairs are
// counted. Commands the rules refuse are normal; a database failure or a round that fails in a
// way no fault explains is the step's failure. History lines name vaccines by name and bookings by
// a label in the order they were made (b1, b2, ...), not by their random ids and codes, so a plan
// replays to the same lines; legend() pairs the labels with the codes.
class SimOperations final
{
public:
    static constexpr int kCustomers = 8;
    // How often a sync round has a command land in its middle (MeanwhileTransport).
    static constexpr double kMeanwhile = 0.3;

    // `without`: names of kinds never drawn (kindNames()); the others keep their weights.
    SimOperations(SimWorld *world, SimCounters *counters, const QStringList &without = {});

    // register, receive, write-off, book, cancel, inject, undo, sync, crash, partition, restart.
    static QStringList kindNames();

    // Runs step `index`; answers its history line. `failure` is set when the step broke.
    QString step(int index, QString *failure);
    // "booking codes: b1 VQTTMH9U, b2 ...", for a failing seed's state.
    QString legend() const;

private:
    enum class Kind {
        RegisterVaccine,
        Receive,
        WriteOff,
        Book,
        Cancel,
        Inject,
        Undo,
        Sync,
        Crash,
        Partition,
        Restart
    };
    struct Action
    {
        int desk = 0;
        bool inject = false;
        QString eventId;
    };

    struct Weighted
    {
        int weight = 0;
        Kind kind = Kind::Sync;
        const char *name = "";
    };
    static const QList<Weighted> &weights();

    Kind pick();
    QString run(Kind kind, SimDesk &desk, QString *failure);
    QString registerVaccine(SimDesk &desk, QString *failure);
    // `largest`: the most doses one receipt brings; `only`: that vaccine, if the desk has seen it.
    QString receive(SimDesk &desk, QString *failure, int largest = 6, const QString &only = QString());
    QString writeOff(SimDesk &desk, QString *failure);
    QString book(SimDesk &desk, QString *failure);
    QString cancelOrInject(SimDesk &desk, bool inject, QString *failure);
    QString undo(SimDesk &desk, QString *failure);
    QString sync(SimDesk &desk, QString *failure);

    QStringList vaccines(SimDesk &desk);
    // A vaccine's name for its id, a booking's label for its code; anything else as it is.
    QString shown(const QString &value) const;
    // The booking's label, a new one for a code not seen before.
    QString labelBooking(const QString &code);
    // Its view: [uid, code] of the bookings in `state`, in the order it stored them.
    QList<QStringList> bookings(SimDesk &desk, int state) const;
    QString outcome(const CommandResult &result, QString *failure) const;
    // Counts the pairs this action makes with other desks' actions on the booking it has not seen.
    void note(SimDesk &desk, const QString &bookingUid, bool inject, qint64 sequence);

    SimWorld *m_world = nullptr;
    SimCounters *m_counters = nullptr;
    QList<Weighted> m_weights;               // the kinds drawn, with their weights
    QHash<QString, QList<Action>> m_actions; // by booking uid: cancels and injections done
    QHash<QString, QString> m_labels;        // vaccine id -> name, booking code -> label
    QStringList m_codes;                     // booking codes in the order of their labels
};

#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

class LocalStore;

// Where this desk stands with the server, computed from its store, never guessed: what it has not
// sent, the rights it holds, the sureties it paid and has not seen settled, the conflicts staff
// have to look at, and when a round last went through. The CLI's `status` prints it and the
// desk's status line and Sync page show it.
struct SyncStatus
{
    qint64 waiting = 0;          // own events the server has not answered yet
    QMap<QString, int> rights;   // vaccine id -> rights this desk holds
    QMap<QString, int> sureties; // vaccine id -> rights paid as surety, not yet settled
    qint64 conflicts = 0;        // open
    QString lastSync;            // ISO UTC of the last complete round; empty before the first
    QString server;              // the server's address; empty while standalone
    QString deviceId;
    QString siteId;

    bool standalone() const { return server.isEmpty(); }
    int suretiesTotal() const;
    // {"waiting", "rights": {vaccine: n}, "sureties", "suretiesByVaccine", "conflicts", "lastSync"
    // (or null), "server" (or null), "standalone", "deviceId", "siteId"}: the CLI's --json.
    QJsonObject toJson() const;

    // Throws DatabaseError.
    static SyncStatus read(LocalStore *store);
};

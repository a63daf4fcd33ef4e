#pragma once

#include "models/store/LocalStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// Everything a command, a sign-in or a staff change could write, as text: two equal snapshots
// prove that a refusal changed nothing.
inline QString storeSnapshot(LocalStore &store)
{
    QString text;
    QSqlQuery query(store.database()->connection());
    for (const char *sql :
         {"SELECT count(*) FROM vaccines", "SELECT count(*) FROM lots",
          "SELECT group_concat(remaining) FROM lots", "SELECT count(*) FROM bookings",
          "SELECT group_concat(state) FROM bookings", "SELECT count(*) FROM name_grams",
          "SELECT count(*) FROM injections", "SELECT group_concat(undone_at) FROM injections",
          "SELECT count(*) FROM write_offs", "SELECT count(*) FROM outbox",
          "SELECT group_concat(on_hand || '/' || booked) FROM stock_levels",
          "SELECT group_concat(held) FROM rights", "SELECT count(*) FROM audit",
          "SELECT group_concat(username || roles || active || failed_attempts || password_hash) FROM staff",
          "SELECT site_name || '/' || acknowledged_through FROM desk"}) {
        // A broken query fails the test: two equal "failed" snapshots must not read as "unchanged".
        if (!query.exec(QString::fromLatin1(sql)) || !query.next())
            qFatal("store snapshot: %s: %s", sql, qPrintable(query.lastError().text()));
        text += query.value(0).toString() + QLatin1Char(';');
    }
    return text;
}

#pragma once

#include <QCoreApplication>
#include <QString>

// What a sync conflict's stable codes mean to staff: the event type ("Booked") as a word and the
// reason (the server's code, as "not_available", or the desk's own for a clash in the feed) as a
// sentence, in the installed language. The desk's Sync page and the CLI's human output show these;
// the CLI's --json and the database keep the codes. An unknown code is shown with the code itself,
// so a newer server's reason is still readable.
class ConflictText final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictText)

public:
    static QString eventType(const QString &typeName);
    static QString reason(const QString &code);
};

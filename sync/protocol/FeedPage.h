#pragma once

#include "models/domain/Event.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// One entry of the change feed: an accepted event and the server sequence it got.
struct FeedEntry
{
    qint64 serverSequence = 0;
    Event event;
};

// GET /v1/events?after=SEQ&limit=N. Entries are in server order, all > `after`.
// A desk applies a page only if `after` equals its cursor, then moves the cursor to `next`.
struct FeedPage
{
    qint64 after = 0;
    qint64 next = 0;   // the last entry's sequence, or `after` when the page is empty
    bool more = false; // further entries exist past `next`
    QList<FeedEntry> entries;

    QJsonObject toJson() const;
    static std::optional<FeedPage> fromJson(const QJsonObject &json, QString *error);
};

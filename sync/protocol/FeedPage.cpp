#include "sync/protocol/FeedPage.h"

#include "sync/protocol/EventBatch.h"
#include "sync/protocol/JsonReader.h"

#include <QJsonArray>

#include <limits>

QJsonObject FeedPage::toJson() const
{
    QJsonArray array;
    for (const FeedEntry &entry : entries)
        array.append(QJsonObject{{QStringLiteral("serverSequence"), entry.serverSequence},
                                 {QStringLiteral("event"), entry.event.toJson()}});
    return {{QStringLiteral("after"), after},
            {QStringLiteral("next"), next},
            {QStringLiteral("more"), more},
            {QStringLiteral("entries"), array}};
}

std::optional<FeedPage> FeedPage::fromJson(const QJsonObject &json, QString *error)
{
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    JsonReader top(json);
    FeedPage page;
    page.after = top.integer(QStringLiteral("after"), 0, kMax);
    page.next = top.integer(QStringLiteral("next"), 0, kMax);
    page.more = top.boolean(QStringLiteral("more"));
    const QJsonArray array = top.array(QStringLiteral("entries"));
    qint64 previous = page.after;
    for (qsizetype i = 0; top.ok() && i < array.size(); ++i) {
        const QString path = QStringLiteral("entries[%1]").arg(i);
        if (!array.at(i).isObject()) {
            top.fail(JsonReader::tr("%1 must be an object").arg(path));
            break;
        }
        JsonReader reader(array.at(i).toObject(), path);
        FeedEntry entry;
        entry.serverSequence = reader.integer(QStringLiteral("serverSequence"), 1, kMax);
        const QJsonObject eventJson = reader.object(QStringLiteral("event"));
        // The order is what lets a desk trust its cursor: refuse a page that goes backwards.
        if (reader.ok() && entry.serverSequence <= previous)
            reader.fail(JsonReader::tr("%1 is not after the previous entry").arg(path));
        if (!reader.ok()) {
            top.fail(reader.error());
            break;
        }
        QString eventError;
        const std::optional<Event> event =
            EventBatch::eventFromJson(eventJson, path + QStringLiteral(".event"), &eventError);
        if (!event) {
            top.fail(eventError);
            break;
        }
        entry.event = *event;
        previous = entry.serverSequence;
        page.entries.append(entry);
    }
    if (top.ok() && page.next != previous)
        top.fail(JsonReader::tr("next must be the last entry's serverSequence"));
    if (!top.ok()) {
        *error = top.error();
        return std::nullopt;
    }
    return page;
}

#include "server/store/PayloadSchema.h"

#include "sync/protocol/JsonReader.h"

#include <QJsonArray>

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <utility>

namespace {
enum class Kind { Id, Short, Text, Number, Flag, Lots };

using Field = std::pair<const char *, Kind>;

// What DeskCommands writes for each type; a field missing here is lost on the way through.
std::initializer_list<Field> fieldsOf(EventType type)
{
    static const std::initializer_list<Field> vaccine{
        {"vaccineId", Kind::Id}, {"name", Kind::Text}, {"manufacturer", Kind::Text}};
    static const std::initializer_list<Field> receipt{{"vaccineId", Kind::Id},
                                                      {"lotNumber", Kind::Text},
                                                      {"expiry", Kind::Short},
                                                      {"quantity", Kind::Number}};
    static const std::initializer_list<Field> writeOff{
        {"vaccineId", Kind::Id}, {"quantity", Kind::Number}, {"reason", Kind::Text}, {"lots", Kind::Lots}};
    static const std::initializer_list<Field> booking{{"bookingId", Kind::Id},      {"code", Kind::Short},
                                                      {"vaccineId", Kind::Id},      {"name", Kind::Text},
                                                      {"birthDate", Kind::Short},   {"phone", Kind::Short},
                                                      {"appointment", Kind::Short}, {"holder", Kind::Id}};
    static const std::initializer_list<Field> cancel{
        {"bookingId", Kind::Id}, {"code", Kind::Short}, {"vaccineId", Kind::Id}, {"holder", Kind::Id}};
    static const std::initializer_list<Field> injection{
        {"bookingId", Kind::Id}, {"code", Kind::Short},  {"vaccineId", Kind::Id}, {"lotNumber", Kind::Text},
        {"holder", Kind::Id},    {"surety", Kind::Flag}, {"override", Kind::Flag}};
    static const std::initializer_list<Field> undo{{"bookingId", Kind::Id}, {"code", Kind::Short},
                                                   {"vaccineId", Kind::Id}, {"lotNumber", Kind::Text},
                                                   {"holder", Kind::Id},    {"injectedEventId", Kind::Id}};
    switch (type) {
    case EventType::VaccineRegistered:
        return vaccine;
    case EventType::StockReceived:
        return receipt;
    case EventType::StockWrittenOff:
        return writeOff;
    case EventType::Booked:
        return booking;
    case EventType::BookingCancelled:
        return cancel;
    case EventType::Injected:
        return injection;
    case EventType::InjectionUndone:
        return undo;
    case EventType::SuretyReleased:
        break; // the server's own: a desk's is refused whatever it holds
    }
    return {};
}

int limitOf(Kind kind)
{
    switch (kind) {
    case Kind::Id:
        return PayloadSchema::kMaxIdLength;
    case Kind::Short:
        return PayloadSchema::kMaxShortLength;
    case Kind::Text:
        return PayloadSchema::kMaxTextLength;
    default:
        break;
    }
    return 0;
}

// What trim() would keep unchanged: every field one of the type's, of its type and within its
// limit, and no list (a write-off's lots are rebuilt lot by lot). Every pushed event asks, and
// most pass: rebuilding the payload through JsonReader was a sixth of a push (bench/README.md).
bool alreadyTrimmed(EventType type, const QJsonObject &payload)
{
    const std::initializer_list<Field> fields = fieldsOf(type);
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        const QString key = it.key();
        const auto field = std::find_if(fields.begin(), fields.end(),
                                        [&key](const Field &f) { return key == QLatin1String(f.first); });
        if (field == fields.end())
            return false;
        const QJsonValue value = it.value();
        switch (field->second) {
        case Kind::Id:
        case Kind::Short:
        case Kind::Text:
            if (!value.isString() || value.toString().size() > limitOf(field->second))
                return false;
            break;
        case Kind::Number:
            // As JsonReader::integer with trim()'s bounds: toInteger() answers the default for
            // fractions and for doubles beyond 2^53, and the default is the one excluded value.
            if (!value.isDouble() ||
                value.toInteger(std::numeric_limits<qint64>::min()) == std::numeric_limits<qint64>::min())
                return false;
            break;
        case Kind::Flag:
            if (!value.isBool())
                return false;
            break;
        case Kind::Lots:
            return false;
        }
    }
    return true;
}
} // namespace

QString PayloadSchema::trim(EventType type, QJsonObject *payload)
{
    if (alreadyTrimmed(type, *payload))
        return {};
    // The types too: a field the rules never read (an injection's `surety`, a cancel's `code`)
    // must not carry a megabyte object into the feed either. The messages are JsonReader's, as
    // the rules would give them.
    JsonReader reader(*payload, QStringLiteral("payload"));
    QJsonObject kept;
    for (const auto &[name, kind] : fieldsOf(type)) {
        const QString key = QLatin1String(name);
        if (!reader.has(key))
            continue;
        switch (kind) {
        case Kind::Id:
        case Kind::Short:
        case Kind::Text: {
            const QString text = reader.string(key);
            if (const int limit = limitOf(kind); reader.ok() && text.size() > limit)
                reader.fail(tr("%1 is longer than %2 characters").arg(reader.pathOf(key)).arg(limit));
            kept.insert(key, text);
            break;
        }
        case Kind::Number:
            kept.insert(key, payload->value(key));
            reader.integer(key, std::numeric_limits<qint64>::min() + 1, std::numeric_limits<qint64>::max());
            break;
        case Kind::Flag:
            kept.insert(key, reader.boolean(key));
            break;
        case Kind::Lots:
            kept.insert(key, trimLots(reader.array(key), reader.pathOf(key), &reader));
            break;
        }
    }
    *payload = kept;
    return reader.ok() ? QString() : reader.error();
}

QJsonArray PayloadSchema::trimLots(const QJsonArray &lots, const QString &path, JsonReader *errors)
{
    if (lots.size() > kMaxLots) {
        errors->fail(tr("%1 names more than %2 lots").arg(path).arg(kMaxLots));
        return lots;
    }
    QJsonArray trimmed;
    for (qsizetype i = 0; i < lots.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!lots.at(i).isObject()) {
            errors->fail(tr("%1 must be an object").arg(at));
            return lots;
        }
        // Both optional, as the rules read them; of the right type when there.
        const QJsonObject lot = lots.at(i).toObject();
        JsonReader reader(lot, at);
        QJsonObject taken;
        if (reader.has(QStringLiteral("lotNumber"))) {
            const QString number = reader.string(QStringLiteral("lotNumber"));
            if (reader.ok() && number.size() > kMaxTextLength)
                reader.fail(tr("%1 is longer than %2 characters")
                                .arg(reader.pathOf(QStringLiteral("lotNumber")))
                                .arg(kMaxTextLength));
            taken.insert(QStringLiteral("lotNumber"), number);
        }
        if (reader.has(QStringLiteral("quantity"))) {
            taken.insert(QStringLiteral("quantity"), lot.value(QStringLiteral("quantity")));
            reader.integer(QStringLiteral("quantity"), std::numeric_limits<int>::min(),
                           std::numeric_limits<int>::max());
        }
        if (!reader.ok()) {
            errors->fail(reader.error());
            return lots;
        }
        trimmed.append(taken);
    }
    return trimmed;
}

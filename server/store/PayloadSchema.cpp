#include "server/store/PayloadSchema.h"

#include <QJsonArray>

#include <initializer_list>
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

QString tooLong(const QString &path, int limit)
{
    return PayloadSchema::tr("%1 is longer than %2 characters").arg(path).arg(limit);
}
} // namespace

QString PayloadSchema::trim(EventType type, QJsonObject *payload)
{
    QJsonObject kept;
    QString problem;
    for (const auto &[name, kind] : fieldsOf(type)) {
        const QString key = QLatin1String(name);
        const auto found = payload->constFind(key);
        if (found == payload->constEnd())
            continue;
        QJsonValue value = found.value();
        const QString path = QStringLiteral("payload.") + key;
        if (const int limit = limitOf(kind);
            limit > 0 && value.isString() && value.toString().size() > limit) {
            if (problem.isEmpty())
                problem = tooLong(path, limit);
        } else if (kind == Kind::Lots && value.isArray()) {
            const QJsonArray lots = value.toArray();
            if (lots.size() > kMaxLots) {
                if (problem.isEmpty())
                    problem = tr("%1 names more than %2 lots").arg(path).arg(kMaxLots);
            } else {
                QJsonArray trimmed;
                for (qsizetype i = 0; i < lots.size(); ++i) {
                    const QJsonObject lot = lots.at(i).toObject();
                    const QJsonValue number = lot.value(QStringLiteral("lotNumber"));
                    if (problem.isEmpty() && !lots.at(i).isObject())
                        problem = tr("%1[%2] must be an object").arg(path).arg(i);
                    else if (problem.isEmpty() && number.toString().size() > kMaxTextLength)
                        problem =
                            tooLong(QStringLiteral("%1[%2].lotNumber").arg(path).arg(i), kMaxTextLength);
                    QJsonObject taken;
                    for (const QString &field : {QStringLiteral("lotNumber"), QStringLiteral("quantity")}) {
                        if (lot.contains(field))
                            taken.insert(field, lot.value(field));
                    }
                    trimmed.append(taken);
                }
                value = trimmed;
            }
        }
        kept.insert(key, value);
    }
    *payload = kept;
    return problem;
}

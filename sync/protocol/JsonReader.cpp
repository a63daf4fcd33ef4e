#include "sync/protocol/JsonReader.h"

#include <limits>

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QJsonValue JsonReader::require(const QString &key, QJsonValue::Type type, const char *typeName)
{
    if (!ok())
        return QJsonValue();
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(tr("%1 is missing").arg(pathOf(key)));
        return QJsonValue();
    }
    if (value.type() != type) {
        fail(tr("%1 must be %2").arg(pathOf(key), tr(typeName)));
        return QJsonValue();
    }
    return value;
}

QString JsonReader::string(const QString &key)
{
    return require(key, QJsonValue::String, QT_TR_NOOP("a string")).toString();
}

QString JsonReader::nonEmptyString(const QString &key)
{
    const QString value = string(key);
    if (ok() && value.trimmed().isEmpty())
        fail(tr("%1 must not be empty").arg(pathOf(key)));
    return value;
}

qint64 JsonReader::integer(const QString &key, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = require(key, QJsonValue::Double, QT_TR_NOOP("a whole number"));
    if (!ok())
        return 0;
    // toInteger() answers the default for fractions and for doubles beyond 2^53.
    const qint64 number = value.toInteger(std::numeric_limits<qint64>::min());
    if (number == std::numeric_limits<qint64>::min()) {
        fail(tr("%1 must be a whole number").arg(pathOf(key)));
        return 0;
    }
    if (number < minimum || number > maximum) {
        fail(tr("%1 must be between %2 and %3").arg(pathOf(key)).arg(minimum).arg(maximum));
        return 0;
    }
    return number;
}

bool JsonReader::boolean(const QString &key)
{
    return require(key, QJsonValue::Bool, QT_TR_NOOP("true or false")).toBool();
}

QJsonObject JsonReader::object(const QString &key)
{
    return require(key, QJsonValue::Object, QT_TR_NOOP("an object")).toObject();
}

QJsonArray JsonReader::array(const QString &key)
{
    return require(key, QJsonValue::Array, QT_TR_NOOP("an array")).toArray();
}

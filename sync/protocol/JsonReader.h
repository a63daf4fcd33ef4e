#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Reads the fields of one JSON object strictly: a missing field or a value of the wrong
// type records the first error (with the field's path, e.g. "events[2].id") and every later
// read answers an empty value, so a decoder reads all its fields and checks ok() once.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    explicit JsonReader(const QJsonObject &object, const QString &path = QString())
        : m_object(object)
        , m_path(path)
    {}

    QString string(const QString &key);         // required, may be empty
    QString nonEmptyString(const QString &key); // required, not blank
    qint64 integer(const QString &key, qint64 minimum, qint64 maximum);
    bool boolean(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    bool has(const QString &key) const { return m_object.contains(key); }

    void fail(const QString &message);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString pathOf(const QString &key) const;

private:
    QJsonValue require(const QString &key, QJsonValue::Type type, const char *typeName);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

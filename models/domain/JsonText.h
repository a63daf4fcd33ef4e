#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <concepts>
#include <initializer_list>
#include <utility>

// A flat JSON object of strings and booleans written straight to text, byte for byte what
// QJsonDocument(object).toJson(QJsonDocument::Compact) gives for valid text (keys in
// sorted order, the same escapes). Building a QJsonObject and serialising it was about
// 14% of a booking (bench/README.md); the booking's event payload is written with this,
// and so are the demo clinic's million events.
class JsonText final
{
public:
    // A string, or a bool written bare. Only a real bool is a bool: a pointer or a number that
    // would convert to one does not compile.
    class Value final
    {
    public:
        Value() = default;
        Value(QStringView text)
            : m_text(text)
        {}
        Value(const QString &text)
            : m_text(text)
        {}
        Value(std::same_as<bool> auto flag)
            : m_text(flag ? u"true" : u"false")
            , m_bare(true)
        {}
        QStringView text() const { return m_text; }
        bool isBare() const { return m_bare; }

    private:
        QStringView m_text;
        bool m_bare = false;
    };
    using Field = std::pair<QLatin1String, Value>;
    static QString object(std::initializer_list<Field> fields);
    static void appendString(QString &out, QStringView text);
};

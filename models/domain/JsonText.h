#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <utility>

// A flat JSON object of strings written straight to text, byte for byte what
// QJsonDocument(object).toJson(QJsonDocument::Compact) gives for valid text (keys in
// sorted order, the same escapes). Building a QJsonObject and serialising it was about
// 14% of a booking (bench/README.md); the booking's event payload is written with this.
class JsonText final
{
public:
    using Field = std::pair<QLatin1String, QStringView>;
    static QString object(std::initializer_list<Field> fields);
    static void appendString(QString &out, QStringView text);
};

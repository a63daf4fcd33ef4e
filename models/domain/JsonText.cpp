#include "models/domain/JsonText.h"

#include <QVarLengthArray>

#include <algorithm>

QString JsonText::object(std::initializer_list<Field> fields)
{
    // QJsonObject keeps its keys sorted; so does the text, so both forms compare equal.
    QVarLengthArray<Field, 16> sorted(fields.begin(), fields.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const Field &a, const Field &b) { return a.first.compare(b.first) < 0; });
    qsizetype size = 2;
    for (const Field &field : sorted)
        size += field.first.size() + field.second.size() + 6;
    QString out;
    out.reserve(size);
    out.append(QLatin1Char('{'));
    for (const Field &field : sorted) {
        if (out.size() > 1)
            out.append(QLatin1Char(','));
        appendString(out, QString(field.first));
        out.append(QLatin1Char(':'));
        appendString(out, field.second);
    }
    out.append(QLatin1Char('}'));
    return out;
}

void JsonText::appendString(QString &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out.append(QLatin1Char('"'));
    qsizetype plain = 0; // start of the run of characters copied as they are
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(text.mid(plain, i - plain));
        plain = i + 1;
        out.append(QLatin1Char('\\'));
        switch (c) {
        case u'"':
            out.append(QLatin1Char('"'));
            break;
        case u'\\':
            out.append(QLatin1Char('\\'));
            break;
        case u'\b':
            out.append(QLatin1Char('b'));
            break;
        case u'\f':
            out.append(QLatin1Char('f'));
            break;
        case u'\n':
            out.append(QLatin1Char('n'));
            break;
        case u'\r':
            out.append(QLatin1Char('r'));
            break;
        case u'\t':
            out.append(QLatin1Char('t'));
            break;
        default:
            out.append(QLatin1String("u00"));
            out.append(QLatin1Char(hex[c >> 4]));
            out.append(QLatin1Char(hex[c & 0xF]));
        }
    }
    out.append(text.mid(plain));
    out.append(QLatin1Char('"'));
}

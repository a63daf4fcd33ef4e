#include "models/domain/JsonText.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {
bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\';
}

bool isPlain(QLatin1String key)
{
    return std::none_of(key.begin(), key.end(), [](char c) { return needsEscape(uchar(c)); });
}

bool isPlain(QStringView text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) { return needsEscape(c.unicode()); });
}

QChar *put(QChar *out, QLatin1String text)
{
    for (const char c : text)
        *out++ = QLatin1Char(c);
    return out;
}

QChar *put(QChar *out, QStringView text)
{
    return std::copy(text.begin(), text.end(), out);
}

QChar *putQuoted(QChar *out, auto text)
{
    *out++ = u'"';
    out = put(out, text);
    *out++ = u'"';
    return out;
}
} // namespace

QString JsonText::object(std::initializer_list<Field> fields)
{
    // QJsonObject keeps its keys sorted; so does the text, so both forms compare equal.
    QVarLengthArray<Field, 16> sorted(fields.begin(), fields.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const Field &a, const Field &b) { return a.first.compare(b.first) < 0; });
    // Nothing to escape, as in every payload the desk writes: the exact length is known, and
    // the text is written once into it instead of appended piece by piece.
    qsizetype size = sorted.isEmpty() ? 2 : qsizetype(sorted.size()) + 1; // braces and commas
    bool plain = true;
    for (const Field &field : sorted) {
        const QStringView value = field.second.text();
        size += field.first.size() + 3 + value.size() + (field.second.isBare() ? 0 : 2);
        plain = plain && isPlain(field.first) && (field.second.isBare() || isPlain(value));
    }
    if (plain) {
        QString out(size, Qt::Uninitialized);
        QChar *at = out.data();
        *at++ = u'{';
        for (const Field &field : sorted) {
            if (at != out.data() + 1)
                *at++ = u',';
            at = putQuoted(at, field.first);
            *at++ = u':';
            at = field.second.isBare() ? put(at, field.second.text()) : putQuoted(at, field.second.text());
        }
        *at++ = u'}';
        Q_ASSERT(at == out.data() + out.size());
        return out;
    }
    QString out;
    out.reserve(size);
    out.append(QLatin1Char('{'));
    for (const Field &field : sorted) {
        if (out.size() > 1)
            out.append(QLatin1Char(','));
        appendString(out, QString(field.first));
        out.append(QLatin1Char(':'));
        if (field.second.isBare())
            out.append(field.second.text());
        else
            appendString(out, field.second.text());
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

#include "models/domain/PrintableText.h"

#include <QList>

namespace {
bool printable(char32_t c)
{
    return QChar::isPrint(c) && QChar::category(c) != QChar::Separator_Line &&
           QChar::category(c) != QChar::Separator_Paragraph;
}
} // namespace

bool PrintableText::isPrintable(QStringView text)
{
    for (const char32_t c : text.toUcs4()) {
        if (!printable(c))
            return false;
    }
    return true;
}

QString PrintableText::escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\\')
            out += QLatin1String("\\\\");
        else if (printable(c))
            out += QString::fromUcs4(&c, 1);
        else if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

#include "models/csv/Csv.h"

QString Csv::field(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString Csv::record(const QStringList &values)
{
    QString text;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += field(values.at(i));
    }
    return text + QLatin1String("\r\n");
}

QList<Csv::Record> Csv::parse(const QString &text, int *unterminatedLine)
{
    if (unterminatedLine)
        *unterminatedLine = 0;
    QList<Record> records;
    qsizetype at = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    int line = 1;
    const qsizetype size = text.size();
    while (at < size) {
        Record record;
        record.line = line;
        QString field;
        bool quotedRecord = false; // a record of one empty unquoted field is a blank line
        bool endOfRecord = false;
        while (!endOfRecord) {
            if (at < size && text.at(at) == QLatin1Char('"')) {
                quotedRecord = true;
                ++at;
                bool closed = false;
                while (at < size) {
                    const QChar c = text.at(at++);
                    if (c == QLatin1Char('"')) {
                        if (at < size && text.at(at) == QLatin1Char('"')) {
                            field += c;
                            ++at;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\n') ||
                        (c == QLatin1Char('\r') && (at >= size || text.at(at) != QLatin1Char('\n'))))
                        ++line;
                    field += c;
                }
                if (!closed) {
                    if (unterminatedLine)
                        *unterminatedLine = record.line;
                    return records;
                }
            }
            // Unquoted text, or what follows a closing quote, up to the next comma or line break:
            // taken as it is, as spreadsheets do.
            while (at < size) {
                const QChar c = text.at(at);
                if (c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                    break;
                field += c;
                ++at;
            }
            record.fields.append(field);
            field.clear();
            if (at < size && text.at(at) == QLatin1Char(',')) {
                ++at;
                continue;
            }
            endOfRecord = true;
            if (at < size) {
                if (text.at(at) == QLatin1Char('\r') && at + 1 < size && text.at(at + 1) == QLatin1Char('\n'))
                    ++at;
                ++at;
                ++line;
            }
        }
        if (quotedRecord || record.fields.size() > 1 || !record.fields.constFirst().isEmpty())
            records.append(record);
    }
    return records;
}

namespace {
bool startsLikeAFormula(QStringView text)
{
    static const QString starts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && starts.contains(text.front());
}
} // namespace

QString Csv::guardFormula(const QString &text)
{
    return startsLikeAFormula(text) ? QLatin1Char('\'') + text : text;
}

QString Csv::unguardFormula(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) && startsLikeAFormula(QStringView(text).mid(1)) ? text.mid(1)
                                                                                              : text;
}

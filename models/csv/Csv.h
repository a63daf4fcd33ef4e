#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 text: fields separated by commas, records by CRLF (LF and CR alone are read too), a field
// quoted when it holds a comma, a quote, a line break or edge spaces, with quotes doubled inside.
class Csv final
{
public:
    struct Record
    {
        int line = 0; // where the record starts, from 1
        QStringList fields;
    };

    static QString field(const QString &value);
    static QString record(const QStringList &values); // with the CRLF that ends it
    // A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula: such text
    // goes out behind an apostrophe, which spreadsheets hide, and comes back without it.
    static QString guardFormula(const QString &text);
    static QString unguardFormula(const QString &text);
    // Every record of `text` (a leading BOM is skipped; blank lines are not records). A quote left open
    // at the end is an error: `unterminatedLine` gets the line it opened on (else 0), and only the
    // records before it are returned.
    static QList<Record> parse(const QString &text, int *unterminatedLine = nullptr);
};

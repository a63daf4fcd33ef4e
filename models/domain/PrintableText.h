#pragma once

#include <QString>
#include <QStringView>

// Text that is shown to people in one line (logs, tab-separated command output): a name or a
// path with a line break, a tab, a terminal escape or a bidirectional override could forge a
// line or a column, or hide what follows.
class PrintableText final
{
public:
    // True when every character is printable (QChar::isPrint: no control or format character,
    // nothing unassigned) and none is a line or paragraph separator.
    static bool isPrintable(QStringView text);
    // Every character that is not printable as \xHH or \u{HHHH}, and the backslash as \\, so
    // the result is one line with no tab and reads back unambiguously.
    static QString escaped(QStringView text);
};

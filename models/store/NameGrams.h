#pragma once

#include <QString>
#include <QStringList>

// The two-character pieces of a name that name_grams indexes, so any part of a name of two or more
// characters finds it (a Korean given name without the family name, say). The rule is the schema's
// v1 -> v2 migration, which fills the table with SQL: letters folded as SQLite's lower() folds them
// (ASCII only), every substring of two code points, each piece once.
class NameGrams final
{
public:
    // The pieces in the order they first appear; none for a name shorter than two characters.
    static QStringList of(const QString &name);
    // `text` with A-Z lowered and everything else kept, as SQLite's lower().
    static QString fold(const QString &text);
};

#include "models/store/NameGrams.h"

#include <QList>

QString NameGrams::fold(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return folded;
}

QStringList NameGrams::of(const QString &name)
{
    // Code points, not UTF-16 units: SQLite's substr() and length() count characters, so a name
    // with a character outside the BMP gets the same pieces here as from the migration.
    const QList<uint> points = fold(name).toUcs4();
    QStringList grams;
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const char32_t pair[2] = {points.at(i), points.at(i + 1)};
        const QString gram = QString::fromUcs4(pair, 2);
        if (!grams.contains(gram))
            grams.append(gram);
    }
    return grams;
}

#include "models/domain/BookingCode.h"

#include <QRandomGenerator>

QString BookingCode::alphabet()
{
    return QStringLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZ");
}

QString BookingCode::generate()
{
    static const QString letters = alphabet();
    QString code(kLength, Qt::Uninitialized);
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < kLength; ++i)
        code[i] = letters.at(int(random->bounded(quint32(letters.size()))));
    return code;
}

QString BookingCode::normalise(const QString &typed)
{
    static const QString letters = alphabet();
    QString code;
    for (const QChar c : typed) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        const QChar upper = c.toUpper();
        if (!letters.contains(upper))
            return QString();
        code.append(upper);
    }
    return code.size() == kLength ? code : QString();
}

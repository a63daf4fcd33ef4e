#include "server/auth/Credentials.h"

#include "models/domain/BookingCode.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

QString Credentials::newToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), int(sizeof(words)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Credentials::newEnrollmentCode()
{
    const QString alphabet = BookingCode::alphabet(); // 32 symbols: 5 bits each
    QString code;
    for (int i = 0; i < 20; ++i) {
        if (i > 0 && i % 5 == 0)
            code += QLatin1Char('-');
        code += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    }
    return code;
}

QByteArray Credentials::hash(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

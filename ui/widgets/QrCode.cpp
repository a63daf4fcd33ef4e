#include "ui/widgets/QrCode.h"

#include <QPainter>
#include <QRectF>
#include <qrencode.h>

#include <memory>

QrCode QrCode::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // libqrencode reads a C string: an embedded NUL would silently cut the text short.
    if (utf8.isEmpty() || utf8.contains('\0'))
        return {};
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || code->width <= 0)
        return {};
    QrCode result;
    result.m_size = code->width;
    result.m_modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < result.m_modules.size(); ++i)
        result.m_modules[i] = char(code->data[i] & 1); // the other bits describe what the module is for
    return result;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

QImage QrCode::toImage(int moduleSize) const
{
    if (isNull() || moduleSize < 1)
        return {};
    const int side = (m_size + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    if (image.isNull())
        return {};
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            const int left = (x + kQuietZone) * moduleSize;
            const int top = (y + kQuietZone) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy)
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel(left + dx, top + dy, 1);
        }
    }
    return image;
}

void QrCode::paint(QPainter *painter, const QRectF &rect) const
{
    if (isNull() || !painter || rect.isEmpty())
        return;
    const qreal side = qMin(rect.width(), rect.height());
    const qreal module = side / (m_size + 2 * kQuietZone);
    const QPointF origin(rect.center().x() - side / 2, rect.center().y() - side / 2);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    painter->setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                // A hair of overlap keeps scanners from seeing seams between neighbouring modules.
                painter->drawRect(QRectF(origin.x() + (x + kQuietZone) * module,
                                         origin.y() + (y + kQuietZone) * module, module * 1.02,
                                         module * 1.02));
        }
    }
    painter->restore();
}

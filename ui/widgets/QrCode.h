#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

class QPainter;
class QRectF;

// A QR code (error correction level M, 8-bit mode) made by libqrencode, as a square grid of modules.
// A code that cannot be made (empty text, text too long for any version) is null and paints nothing.
class QrCode final
{
public:
    // The quiet zone the standard asks for around the symbol, in modules.
    static constexpr int kQuietZone = 4;

    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    // Modules per side, without the quiet zone (21, 25, ... 177); 0 when null.
    int size() const { return m_size; }
    bool isDark(int x, int y) const;

    // Black modules on white, `moduleSize` pixels each, with the quiet zone; a null image when null.
    QImage toImage(int moduleSize = 4) const;
    // Paints the symbol with its quiet zone as the largest square centred in `rect`.
    void paint(QPainter *painter, const QRectF &rect) const;

private:
    int m_size = 0;
    QByteArray m_modules; // m_size * m_size bytes, row by row, 1 = dark
};

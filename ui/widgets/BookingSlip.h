#pragma once

#include "ui/widgets/SlipContent.h"

#include <QCoreApplication>
#include <QImage>

class QPainter;
class QPrinter;
class QRectF;

// The paper a customer takes home after booking: clinic, booking code, vaccine, appointment, name and
// a QR code of the MyPage address. One paint routine serves the PDF, the printer and the preview.
// Dates and times are written in the default QLocale (the desk's language).
class BookingSlip final
{
    Q_DECLARE_TR_FUNCTIONS(BookingSlip)

public:
    explicit BookingSlip(const SlipContent &content);

    // `<server>/mypage?code=<code>`, keeping any path the server address has; empty if `server` is.
    static QUrl myPageUrl(const QUrl &server, const QString &code);

    const SlipContent &content() const { return m_content; }

    // Writes an A6 portrait PDF. On failure returns false and says why in `error` (may be null).
    bool writePdf(const QString &path, QString *error) const;
    // Prints one page on `printer`, already set up (e.g. by QPrintDialog). False if it cannot paint.
    bool print(QPrinter *printer) const;
    // The slip on a white image of `size` pixels, for the preview.
    QImage toImage(const QSize &size) const;
    // Lays the slip out in `page`; every output goes through here.
    void paint(QPainter *painter, const QRectF &page) const;

private:
    SlipContent m_content;
};

#include "ui/widgets/BookingSlip.h"

#include "ui/widgets/QrCode.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QUrlQuery>

namespace {
constexpr int kPdfResolution = 300;
constexpr qreal kMargin = 6; // all lengths in hundredths of the page width
constexpr qreal kMaxQrSide = 46;
constexpr qreal kGap = 2.5;

// Lengths scale with the page, so the preview, the PDF and any printer show the same slip.
struct Layout
{
    QPainter *painter;
    QRectF area;
    qreal unit;
    QFont base;

    void setFont(qreal size, bool bold = false, bool fixedPitch = false) const
    {
        QFont font = base;
        font.setPixelSize(qMax(1, qRound(size * unit)));
        font.setBold(bold);
        if (fixedPitch) {
            font.setFamily(QStringLiteral("monospace"));
            font.setStyleHint(QFont::TypeWriter);
        }
        painter->setFont(font);
    }

    qreal height(const QString &text, int flags) const
    {
        return painter->boundingRect(QRectF(area.left(), 0, area.width(), 1e6), flags, text).height();
    }

    // Draws `text` across the area at `top` and returns the top of what comes below it.
    qreal draw(qreal top, const QString &text, int flags) const
    {
        const qreal h = height(text, flags);
        painter->drawText(QRectF(area.left(), top, area.width(), h), flags, text);
        return top + h;
    }
};

QString appointmentText(const QDateTime &appointment)
{
    if (!appointment.isValid())
        return QString();
    const QLocale locale;
    // Some locales' short time still has seconds; an appointment never does.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return locale.toString(appointment.date(), QLocale::LongFormat) + QLatin1Char(' ') +
           locale.toString(appointment.time(), timeFormat);
}
} // namespace

BookingSlip::BookingSlip(const SlipContent &content)
    : m_content(content)
{}

QUrl BookingSlip::myPageUrl(const QUrl &server, const QString &code)
{
    if (server.isEmpty() || !server.isValid())
        return QUrl();
    QUrl url = server.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    // StripTrailingSlash keeps a lone "/", which would make "//mypage".
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/mypage"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), code.trimmed().toUpper());
    url.setQuery(query);
    return url;
}

bool BookingSlip::writePdf(const QString &path, QString *error) const
{
    QPdfWriter writer(path);
    writer.setResolution(kPdfResolution);
    writer.setPageSize(QPageSize(QPageSize::A6));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    // The title is the code only: PDF metadata is easy to overlook and must not carry the name.
    writer.setTitle(tr("Booking %1").arg(m_content.code));
    writer.setCreator(QStringLiteral("Anticorona"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("The slip could not be written to %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    paint(&painter, QRectF(0, 0, writer.width(), writer.height()));
    if (!painter.end() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("The slip could not be written to %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

bool BookingSlip::print(QPrinter *printer) const
{
    if (!printer)
        return false;
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    paint(&painter, QRectF(0, 0, printer->width(), printer->height()));
    return painter.end();
}

QImage BookingSlip::toImage(const QSize &size) const
{
    if (size.isEmpty())
        return {};
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

void BookingSlip::paint(QPainter *painter, const QRectF &page) const
{
    if (!painter || page.isEmpty())
        return;
    painter->save();
    const qreal unit = page.width() / 100;
    const Layout layout{painter,
                        page.adjusted(kMargin * unit, kMargin * unit, -kMargin * unit, -kMargin * unit), unit,
                        painter->font()};
    const int centred = Qt::AlignHCenter | Qt::TextWordWrap;
    const int left = Qt::AlignLeft | Qt::TextWordWrap;
    painter->setPen(Qt::black);

    // Top down: who, what and when.
    qreal top = layout.area.top();
    layout.setFont(6, true);
    top = layout.draw(top, m_content.siteName, centred);
    layout.setFont(4);
    top = layout.draw(top, tr("Vaccination booking"), centred) + kGap * unit;
    painter->drawLine(QPointF(layout.area.left(), top), QPointF(layout.area.right(), top));
    top += kGap * unit;
    layout.setFont(3.5);
    painter->setPen(Qt::darkGray);
    top = layout.draw(top, tr("Booking code"), centred);
    painter->setPen(Qt::black);
    layout.setFont(11, true, true);
    top = layout.draw(top, m_content.code, centred) + kGap * unit;
    const QList<std::pair<QString, QString>> rows = {
        {tr("Vaccine:"), m_content.vaccineName},
        {tr("Appointment:"), appointmentText(m_content.appointment)},
        {tr("Name:"), m_content.customerName},
    };
    // Labels in a column of their own: one line per row leaves the QR code room to be scanned.
    layout.setFont(4, true);
    qreal labelWidth = 0;
    for (const auto &row : rows)
        labelWidth = qMax(labelWidth, QFontMetricsF(painter->font()).horizontalAdvance(row.first));
    labelWidth += 2 * unit;
    const Layout values{painter, layout.area.adjusted(labelWidth, 0, 0, 0), unit, layout.base};
    for (const auto &[label, value] : rows) {
        layout.setFont(4, true);
        const qreal labelBottom = layout.draw(top, label, left);
        values.setFont(4);
        top = qMax(labelBottom, values.draw(top, value, left)) + 0.8 * unit;
    }

    // Bottom up: what to bring, then where to look the booking up.
    qreal bottom = layout.area.bottom();
    layout.setFont(3.8, true);
    const QString bring = tr("Please bring an ID card and this slip to your appointment.");
    bottom -= layout.height(bring, centred);
    layout.draw(bottom, bring, centred);
    if (!m_content.myPageUrl.isEmpty()) {
        const QString address = m_content.myPageUrl.toString(QUrl::FullyEncoded);
        const int wrapAnywhere = Qt::AlignHCenter | Qt::TextWrapAnywhere;
        layout.setFont(3);
        bottom -= layout.height(address, wrapAnywhere) + kGap * unit;
        layout.draw(bottom, address, wrapAnywhere);
        const QString scan = tr("Scan the code or open this address, then enter your birth date to see your "
                                "booking:");
        bottom -= layout.height(scan, centred);
        layout.draw(bottom, scan, centred);
        const qreal side = qMin(kMaxQrSide * unit, bottom - top - unit);
        if (side > 0) {
            const QRectF qrArea(layout.area.center().x() - side / 2, top + (bottom - top - side) / 2, side,
                                side);
            QrCode::encode(address).paint(painter, qrArea);
        }
    } else {
        // A standalone desk has no MyPage to point to: the slip says where the booking can be checked
        // instead of leaving the customer a blank where a code would be.
        layout.setFont(4);
        const QString ask = tr("To check or change this booking, call or visit %1 and give the booking "
                               "code above.")
                                .arg(m_content.siteName);
        const qreal h = layout.height(ask, centred);
        layout.draw(top + qMax<qreal>(0, (bottom - top - h) / 2), ask, centred);
    }
    painter->restore();
}

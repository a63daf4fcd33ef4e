#include "server/mypage/MyPageHtml.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QTranslator>
#include <QUrlQuery>

#include <algorithm>

namespace {
// Marked for lupdate; looked up in the page's own language by MyPageHtml::text().
const char *const kContext = "MyPage";
const char *const kTitle = QT_TRANSLATE_NOOP("MyPage", "My vaccination booking");
const char *const kIntro =
    QT_TRANSLATE_NOOP("MyPage", "Enter the booking code you were given and your birth date.");
const char *const kCodeLabel = QT_TRANSLATE_NOOP("MyPage", "Booking code");
const char *const kCodeHint = QT_TRANSLATE_NOOP("MyPage", "8 letters and digits, for example ABCD-2345");
const char *const kBirthLabel = QT_TRANSLATE_NOOP("MyPage", "Birth date");
const char *const kBirthHint = QT_TRANSLATE_NOOP("MyPage", "Year, month and day, for example 1980-05-17");
const char *const kSubmit = QT_TRANSLATE_NOOP("MyPage", "Look up");
const char *const kResultHeading = QT_TRANSLATE_NOOP("MyPage", "Booking %1");
const char *const kState = QT_TRANSLATE_NOOP("MyPage", "State");
const char *const kVaccine = QT_TRANSLATE_NOOP("MyPage", "Vaccine");
const char *const kClinic = QT_TRANSLATE_NOOP("MyPage", "Clinic");
const char *const kAppointment = QT_TRANSLATE_NOOP("MyPage", "Appointment");
const char *const kInjectionDate = QT_TRANSLATE_NOOP("MyPage", "Injection date");
const char *const kNotFound = QT_TRANSLATE_NOOP(
    "MyPage", "No booking matches this booking code and birth date. Check both and try again.");
const char *const kIncomplete =
    QT_TRANSLATE_NOOP("MyPage", "Enter both the booking code and the birth date (YYYY-MM-DD).");
const char *const kTooMany =
    QT_TRANSLATE_NOOP("MyPage", "Too many lookups from your address. Try again in %1 seconds.");
const char *const kLanguage = QT_TRANSLATE_NOOP("MyPage", "Language");

const char *const kStyle = R"css(
*{box-sizing:border-box}
body{margin:0;background:#eef3f8;color:#1b2733;font:16px/1.6 "Noto Sans CJK KR","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",system-ui,sans-serif}
main{max-width:34rem;margin:2.5rem auto;padding:0 1rem}
.card{background:#fff;border-radius:14px;box-shadow:0 2px 10px rgba(20,40,70,.08);padding:1.75rem;margin-bottom:1.25rem}
h1{font-size:1.6rem;margin:0 0 .4rem;color:#0b4f8a}
h2{font-size:1.2rem;margin:0 0 1rem}
p{margin:0 0 1rem}
label{display:block;font-weight:700;margin-top:1rem}
.hint{display:block;font-size:.85rem;font-weight:400;color:#5a6b7b}
input{width:100%;font:inherit;padding:.6rem .75rem;margin-top:.3rem;border:1px solid #9fb0c2;border-radius:8px;background:#fff}
input:focus,button:focus,a:focus{outline:3px solid #f0a500;outline-offset:2px}
button{margin-top:1.4rem;width:100%;font:inherit;font-weight:700;padding:.75rem;border:0;border-radius:8px;background:#0b5fa5;color:#fff;cursor:pointer}
button:hover{background:#094d86}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.6rem 1.25rem;margin:0}
dt{color:#5a6b7b}
dd{margin:0;font-weight:600}
.state{display:inline-block;padding:.1rem .7rem;border-radius:999px;font-weight:700}
.state-booked{background:#e3f0fc;color:#0b4f8a}
.state-cancelled{background:#fde8e8;color:#a11d1d}
.state-injected{background:#e2f6e9;color:#146c34}
.message{border-left:5px solid #c0392b;background:#fff5f4}
nav{text-align:right;font-size:.95rem}
a{color:#0b5fa5}
)css";

QString escaped(const QString &value)
{
    return value.toHtmlEscaped();
}

// ABCD2345 -> ABCD-2345, as the code is printed for the customer.
QString readable(const QString &code)
{
    return code.size() == 8 ? code.left(4) + QLatin1Char('-') + code.mid(4) : code;
}

// "ko-KR,ko;q=0.9,en;q=0.8" -> the preferred of ko and en, if either is there.
std::optional<MyPageHtml::Language> fromAcceptLanguage(const QByteArray &header)
{
    double bestWeight = 0;
    std::optional<MyPageHtml::Language> best;
    for (const QByteArray &part : header.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        const QByteArray tag = pieces.value(0).trimmed().toLower();
        double weight = 1.0;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray parameter = pieces.at(i).trimmed();
            if (parameter.startsWith("q="))
                weight = parameter.mid(2).toDouble();
        }
        std::optional<MyPageHtml::Language> language;
        if (tag == "ko" || tag.startsWith("ko-"))
            language = MyPageHtml::Language::Korean;
        else if (tag == "en" || tag.startsWith("en-"))
            language = MyPageHtml::Language::English;
        if (language && weight > bestWeight) {
            bestWeight = weight;
            best = language;
        }
    }
    return best;
}
} // namespace

MyPageHtml::Language MyPageHtml::chooseLanguage(const QString &lang, const QByteArray &acceptLanguage)
{
    if (lang == QLatin1String("en"))
        return Language::English;
    if (lang == QLatin1String("ko"))
        return Language::Korean;
    return fromAcceptLanguage(acceptLanguage).value_or(Language::Korean);
}

const QTranslator *MyPageHtml::translator() const
{
    // Loaded once per language from the catalogues embedded by translations/ (":/i18n").
    static const auto load = [](const QString &path) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (!translator->load(path))
            qWarning("MyPage: cannot load %s", qPrintable(path));
        return translator;
    };
    static const QTranslator *korean = load(QStringLiteral(":/i18n/anticorona_ko.qm"));
    static const QTranslator *english = load(QStringLiteral(":/i18n/anticorona_en.qm"));
    return m_language == Language::Korean ? korean : english;
}

QString MyPageHtml::text(const char *source) const
{
    const QString translated = translator()->translate(kContext, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString MyPageHtml::stateText(BookingState state) const
{
    // The desk's own words for the states (models/Booking.cpp, context "Booking").
    const char *source = state == BookingState::Injected    ? "injected"
                         : state == BookingState::Cancelled ? "cancelled"
                                                            : "booked";
    QString translated = translator()->translate("Booking", source);
    if (translated.isEmpty())
        translated = QString::fromLatin1(source);
    if (!translated.isEmpty())
        translated[0] = translated.at(0).toUpper();
    return translated;
}

QString MyPageHtml::resultSection(const Page &page) const
{
    const auto message = [](const QString &body) {
        return QStringLiteral("<section class=\"card message\" role=\"alert\"><p>%1</p></section>\n")
            .arg(escaped(body));
    };
    switch (page.outcome) {
    case Outcome::Form:
        return QString();
    case Outcome::NotFound:
        return message(text(kNotFound));
    case Outcome::Incomplete:
        return message(text(kIncomplete));
    case Outcome::TooManyRequests:
        return message(text(kTooMany).arg(page.retryAfterSeconds));
    case Outcome::Found:
        break;
    }
    if (!page.booking)
        return QString();
    const MyPageView &booking = *page.booking;
    const QLocale locale(m_language == Language::Korean ? QLocale::Korean : QLocale::English,
                         m_language == Language::Korean ? QLocale::SouthKorea : QLocale::UnitedStates);
    const QString stateClass = booking.state == BookingState::Injected    ? QStringLiteral("injected")
                               : booking.state == BookingState::Cancelled ? QStringLiteral("cancelled")
                                                                          : QStringLiteral("booked");
    QString rows;
    const auto row = [&rows](const QString &term, const QString &valueHtml) {
        rows += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(escaped(term), valueHtml);
    };
    row(text(kState),
        QStringLiteral("<span class=\"state state-%1\" id=\"state\" data-state=\"%2\">%3</span>")
            .arg(stateClass, bookingStateName(booking.state), escaped(stateText(booking.state))));
    row(text(kVaccine), escaped(booking.vaccineName));
    if (!booking.siteName.isEmpty())
        row(text(kClinic), escaped(booking.siteName));
    if (booking.appointment.isValid())
        row(text(kAppointment),
            escaped(locale.toString(booking.appointment.date(), QLocale::LongFormat) + QLatin1Char(' ') +
                    booking.appointment.time().toString(QStringLiteral("HH:mm"))));
    if (booking.state == BookingState::Injected && booking.injectedAt.isValid())
        row(text(kInjectionDate),
            escaped(locale.toString(booking.injectedAt.toLocalTime().date(), QLocale::LongFormat)));
    return QStringLiteral("<section class=\"card\" aria-labelledby=\"result\">\n"
                          "<h2 id=\"result\">%1</h2>\n<dl>\n%2</dl>\n</section>\n")
        .arg(escaped(text(kResultHeading).arg(readable(booking.code))), rows);
}

QString MyPageHtml::languageLink(const Page &page) const
{
    const bool korean = m_language == Language::Korean;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("lang"), korean ? QStringLiteral("en") : QStringLiteral("ko"));
    if (!page.code.isEmpty() || !page.birthDate.isEmpty()) {
        query.addQueryItem(QStringLiteral("code"), page.code);
        query.addQueryItem(QStringLiteral("birthDate"), page.birthDate);
    }
    const QString href = QStringLiteral("/mypage?") + query.toString(QUrl::FullyEncoded);
    return QStringLiteral("<nav aria-label=\"%1\"><a href=\"%2\" lang=\"%3\" hreflang=\"%3\">%4</a></nav>\n")
        .arg(escaped(text(kLanguage)), escaped(href), korean ? QStringLiteral("en") : QStringLiteral("ko"),
             korean ? QStringLiteral("English") : QStringLiteral("한국어"));
}

QByteArray MyPageHtml::contentSecurityPolicy()
{
    // The hash of the <style> element's text as sent (UTF-8; kStyle is ASCII).
    static const QByteArray policy =
        "default-src 'none'; style-src 'sha256-" +
        QCryptographicHash::hash(QByteArray(kStyle), QCryptographicHash::Sha256).toBase64() +
        "'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    return policy;
}

QString MyPageHtml::render(const Page &page) const
{
    const bool korean = m_language == Language::Korean;
    const QString lang = korean ? QStringLiteral("ko") : QStringLiteral("en");
    QString html;
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"robots\" content=\"noindex\">\n<title>%2</title>\n<style>%3</style>\n"
                       "</head>\n<body>\n<main>\n")
            .arg(lang, escaped(text(kTitle)), QString::fromLatin1(kStyle));
    html += languageLink(page);
    html +=
        QStringLiteral(
            "<section class=\"card\">\n<h1>%1</h1>\n<p>%2</p>\n"
            "<form method=\"get\" action=\"/mypage\">\n"
            "<input type=\"hidden\" name=\"lang\" value=\"%3\">\n"
            "<label for=\"code\">%4 <span class=\"hint\" id=\"code-hint\">%5</span></label>\n"
            "<input id=\"code\" name=\"code\" value=\"%6\" required maxlength=\"20\" autocomplete=\"off\" "
            "autocapitalize=\"characters\" spellcheck=\"false\" aria-describedby=\"code-hint\">\n"
            "<label for=\"birthDate\">%7 <span class=\"hint\" id=\"birth-hint\">%8</span></label>\n"
            "<input id=\"birthDate\" name=\"birthDate\" type=\"date\" value=\"%9\" required "
            "aria-describedby=\"birth-hint\">\n")
            // One multi-argument arg(): a "%1" typed into the form stays text.
            .arg(escaped(text(kTitle)), escaped(text(kIntro)), lang, escaped(text(kCodeLabel)),
                 escaped(text(kCodeHint)), escaped(page.code), escaped(text(kBirthLabel)),
                 escaped(text(kBirthHint)), escaped(page.birthDate));
    html += QStringLiteral("<button type=\"submit\">") + escaped(text(kSubmit)) +
            QStringLiteral("</button>\n</form>\n</section>\n");
    html += resultSection(page);
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html;
}

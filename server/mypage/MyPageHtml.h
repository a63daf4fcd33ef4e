#pragma once

#include "server/mypage/MyPageView.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QTranslator;

// MyPage as one HTML page that needs no JavaScript: a form that submits with GET to /mypage,
// and, below it, the answer the server rendered (the booking, "not found", a missing field, or
// too many requests). Korean or English per request, so the texts come from the Anticorona
// translator of that language (context "MyPage"), not from the process-wide one. Every value
// from the request or the database is HTML-escaped. Inline CSS only; nothing is fetched.
class MyPageHtml final
{
public:
    enum class Language { Korean, English };
    enum class Outcome { Form, Found, NotFound, Incomplete, TooManyRequests };

    struct Page
    {
        Outcome outcome = Outcome::Form;
        QString code;                      // as typed, echoed into the form
        QString birthDate;                 // as typed, echoed into the form
        std::optional<MyPageView> booking; // with Found
        int retryAfterSeconds = 0;         // with TooManyRequests
    };

    // `lang` (ko|en) wins; then the first of ko/en in Accept-Language by preference; else Korean.
    static Language chooseLanguage(const QString &lang, const QByteArray &acceptLanguage);
    // The page's Content-Security-Policy: nothing loads, runs or frames it; its one inline
    // style is allowed by its hash and its form may submit only to this server.
    static QByteArray contentSecurityPolicy();

    explicit MyPageHtml(Language language)
        : m_language(language)
    {}
    QString render(const Page &page) const;

private:
    QString text(const char *source) const;
    QString stateText(BookingState state) const;
    QString resultSection(const Page &page) const;
    QString languageLink(const Page &page) const;
    const QTranslator *translator() const;

    Language m_language = Language::Korean;
};

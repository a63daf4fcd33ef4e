#pragma once

#include "server/http/ApiController.h"
#include "server/mypage/MyPageView.h"

#include <QCoreApplication>

#include <optional>

class RateLimiter;
class ServerStore;

// The customer's MyPage: GET /v1/mypage (JSON) and GET /mypage (HTML, no JavaScript needed).
// No token. Nothing is answered without both the booking code and the birth date, and an
// unknown code and a wrong birth date get the same 404, so the page cannot be used to learn
// which codes exist. Every request, on either route, spends from the client address's bucket
// in the shared RateLimiter first (429 with Retry-After). A code that took too many wrong birth
// dates answers every date like an unknown code for a while, so guessing a known code's birth
// date from many addresses stops paying. Codes, birth dates and names are never logged.
class MyPageController final : public ApiController
{
    Q_DECLARE_TR_FUNCTIONS(MyPageController)

public:
    enum class Format { Json, Html };

    // `wrongBirthDates`: a bucket per booking code, spent by each wrong birth date.
    MyPageController(ServerStore *store, RateLimiter *limiter, RateLimiter *wrongBirthDates, Format format)
        : m_store(store)
        , m_limiter(limiter)
        , m_wrongBirthDates(wrongBirthDates)
        , m_format(format)
    {}
    ApiResponse handle(const ApiRequest &request) override;

private:
    // The booking when the code and the birth date both match it.
    std::optional<MyPageView> find(const QString &normalisedCode, const QDate &birthDate);
    ApiResponse answer(const ApiRequest &request);
    ApiResponse handleJson(const ApiRequest &request);
    ApiResponse handleHtml(const ApiRequest &request, int retryAfterSeconds);

    ServerStore *m_store = nullptr;
    RateLimiter *m_limiter = nullptr;
    RateLimiter *m_wrongBirthDates = nullptr;
    Format m_format = Format::Json;
};

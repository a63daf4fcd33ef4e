#include "server/mypage/MyPageController.h"

#include "models/domain/BookingCode.h"
#include "server/auth/RateLimiter.h"
#include "server/mypage/MyPageHtml.h"
#include "server/store/ServerStore.h"
#include "sync/protocol/ErrorBody.h"

#include <QJsonValue>

namespace {
const QString kCode = QStringLiteral("code");
const QString kBirthDate = QStringLiteral("birthDate");

// A form field as the browser sent it (application/x-www-form-urlencoded: '+' is a space).
QString formValue(const QUrlQuery &query, const QString &name)
{
    QByteArray encoded = query.queryItemValue(name, QUrl::FullyEncoded).toLatin1();
    encoded.replace('+', "%20");
    return QUrl::fromPercentEncoding(encoded);
}

// A calendar date written exactly as YYYY-MM-DD; invalid otherwise.
QDate parseBirthDate(const QString &text)
{
    if (text.size() != 10)
        return QDate();
    return QDate::fromString(text, Qt::ISODate);
}

QJsonObject bookingJson(const MyPageView &view)
{
    const bool injected = view.state == BookingState::Injected && view.injectedAt.isValid();
    return {
        {QStringLiteral("code"), view.code},
        {QStringLiteral("state"), bookingStateName(view.state)},
        {QStringLiteral("vaccine"), view.vaccineName},
        {QStringLiteral("site"), view.siteName},
        {QStringLiteral("appointment"), view.appointment.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
        {QStringLiteral("injectionDate"),
         injected ? QJsonValue(view.injectedAt.toLocalTime().date().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("injectedAt"),
         injected ? QJsonValue(view.injectedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()}};
}
} // namespace

std::optional<MyPageView> MyPageController::find(const QString &normalisedCode, const QDate &birthDate)
{
    // The same answer and the same work for an unknown code, a wrong birth date and a locked
    // code: the same two queries, neither reading more than the code's index entry, so neither
    // the body nor the time of a 404 tells whether the code exists. A locked code is asked with
    // no date, which matches nothing, so its time does not tell a right date either.
    const bool open = m_wrongBirthDates->hasToken(normalisedCode);
    std::optional<MyPageView> view = m_store->lookupBooking(normalisedCode, open ? birthDate : QDate());
    if (view)
        return view;
    if (m_store->bookingCodeExists(normalisedCode))
        m_wrongBirthDates->take(normalisedCode);
    return std::nullopt;
}

ApiResponse MyPageController::handle(const ApiRequest &request)
{
    ApiResponse response = answer(request);
    // MyPage faces the internet: its answers are never framed (clickjacking), sniffed into
    // another type, or named in a Referer (the query holds a code and a birth date).
    response.headers.emplaceBack("Content-Security-Policy",
                                 m_format == Format::Html
                                     ? MyPageHtml::contentSecurityPolicy()
                                     : QByteArray("default-src 'none'; frame-ancestors 'none'"));
    response.headers.emplaceBack("X-Content-Type-Options", "nosniff");
    response.headers.emplaceBack("Referrer-Policy", "no-referrer");
    return response;
}

ApiResponse MyPageController::answer(const ApiRequest &request)
{
    const RateLimiter::Decision decision = m_limiter->take(request.remoteAddress);
    if (m_format == Format::Html)
        return handleHtml(request, decision.allowed ? 0 : decision.retryAfterSeconds);
    if (!decision.allowed) {
        ApiResponse response =
            ApiResponse::error(429, ErrorCode::TooManyRequests,
                               tr("Too many lookups from this address; try again in %1 seconds.")
                                   .arg(decision.retryAfterSeconds));
        response.headers.emplaceBack("Retry-After", QByteArray::number(decision.retryAfterSeconds));
        return response;
    }
    return handleJson(request);
}

ApiResponse MyPageController::handleJson(const ApiRequest &request)
{
    const QString code = BookingCode::normalise(formValue(request.query, kCode));
    if (code.isEmpty())
        return ApiResponse::error(
            400, ErrorCode::BadRequest,
            tr("code must be a booking code of %1 letters and digits.").arg(BookingCode::kLength));
    const QDate birthDate = parseBirthDate(formValue(request.query, kBirthDate));
    if (!birthDate.isValid())
        return ApiResponse::error(400, ErrorCode::BadRequest, tr("birthDate must be a date as YYYY-MM-DD."));
    const std::optional<MyPageView> view = find(code, birthDate);
    if (!view)
        return ApiResponse::error(404, ErrorCode::NotFound,
                                  tr("No booking matches this code and birth date."));
    return ApiResponse::json(bookingJson(*view));
}

ApiResponse MyPageController::handleHtml(const ApiRequest &request, int retryAfterSeconds)
{
    MyPageHtml::Page page;
    page.code = formValue(request.query, kCode).left(64);
    page.birthDate = formValue(request.query, kBirthDate).left(32);
    const MyPageHtml html(MyPageHtml::chooseLanguage(request.query.queryItemValue(QStringLiteral("lang")),
                                                     request.acceptLanguage));

    int status = 200;
    if (retryAfterSeconds > 0) {
        page.outcome = MyPageHtml::Outcome::TooManyRequests;
        page.retryAfterSeconds = retryAfterSeconds;
        status = 429;
    } else if (page.code.trimmed().isEmpty() && page.birthDate.trimmed().isEmpty()) {
        page.outcome = MyPageHtml::Outcome::Form; // the empty form: nothing asked yet
    } else {
        const QString code = BookingCode::normalise(page.code);
        const QDate birthDate = parseBirthDate(page.birthDate.trimmed());
        if (code.isEmpty() || !birthDate.isValid()) {
            page.outcome = MyPageHtml::Outcome::Incomplete;
            status = 400;
        } else if (std::optional<MyPageView> view = find(code, birthDate)) {
            page.outcome = MyPageHtml::Outcome::Found;
            page.booking = std::move(view);
        } else {
            page.outcome = MyPageHtml::Outcome::NotFound;
            status = 404;
        }
    }
    ApiResponse response = ApiResponse::html(html.render(page), status);
    if (status == 429)
        response.headers.emplaceBack("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

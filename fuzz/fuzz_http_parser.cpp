// libFuzzer target: the server's HTTP/1.1 request parser (server/http/HttpRequestParser) on
// whatever a client sends. It must never crash, hang or read out of bounds; never keep more
// than its limits; and read the same requests whether the bytes come at once or in pieces
// (the first input byte picks the piece size), pipelined requests one after another.
#include "server/http/HttpRequestParser.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdlib>

namespace {
constexpr HttpRequestParser::Limits kLimits{512, 16, 2048};

struct Outcome
{
    QList<HttpRequest> requests;
    HttpRequestParser::Status last = HttpRequestParser::Status::NeedMore;
    HttpRequestParser::Failure failure = HttpRequestParser::Failure::None;

    bool operator==(const Outcome &other) const
    {
        if (last != other.last || failure != other.failure || requests.size() != other.requests.size())
            return false;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const HttpRequest &a = requests.at(i);
            const HttpRequest &b = other.requests.at(i);
            if (a.method != b.method || a.target != b.target || a.minorVersion != b.minorVersion ||
                a.headers != b.headers || a.body != b.body || a.keepAlive != b.keepAlive ||
                a.webSocketUpgrade != b.webSocketUpgrade || a.expectContinue != b.expectContinue)
                return false;
        }
        return true;
    }
};

Outcome parse(QByteArrayView input, qsizetype piece)
{
    Outcome outcome;
    HttpRequestParser parser(kLimits);
    qsizetype offset = 0;
    while (offset < input.size()) {
        const QByteArrayView chunk = input.sliced(offset, std::min(piece, input.size() - offset));
        const qsizetype used = parser.feed(chunk);
        if (used < 0 || used > chunk.size())
            std::abort();
        offset += used;
        if (parser.status() == HttpRequestParser::Status::Failed) {
            outcome.last = parser.status();
            outcome.failure = parser.failure();
            const int status = HttpRequestParser::statusCode(parser.failure());
            if (status < 400 || status > 505)
                std::abort();
            return outcome;
        }
        if (parser.status() == HttpRequestParser::Status::Complete) {
            const HttpRequest &request = parser.request();
            if (request.body.size() != request.contentLength || request.contentLength > kLimits.bodyBytes ||
                request.headers.size() > kLimits.headerCount || !request.target.startsWith('/') ||
                request.method.isEmpty())
                std::abort();
            outcome.requests.append(request);
            parser.reset();
            continue;
        }
        if (used < chunk.size()) // only a finished or failed request leaves bytes unread
            std::abort();
    }
    outcome.last = parser.status();
    return outcome;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (!(parse(input, input.size() + 1) == parse(input, piece)))
        std::abort();
    return 0;
}

#pragma once

#include "server/http/HttpRequest.h"

#include <QByteArrayView>

// A strict, incremental reader of one HTTP/1.1 (or 1.0) request at a time, with bounded memory:
// feed() takes the bytes as they come, consumes only those of the current request (what follows
// is the next pipelined request, left to the caller) and never holds more than the head limit
// plus the declared body, itself at most the body limit. The head's end is looked for only in
// the new bytes, so a head trickled in costs linear time.
// Strict: CRLF line ends only, no folded headers, no blank before a header's colon, origin-form
// targets ("/path?query") only, one Content-Length (digits), Host required in HTTP/1.1; no
// request body without a Content-Length: a Transfer-Encoding is refused, 411 for chunked (the
// client can resend with a length) and 501 for any other coding. A body over the limit is
// refused from its Content-Length, before any of it is read.
// Threading: any, one parser per connection.
class HttpRequestParser final
{
public:
    // The server's come from ServerConfig (HttpService::listen), which holds their defaults; tests
    // and the fuzz target give their own.
    struct Limits
    {
        qsizetype headBytes = 0; // request line and headers, their final blank line included
        int headerCount = 100;   // not configurable: docs/protocol.md, "Limits"
        qint64 bodyBytes = 0;
    };

    enum class Status { NeedMore, Complete, Failed };
    // Each failure is one answer: 400, 411, 413, 414 (the request line alone over the head
    // limit), 431 (head over the limit or too many headers), 501 or 505.
    enum class Failure {
        None,
        Malformed,
        LengthRequired,
        BodyTooLarge,
        TargetTooLong,
        HeadTooLarge,
        UnsupportedTransferCoding,
        UnsupportedVersion
    };

    explicit HttpRequestParser(const Limits &limits)
        : m_limits(limits)
    {}

    // Consumes bytes of the current request from the front of `data`; answers how many. Call
    // again with the rest once more has arrived, until status() is Complete or Failed.
    qsizetype feed(QByteArrayView data);
    Status status() const { return m_status; }
    // The head has been read and accepted: the body (if any) is being read.
    bool headComplete() const { return m_headDone; }
    // Whether any byte of a request has been consumed (blank lines before one do not count).
    bool started() const { return !m_head.isEmpty() || m_headDone; }
    Failure failure() const { return m_failure; }
    static int statusCode(Failure failure);
    const HttpRequest &request() const { return m_request; }
    qint64 bodyBytesRead() const { return m_request.body.size(); }
    // Ready for the next request on the same connection.
    void reset();

private:
    qsizetype fail(Failure failure, qsizetype consumed);
    Failure parseHead();
    Failure parseHeader(QByteArrayView line);

    Limits m_limits;
    Status m_status = Status::NeedMore;
    Failure m_failure = Failure::None;
    QByteArray m_head;
    bool m_headDone = false;
    bool m_sawHost = false;
    bool m_sawLength = false;
    bool m_sawTransferEncoding = false; // even an empty one: present, it is not Content-Length framing
    QByteArray m_transferEncoding;
    HttpRequest m_request;
};

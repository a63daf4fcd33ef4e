#include "server/http/HttpRequestParser.h"

#include <cstring>

namespace {
constexpr QByteArrayView kHeadEnd("\r\n\r\n");
constexpr qsizetype kMaxLengthDigits = 15; // far above any body limit, far below overflow

// RFC 9110 5.6.2: the characters of a token (methods, header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmedBlanks(QByteArrayView text)
{
    while (!text.isEmpty() && isBlank(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isBlank(text.back()))
        text.chop(1);
    return text;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Each comma-separated element of a header value, lower case.
QByteArrayList elements(QByteArrayView value)
{
    QByteArrayList list;
    for (const QByteArray &element : value.toByteArray().split(','))
        list.append(element.trimmed().toLower());
    return list;
}
} // namespace

int HttpRequestParser::statusCode(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return 200;
    case Failure::Malformed:
        return 400;
    case Failure::LengthRequired:
        return 411;
    case Failure::BodyTooLarge:
        return 413;
    case Failure::TargetTooLong:
        return 414;
    case Failure::HeadTooLarge:
        return 431;
    case Failure::UnsupportedTransferCoding:
        return 501;
    case Failure::UnsupportedVersion:
        return 505;
    }
    return 400;
}

void HttpRequestParser::reset()
{
    m_status = Status::NeedMore;
    m_failure = Failure::None;
    m_head.clear();
    m_headDone = false;
    m_sawHost = false;
    m_sawLength = false;
    m_sawTransferEncoding = false;
    m_transferEncoding.clear();
    m_request = HttpRequest();
}

qsizetype HttpRequestParser::fail(Failure failure, qsizetype consumed)
{
    m_status = Status::Failed;
    m_failure = failure;
    return consumed;
}

qsizetype HttpRequestParser::feed(QByteArrayView data)
{
    if (m_status != Status::NeedMore)
        return 0;
    qsizetype consumed = 0;
    if (!m_headDone) {
        // RFC 9112 2.2: blank lines before a request line are ignored (some clients send one
        // after a body); they are not kept.
        while (m_head.isEmpty() && consumed < data.size() &&
               (data[consumed] == '\r' || data[consumed] == '\n'))
            ++consumed;
        const qsizetype old = m_head.size();
        const qsizetype take = std::min(data.size() - consumed, m_limits.headBytes - old);
        m_head.append(data.sliced(consumed, take));
        const qsizetype end = m_head.indexOf(kHeadEnd, std::max<qsizetype>(0, old - 3));
        // CRLF only: a bare CR or LF is refused as soon as it is seen, not at the deadline.
        const qsizetype checked = end < 0 ? m_head.size() : end + kHeadEnd.size();
        for (qsizetype i = std::max<qsizetype>(old, 1); i < checked; ++i) {
            const char c = m_head.at(i);
            if ((c == '\n' && m_head.at(i - 1) != '\r') || (m_head.at(i - 1) == '\r' && c != '\n'))
                return fail(Failure::Malformed, consumed + take);
        }
        if (end < 0) {
            consumed += take;
            if (m_head.size() >= m_limits.headBytes)
                return fail(m_head.contains("\r\n") ? Failure::HeadTooLarge : Failure::TargetTooLong,
                            consumed);
            return consumed;
        }
        const qsizetype headEnd = end + kHeadEnd.size();
        consumed += headEnd - old;
        m_head.truncate(headEnd);
        m_headDone = true;
        const Failure failure = parseHead();
        if (failure != Failure::None)
            return fail(failure, consumed);
    }
    const qint64 wanted = m_request.contentLength - m_request.body.size();
    const qsizetype take = qsizetype(std::min<qint64>(wanted, data.size() - consumed));
    m_request.body.append(data.sliced(consumed, take));
    consumed += take;
    if (m_request.body.size() == m_request.contentLength)
        m_status = Status::Complete;
    return consumed;
}

HttpRequestParser::Failure HttpRequestParser::parseHead()
{
    const QByteArrayView head = QByteArrayView(m_head).chopped(kHeadEnd.size());
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);

    const qsizetype methodEnd = requestLine.indexOf(' ');
    const qsizetype targetEnd = methodEnd < 0 ? -1 : requestLine.indexOf(' ', methodEnd + 1);
    if (methodEnd <= 0 || targetEnd <= methodEnd + 1)
        return Failure::Malformed;
    const QByteArrayView method = requestLine.first(methodEnd);
    const QByteArrayView target = requestLine.sliced(methodEnd + 1, targetEnd - methodEnd - 1);
    const QByteArrayView version = requestLine.sliced(targetEnd + 1);
    if (version == "HTTP/1.1")
        m_request.minorVersion = 1;
    else if (version == "HTTP/1.0")
        m_request.minorVersion = 0;
    else if (version.size() == 8 && version.startsWith("HTTP/") && isDigits(version.sliced(5, 1)) &&
             version.at(6) == '.' && isDigits(version.sliced(7, 1)))
        return Failure::UnsupportedVersion;
    else
        return Failure::Malformed;
    if (!isToken(method) || !target.startsWith('/'))
        return Failure::Malformed;
    for (const char c : target) {
        if (c <= ' ' || c >= 0x7f)
            return Failure::Malformed;
    }
    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();

    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 2;
        lineEnd = head.indexOf("\r\n", start);
        const QByteArrayView line = lineEnd < 0 ? head.sliced(start) : head.sliced(start, lineEnd - start);
        if (m_request.headers.size() >= m_limits.headerCount)
            return Failure::HeadTooLarge;
        const Failure failure = parseHeader(line);
        if (failure != Failure::None)
            return failure;
    }

    if (m_sawTransferEncoding) {
        const QByteArrayList codings = elements(m_transferEncoding);
        return !codings.isEmpty() && codings.constLast() == "chunked" ? Failure::LengthRequired
                                                                      : Failure::UnsupportedTransferCoding;
    }
    if (m_request.minorVersion == 1 && !m_sawHost)
        return Failure::Malformed; // RFC 9112 3.2
    bool close = false;
    bool keepAlive = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "connection") {
            const QByteArrayList options = elements(value);
            close = close || options.contains("close");
            keepAlive = keepAlive || options.contains("keep-alive");
        } else if (name == "expect") {
            // RFC 9110 10.1.1: ignored in HTTP/1.0, whose clients get no 1xx answer.
            m_request.expectContinue =
                m_request.minorVersion == 1 && value.compare("100-continue", Qt::CaseInsensitive) == 0;
        } else if (name == "upgrade") {
            m_request.webSocketUpgrade = m_request.webSocketUpgrade || elements(value).contains("websocket");
        }
    }
    m_request.keepAlive = !close && (m_request.minorVersion == 1 || keepAlive);
    if (m_request.contentLength > m_limits.bodyBytes)
        return Failure::BodyTooLarge;
    return Failure::None;
}

HttpRequestParser::Failure HttpRequestParser::parseHeader(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    // A blank before the colon, or a line starting with one (obsolete folding), is refused
    // (RFC 9112 5.1, 5.2): either lets two readers see different headers.
    if (colon <= 0 || !isToken(line.first(colon)))
        return Failure::Malformed;
    const QByteArrayView value = trimmedBlanks(line.sliced(colon + 1));
    for (const char c : value) {
        if ((c >= 0 && c < ' ' && c != '\t') || c == 0x7f)
            return Failure::Malformed;
    }
    const QByteArray name = line.first(colon).toByteArray().toLower();
    if (name == "host") {
        if (m_sawHost)
            return Failure::Malformed;
        m_sawHost = true;
    } else if (name == "content-length") {
        // One length, digits only: "1, 1" or two different ones could be read two ways.
        if (!isDigits(value) || value.size() > kMaxLengthDigits)
            return Failure::Malformed;
        const qint64 length = value.toByteArray().toLongLong();
        if (m_sawLength && length != m_request.contentLength)
            return Failure::Malformed;
        m_sawLength = true;
        m_request.contentLength = length;
    } else if (name == "transfer-encoding") {
        m_sawTransferEncoding = true;
        if (!m_transferEncoding.isEmpty())
            m_transferEncoding += ',';
        m_transferEncoding += value.toByteArray();
    }
    m_request.headers.emplaceBack(name, value.toByteArray());
    return Failure::None;
}

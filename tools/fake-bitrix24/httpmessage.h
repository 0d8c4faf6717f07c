#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace identsync::fake {

struct HttpRequest
{
    QByteArray method;                            // "GET", "POST", ...
    QByteArray path;                              // percent-encoded, without the query
    QByteArray query;                             // after '?', still encoded
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
};

// What the connection does with a request (after `delayMs`): answer it, reset the TCP
// connection without a byte of answer, or send the status line and headers and close before the
// body. The last two are what fault injection needs from the socket level.
struct HttpResponse
{
    enum class Action
    {
        Send,
        Reset,
        HeadersThenClose,
        Count
    };

    Action action = Action::Send;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }

    static QByteArray reasonPhrase(int status);
};

} // namespace identsync::fake

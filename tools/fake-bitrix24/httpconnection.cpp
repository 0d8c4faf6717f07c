#include "fake-bitrix24/httpconnection.h"

#include <QTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace identsync::fake {

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    socket->setParent(this);
    // Small request/answer exchanges on keep-alive connections: Nagle would add 40 ms each.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_closing && m_socket) {
        HttpRequest request;
        bool keepAlive = true;
        int errorStatus = 0;
        if (!takeRequest(&request, &keepAlive, &errorStatus)) {
            if (errorStatus != 0) {
                HttpResponse error;
                error.status = errorStatus;
                error.addHeader("Content-Type", "text/plain; charset=utf-8");
                error.body = HttpResponse::reasonPhrase(errorStatus) + "\n";
                m_buffer.clear();
                respond(error, false);
            }
            return;
        }
        respond(m_handler(request), keepAlive);
    }
}

bool HttpConnection::takeRequest(HttpRequest *request, bool *keepAlive, int *errorStatus)
{
    // Tolerate stray CRLFs between pipelined requests (RFC 9112 §2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > kMaxHeaderBytes)
            *errorStatus = 431;
        return false;
    }
    const QByteArray head = m_buffer.left(headerEnd);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        *errorStatus = 400;
        return false;
    }
    request->method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype q = target.indexOf('?');
    request->path = q < 0 ? target : target.left(q);
    request->query = q < 0 ? QByteArray() : target.mid(q + 1);
    const bool http10 = requestLine[2] == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request->headers.append(
            qMakePair(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()));
    }
    const QByteArray connection = request->header("connection").toLower();
    *keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    if (!request->header("transfer-encoding").isEmpty()) {
        *errorStatus = 501; // chunked request bodies are not supported
        return false;
    }
    qsizetype length = 0;
    const QByteArray lengthHeader = request->header("content-length");
    if (!lengthHeader.isEmpty()) {
        bool ok = false;
        length = lengthHeader.toLongLong(&ok);
        if (!ok || length < 0) {
            *errorStatus = 400;
            return false;
        }
        if (length > kMaxBodyBytes) {
            *errorStatus = 413;
            return false;
        }
    }
    const qsizetype total = headerEnd + 4 + length;
    if (m_buffer.size() < total)
        return false;
    request->body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, total);
    return true;
}

void HttpConnection::respond(const HttpResponse &response, bool keepAlive)
{
    if (response.delayMs <= 0) {
        perform(response, keepAlive);
        return;
    }
    m_busy = true;
    QTimer::singleShot(response.delayMs, this, [this, response, keepAlive] {
        m_busy = false;
        if (!m_socket)
            return;
        perform(response, keepAlive);
        processBuffer();
    });
}

void HttpConnection::perform(const HttpResponse &response, bool keepAlive)
{
    switch (response.action) {
    case HttpResponse::Action::Send:
        writeResponse(response, keepAlive);
        return;
    case HttpResponse::Action::Reset:
        resetConnection();
        return;
    case HttpResponse::Action::HeadersThenClose:
        // A FIN, not a reset: the client reads the headers before it sees the end, so it knows
        // an answer had started and cannot quietly resend the request.
        writeResponse(response, false, false);
        return;
    case HttpResponse::Action::Count:
        break;
    }
}

void HttpConnection::writeResponse(const HttpResponse &response, bool keepAlive, bool withBody)
{
    if (!m_socket)
        return;
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out.append("HTTP/1.1 ");
    out.append(QByteArray::number(response.status));
    out.append(' ');
    out.append(HttpResponse::reasonPhrase(response.status));
    out.append("\r\nServer: fake-bitrix24\r\n");
    for (const auto &h : response.headers) {
        out.append(h.first);
        out.append(": ");
        out.append(h.second);
        out.append("\r\n");
    }
    out.append("Content-Length: ");
    out.append(QByteArray::number(response.body.size()));
    out.append(keepAlive ? "\r\nConnection: keep-alive\r\n\r\n" : "\r\nConnection: close\r\n\r\n");
    if (withBody)
        out.append(response.body);
    m_socket->write(out);
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::resetConnection()
{
    if (!m_socket)
        return;
    m_closing = true;
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN: the client sees a
    // reset, never a clean end of an empty answer.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lin;
        lin.l_onoff = 1;
        lin.l_linger = 0;
#ifdef Q_OS_WIN
        ::setsockopt(SOCKET(fd), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&lin),
                     sizeof(lin));
#else
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lin, sizeof(lin));
#endif
    }
    m_socket->abort();
    deleteLater();
}

} // namespace identsync::fake

#pragma once

#include "fake-bitrix24/httpmessage.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace identsync::fake {

// One client connection: a small HTTP/1.1 parser (Content-Length bodies, keep-alive, pipelined
// requests answered in order) and the writer that can delay an answer or reset the connection.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;

    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);

private:
    void onReadyRead();
    void processBuffer();
    // Parses one request from the buffer; false when more bytes are needed.
    bool takeRequest(HttpRequest *request, bool *keepAlive, int *errorStatus);
    void respond(const HttpResponse &response, bool keepAlive);
    void perform(const HttpResponse &response, bool keepAlive);
    void writeResponse(const HttpResponse &response, bool keepAlive, bool withBody = true);
    void resetConnection();

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_busy = false; // an answer is waiting for its delay; later requests wait too
    bool m_closing = false;
};

} // namespace identsync::fake

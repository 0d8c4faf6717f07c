// Requests per second the fake portal serves on loopback, against an in-process portal on its own
// thread or a running fake-bitrix24 given with --url. Two clients keep --parallel requests in
// flight: "qnam" (QNetworkAccessManager, up to 6 keep-alive connections, what the product uses)
// and "raw" (one keep-alive QTcpSocket per slot writing bare HTTP/1.1), which costs the client
// far less CPU, so the figure shows the portal rather than the client.
//
// usage: bench_fakebitrix [--requests N] [--parallel K] [--client raw|qnam]
//                         [--method crm.deal.get|crm.deal.list|crm.deal.add|batch]
//                         [--url http://127.0.0.1:PORT/rest/1/CODE/]

#include "fake-bitrix24/fakeportalthread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using identsync::fake::FakePortalThread;
using identsync::fake::Plan;
using identsync::fake::PortalConfig;

namespace {

struct Options
{
    int requests = 20000;
    int parallel = 6;
    QString method = QStringLiteral("crm.deal.get");
    QString client = QStringLiteral("raw");
    QUrl url;
};

// One keep-alive connection sending the next request as soon as the previous answer is complete.
class RawSlot : public QObject
{
public:
    RawSlot(const QUrl &url, const QByteArray &body, std::function<bool(bool)> onAnswer)
        : m_onAnswer(std::move(onAnswer))
    {
        m_request = "POST " + url.path(QUrl::FullyEncoded).toUtf8() +
                    " HTTP/1.1\r\nHost: " + url.host().toUtf8() +
                    "\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_request); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        m_socket.connectToHost(url.host(), quint16(url.port()));
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype at = m_buffer.indexOf("Content-Length: ");
            const qsizetype eol = m_buffer.indexOf("\r\n", at);
            const qsizetype length = m_buffer.mid(at + 16, eol - at - 16).toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            const bool ok = m_buffer.startsWith("HTTP/1.1 200");
            m_buffer.remove(0, end + 4 + length);
            if (!m_onAnswer(ok))
                return;
            m_socket.write(m_request);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    std::function<bool(bool)> m_onAnswer;
};

QByteArray bodyFor(const QString &method)
{
    if (method == u"crm.deal.get")
        return R"({"id":1})";
    if (method == u"crm.deal.list")
        return R"({"filter":{"@UF_CRM_IDENT_KEY":["F1_1","F1_2","F1_3"]},"select":["ID","STAGE_ID"]})";
    if (method == u"crm.deal.add")
        return R"({"fields":{"TITLE":"bench","UF_CRM_IDENT_KEY":"F1_9"}})";
    return R"({"cmd":{"a":"crm.deal.get?id=1","b":"crm.deal.list?filter[ID]=1"}})";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--requests")
            o.requests = args[i + 1].toInt();
        else if (args[i] == u"--parallel")
            o.parallel = args[i + 1].toInt();
        else if (args[i] == u"--method")
            o.method = args[i + 1];
        else if (args[i] == u"--url")
            o.url = QUrl(args[i + 1]);
        else if (args[i] == u"--client")
            o.client = args[i + 1];
    }
    if (o.requests <= 0 || o.parallel <= 0) {
        std::fprintf(stderr, "--requests and --parallel must be positive\n");
        return 2;
    }

    std::unique_ptr<FakePortalThread> portal;
    QUrl base = o.url;
    if (!base.isValid()) {
        PortalConfig config;
        config.plan = Plan::Unlimited;
        portal = std::make_unique<FakePortalThread>(config);
        QString error;
        if (!portal->start(&error)) {
            std::fprintf(stderr, "portal: %s\n", qPrintable(error));
            return 1;
        }
        base = portal->webhookUrl();
    }

    QNetworkAccessManager manager;
    QNetworkRequest seed(base.resolved(QUrl(QStringLiteral("crm.deal.add"))));
    seed.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (int i = 1; i <= 3; ++i) {
        QNetworkReply *r = manager.post(
            seed, QStringLiteral(R"({"fields":{"TITLE":"seed","UF_CRM_IDENT_KEY":"F1_%1"}})")
                      .arg(i)
                      .toUtf8());
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        r->deleteLater();
    }

    const QUrl target = base.resolved(QUrl(o.method));
    const QByteArray body = bodyFor(o.method);
    int started = 0;
    int finished = 0;
    int failed = 0;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<RawSlot>> rawSlots;
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::function<void()> launch = [&] {
        ++started;
        QNetworkReply *reply = manager.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            if (reply->error() != QNetworkReply::NoError)
                ++failed;
            reply->readAll();
            reply->deleteLater();
            if (++finished == o.requests)
                app.quit();
            else if (started < o.requests)
                launch();
        });
    };
    if (o.client == u"raw") {
        // Each slot starts with one request; an answer either triggers the next or ends the run.
        auto onAnswer = [&](bool ok) {
            if (!ok)
                ++failed;
            if (++finished == o.requests)
                app.quit();
            if (started >= o.requests)
                return false;
            ++started;
            return true;
        };
        for (int i = 0; i < o.parallel && started < o.requests; ++i) {
            ++started;
            rawSlots.push_back(std::make_unique<RawSlot>(target, body, onAnswer));
        }
    } else {
        for (int i = 0; i < o.parallel && started < o.requests; ++i)
            launch();
    }
    app.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf(
        "client=%s method=%s requests=%d parallel=%d failed=%d seconds=%.3f rate=%.0f req/s\n",
        qPrintable(o.client), qPrintable(o.method), o.requests, o.parallel, failed, seconds,
        double(o.requests) / seconds);
    return failed == 0 ? 0 : 1;
}

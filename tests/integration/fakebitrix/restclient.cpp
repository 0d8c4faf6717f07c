#include "restclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>

namespace {

QNetworkRequest request(const QUrl &url)
{
    QNetworkRequest r(url);
    // A safety net so a broken portal fails the test instead of hanging it; not an assertion.
    r.setTransferTimeout(30000);
    return r;
}

} // namespace

QJsonObject RestClient::Reply::object() const
{
    return QJsonDocument::fromJson(body).object();
}

RestClient::Reply RestClient::run(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

RestClient::Reply RestClient::get(const QUrl &url)
{
    return run(m_manager.get(request(url)));
}

RestClient::Reply RestClient::postJson(const QUrl &url, const QByteArray &json)
{
    QNetworkRequest r = request(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return run(m_manager.post(r, json));
}

RestClient::Reply RestClient::postJson(const QUrl &url, const QJsonObject &json)
{
    return postJson(url, QJsonDocument(json).toJson(QJsonDocument::Compact));
}

RestClient::Reply RestClient::postForm(const QUrl &url, const QByteArray &form)
{
    QNetworkRequest r = request(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader,
                QByteArrayLiteral("application/x-www-form-urlencoded"));
    return run(m_manager.post(r, form));
}

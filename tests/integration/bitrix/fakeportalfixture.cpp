#include "fakeportalfixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace identsync::testutils {

bool FakePortalFixture::start(const fake::PortalConfig &config, QString *error)
{
    m_portal = std::make_unique<fake::FakePortalThread>(config);
    return m_portal->start(error);
}

void FakePortalFixture::stop()
{
    m_portal.reset();
}

PortalEndpoint FakePortalFixture::endpoint() const
{
    return *PortalEndpoint::parse(m_portal->webhookUrl().toString(), nullptr);
}

quint16 FakePortalFixture::port() const
{
    return m_portal->port();
}

QJsonObject FakePortalFixture::control(const QString &name, const QJsonObject &body, bool post)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(m_portal->control(name));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        post ? nam.post(request, QJsonDocument(body).toJson()) : nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return out;
}

qint64 FakePortalFixture::refusals(const QString &code)
{
    return stats().value(QLatin1String("refusals")).toObject().value(code).toInteger();
}

qint64 FakePortalFixture::methodErrors(const QString &method, const QString &code)
{
    return stats()
        .value(QLatin1String("methods"))
        .toObject()
        .value(method)
        .toObject()
        .value(QLatin1String("errors"))
        .toObject()
        .value(code)
        .toInteger();
}

QJsonObject FakePortalFixture::faults(const QString &spec)
{
    return control(QStringLiteral("faults"), QJsonObject{{QStringLiteral("spec"), spec}}, true);
}

} // namespace identsync::testutils

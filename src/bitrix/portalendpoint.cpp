#include "portalendpoint.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace identsync {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool checkScheme(const QString &scheme, bool loopback, QString *error)
{
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (loopback)
            return true;
        return fail(error, QStringLiteral("The webhook URL uses plain http://. Bitrix24 accepts "
                                          "webhooks over https:// only; copy the URL from the "
                                          "portal again (it starts with https://)."));
    }
    return fail(error, QStringLiteral("The webhook URL must start with https:// (got a \"%1\" "
                                      "address). Copy it from Bitrix24: Developer resources → "
                                      "Other → Inbound webhook.")
                           .arg(scheme.left(16)));
}

} // namespace

bool PortalEndpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<PortalEndpoint> PortalEndpoint::parse(const QString &webhookUrl, QString *error)
{
    const QString trimmed = webhookUrl.trimmed();
    if (trimmed.isEmpty()) {
        fail(error, QStringLiteral("The webhook URL is empty. Paste the inbound webhook URL from "
                                   "Bitrix24 (https://<portal>/rest/<user id>/<code>/)."));
        return std::nullopt;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        fail(error, QStringLiteral("The webhook URL is not a valid address. It should look like "
                                   "https://<portal>/rest/<user id>/<code>/."));
        return std::nullopt;
    }
    const QString host = url.host().toLower();
    const bool loopback = isLoopbackHost(host);
    if (!checkScheme(url.scheme().toLower(), loopback, error))
        return std::nullopt;
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        fail(error, QStringLiteral("The webhook URL must not contain a user name, a \"?\" query or "
                                   "a \"#\" part. Copy it from Bitrix24 exactly as shown."));
        return std::nullopt;
    }

    // /[prefix]/rest/{user}/{code}[/][method]
    static const QRegularExpression pathRe(
        QStringLiteral("^(.*)/rest/([0-9]{1,9})/([A-Za-z0-9_]{1,128})(?:/([A-Za-z0-9_.]*))?$"));
    const auto match = pathRe.match(url.path(QUrl::FullyDecoded));
    if (!match.hasMatch()) {
        fail(error, QStringLiteral("The webhook URL has no /rest/<user id>/<code>/ part. Copy the "
                                   "whole inbound webhook URL from Bitrix24."));
        return std::nullopt;
    }
    const int userId = match.captured(2).toInt();
    if (userId <= 0) {
        fail(error, QStringLiteral("The user id in the webhook URL must be a positive number "
                                   "(the /rest/<user id>/ part)."));
        return std::nullopt;
    }

    PortalEndpoint endpoint;
    endpoint.m_scheme = url.scheme().toLower();
    endpoint.m_host = host;
    endpoint.m_port = url.port(-1);
    endpoint.m_pathPrefix = match.captured(1);
    endpoint.m_userId = userId;
    endpoint.m_code = match.captured(3);
    return endpoint;
}

int PortalEndpoint::port() const
{
    if (m_port > 0)
        return m_port;
    return m_scheme == QLatin1String("http") ? 80 : 443;
}

bool PortalEndpoint::isLoopback() const
{
    return isLoopbackHost(m_host);
}

QString PortalEndpoint::portalUrl() const
{
    QUrl url;
    url.setScheme(m_scheme);
    url.setHost(m_host);
    url.setPort(m_port);
    return url.toString(QUrl::FullyEncoded);
}

QString PortalEndpoint::displayUrl() const
{
    if (!isValid())
        return QString();
    return portalUrl() + m_pathPrefix + QStringLiteral("/rest/%1/****/").arg(m_userId);
}

QString PortalEndpoint::webhookUrl() const
{
    if (!isValid())
        return QString();
    return methodUrl(QString()).toString(QUrl::FullyEncoded);
}

QString PortalEndpoint::redact(const QString &text) const
{
    if (m_code.isEmpty())
        return text;
    const QString secret = QStringLiteral("/rest/%1/%2").arg(m_userId).arg(m_code);
    const QString shown = QStringLiteral("/rest/%1/****").arg(m_userId);
    QString out = text;
    out.replace(secret, shown, Qt::CaseInsensitive);
    out.replace(QString::fromLatin1(QUrl::toPercentEncoding(secret, "/")), shown,
                Qt::CaseInsensitive);
    return out;
}

QUrl PortalEndpoint::methodUrl(const QString &method) const
{
    QUrl url;
    url.setScheme(m_scheme);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(m_pathPrefix + QStringLiteral("/rest/%1/%2/%3").arg(m_userId).arg(m_code, method));
    return url;
}

std::optional<PortalEndpoint> PortalEndpoint::movedTo(const QUrl &location, QString *error) const
{
    if (!location.isValid() || location.host().isEmpty()) {
        fail(error, QStringLiteral("The portal answered 302 without a usable Location address."));
        return std::nullopt;
    }
    const QString host = location.host().toLower();
    if (!checkScheme(location.scheme().toLower(), isLoopbackHost(host), error))
        return std::nullopt;
    PortalEndpoint moved = *this;
    moved.m_scheme = location.scheme().toLower();
    moved.m_host = host;
    moved.m_port = location.port(-1);
    return moved;
}

} // namespace identsync

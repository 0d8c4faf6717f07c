#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace identsync {

// An inbound webhook of one Bitrix24 portal: https://{host}/rest/{userId}/{code}/.
// The code is a password. It is kept here and put into request URLs, and nowhere else: no
// accessor but webhookUrl() (for the keychain) returns it, displayUrl() masks it, and parse()
// errors never quote the URL.
class PortalEndpoint
{
public:
    PortalEndpoint() = default;

    // Accepts the URL as Bitrix24 shows it, with or without the trailing slash, and also with a
    // method appended (".../crm.deal.add.json"), which people paste from the portal's examples.
    // https only; plain http only for loopback hosts (tests, the demo). On failure returns
    // nullopt and sets `error` to a sentence saying what is wrong and what to do.
    static std::optional<PortalEndpoint> parse(const QString &webhookUrl, QString *error);

    bool isValid() const { return !m_host.isEmpty(); }
    QString scheme() const { return m_scheme; }
    QString host() const { return m_host; }
    int port() const; // the effective port: 443/80 when the URL names none
    int userId() const { return m_userId; }
    bool isLoopback() const;

    // The portal address without credentials, e.g. "https://clinic.bitrix24.ru".
    QString portalUrl() const;
    // What people see: "https://clinic.bitrix24.ru/rest/1/****/".
    QString displayUrl() const;

    // The whole webhook URL including the code, for storing in the OS keychain after the portal
    // moved (Bitrix24Client::portalMoved). Never for a log, a setting or the screen.
    QString webhookUrl() const;

    // `text` with every "/rest/{user}/{code}" of this webhook masked, for messages that come
    // from elsewhere (QNetworkReply::errorString() quotes the URL for some errors).
    QString redact(const QString &text) const;

    // Full URL of a REST method. Contains the code: pass it to the network, never to a log.
    QUrl methodUrl(const QString &method) const;

    // The same webhook on another host, after the portal answered 302 with `location` (only its
    // scheme, host and port are used). Applies the same https rule as parse().
    std::optional<PortalEndpoint> movedTo(const QUrl &location, QString *error) const;

    // True when both address the same webhook (host, port, user and code).
    bool operator==(const PortalEndpoint &) const = default;

private:
    static bool isLoopbackHost(const QString &host);

    QString m_scheme;
    QString m_host;
    int m_port = -1;
    QString m_pathPrefix; // on-premise portals may serve REST under a sub-path
    int m_userId = 0;
    QString m_code;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::PortalEndpoint)

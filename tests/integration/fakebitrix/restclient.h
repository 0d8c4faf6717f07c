#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// A blocking QNetworkAccessManager client for the fake portal tests: each call runs a local
// event loop until the reply finishes (the portal lives on another thread or process).
class RestClient
{
public:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray contentType;
        QByteArray body;

        // A transport failure (reset, closed early, timeout), not an HTTP error status.
        bool networkFailed() const
        {
            return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
        }
        QJsonObject object() const;
        QJsonValue result() const { return object().value(QStringLiteral("result")); }
    };

    Reply get(const QUrl &url);
    Reply postJson(const QUrl &url, const QByteArray &json);
    Reply postJson(const QUrl &url, const QJsonObject &json);
    Reply postForm(const QUrl &url, const QByteArray &form);

private:
    Reply run(QNetworkReply *reply);
    QNetworkAccessManager m_manager;
};

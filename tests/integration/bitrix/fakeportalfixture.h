#pragma once

#include "bitrix/pendingoperation.h"
#include "bitrix/portalendpoint.h"

#include "fake-bitrix24/fakeportalthread.h"
#include "fake-bitrix24/portalconfig.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace identsync::testutils {

// A fresh fake portal on its own thread for one test, with its control endpoints.
class FakePortalFixture
{
public:
    // Starts the portal; on failure `error` says why and the fixture is unusable.
    bool start(const fake::PortalConfig &config, QString *error);
    void stop();

    PortalEndpoint endpoint() const;
    quint16 port() const;

    // GET (empty body) or POST /_fake/{name}; the parsed JSON answer, empty on failure.
    QJsonObject control(const QString &name, const QJsonObject &body = {}, bool post = false);
    QJsonObject stats() { return control(QStringLiteral("stats")); }
    // Refusals by code in /_fake/stats, e.g. "QUERY_LIMIT_EXCEEDED".
    qint64 refusals(const QString &code);
    qint64 methodErrors(const QString &method, const QString &code);
    QJsonObject seed(const QJsonObject &body)
    {
        return control(QStringLiteral("seed"), body, true);
    }
    QJsonObject faults(const QString &spec);

private:
    std::unique_ptr<fake::FakePortalThread> m_portal;
};

// Runs the event loop until `pending` finishes (or a generous hang guard fires: that is a test
// failure, not a timing assertion).
template <typename T> std::optional<T> await(Pending<T> *pending, int guardMs = 180000)
{
    std::optional<T> out;
    QEventLoop loop;
    pending->then(&loop, [&](const T &result) {
        out = result;
        loop.quit();
    });
    QTimer::singleShot(guardMs, &loop, &QEventLoop::quit);
    loop.exec();
    return out;
}

// Runs the event loop until `done()` is true or the guard fires.
template <typename F> bool spinUntil(F done, int guardMs = 180000)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(guardMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

} // namespace identsync::testutils

#pragma once

#include "fake-bitrix24/portalconfig.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace identsync::fake {

// Runs a FakePortal on its own thread, so a test's client event loop (and its blocking waits)
// never stalls the server. start() returns once the portal listens.
class FakePortalThread
{
public:
    explicit FakePortalThread(const PortalConfig &config);
    ~FakePortalThread();
    FakePortalThread(const FakePortalThread &) = delete;
    FakePortalThread &operator=(const FakePortalThread &) = delete;

    // Starts the thread and the portal; false with `error` set when it could not listen.
    bool start(QString *error = nullptr);
    // Stops the portal (saving its state file) and joins the thread.
    void stop();

    quint16 port() const;
    QUrl baseUrl() const;    // http://127.0.0.1:PORT/
    QUrl webhookUrl() const; // http://127.0.0.1:PORT/rest/{user}/{code}/
    // webhookUrl() + method, e.g. method("crm.deal.add").
    QUrl method(const QString &name) const;
    // baseUrl() + "_fake/" + name.
    QUrl control(const QString &name) const;

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace identsync::fake

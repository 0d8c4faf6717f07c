#include "fake-bitrix24/fakeportalthread.h"

#include "fake-bitrix24/fakeportal.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

namespace identsync::fake {

class FakePortalThread::Worker : public QThread
{
public:
    explicit Worker(const PortalConfig &config)
        : m_config(config)
    {}

    void run() override
    {
        // The portal is created, used and destroyed on this thread; its destructor saves state.
        FakePortal portal(m_config);
        QString error;
        const bool ok = portal.listen(&error);
        {
            QMutexLocker lock(&m_mutex);
            m_ready = true;
            m_ok = ok;
            m_error = error;
            m_port = ok ? portal.port() : 0;
            m_condition.wakeAll();
        }
        if (ok)
            exec();
    }

    bool waitReady(QString *error)
    {
        QMutexLocker lock(&m_mutex);
        while (!m_ready)
            m_condition.wait(&m_mutex);
        if (!m_ok && error)
            *error = m_error;
        return m_ok;
    }

    const PortalConfig &config() const { return m_config; }
    quint16 port() const
    {
        QMutexLocker lock(&m_mutex);
        return m_port;
    }

private:
    PortalConfig m_config;
    mutable QMutex m_mutex;
    QWaitCondition m_condition;
    bool m_ready = false;
    bool m_ok = false;
    QString m_error;
    quint16 m_port = 0;
};

FakePortalThread::FakePortalThread(const PortalConfig &config)
    : m_worker(std::make_unique<Worker>(config))
{}

FakePortalThread::~FakePortalThread()
{
    stop();
}

bool FakePortalThread::start(QString *error)
{
    m_worker->start();
    return m_worker->waitReady(error);
}

void FakePortalThread::stop()
{
    if (m_worker->isRunning()) {
        m_worker->quit();
        m_worker->wait();
    }
}

quint16 FakePortalThread::port() const
{
    return m_worker->port();
}

QUrl FakePortalThread::baseUrl() const
{
    return QUrl(
        QStringLiteral("http://%1:%2/").arg(m_worker->config().bind.toString()).arg(port()));
}

QUrl FakePortalThread::webhookUrl() const
{
    return baseUrl().resolved(
        QUrl(QStringLiteral("rest/%1/%2/")
                 .arg(m_worker->config().webhookUser, m_worker->config().webhookCode)));
}

QUrl FakePortalThread::method(const QString &name) const
{
    return webhookUrl().resolved(QUrl(name));
}

QUrl FakePortalThread::control(const QString &name) const
{
    return baseUrl().resolved(QUrl(QStringLiteral("_fake/") + name));
}

} // namespace identsync::fake

#include "consoleportal.h"

#include "consoleportalworker.h"

namespace identsync {

ConsolePortal::ConsolePortal(const EngineConfig &config, const QString &webhookCode,
                             QObject *parent)
    : QObject(parent)
    , m_worker(new ConsolePortalWorker(config, webhookCode))
    , m_portalUrl(config.portalUrl)
{
    m_thread.setObjectName(QStringLiteral("identsync-console-portal"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ConsolePortalWorker::stagesLoaded, this,
            [this](const StageCatalog &catalog) {
                m_stages = catalog;
                Q_EMIT stagesLoaded(catalog);
            });
    connect(m_worker, &ConsolePortalWorker::stagesFailed, this, &ConsolePortal::stagesFailed);
    connect(m_worker, &ConsolePortalWorker::searchFinished, this, &ConsolePortal::searchFinished);
    connect(m_worker, &ConsolePortalWorker::searchFailed, this, &ConsolePortal::searchFailed);
    m_thread.start();
}

ConsolePortal::~ConsolePortal()
{
    m_thread.quit();
    m_thread.wait();
}

void ConsolePortal::loadStages()
{
    QMetaObject::invokeMethod(m_worker, &ConsolePortalWorker::loadStages);
}

quint64 ConsolePortal::search(const QString &query, const QString &receptionKey)
{
    const quint64 id = ++m_nextRequest;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, query, receptionKey] {
        worker->search(id, query, receptionKey);
    });
    return id;
}

} // namespace identsync

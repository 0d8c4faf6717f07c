#include "settingsservice.h"

#include "data/settingsworker.h"

namespace identsync {

SettingsService::SettingsService(QString configPath, QString keychainService, QObject *parent)
    : QObject(parent)
    , m_configPath(std::move(configPath))
{
    qRegisterMetaType<SettingsSnapshot>();
    qRegisterMetaType<SettingsSaveRequest>();
    qRegisterMetaType<SettingsSaveOutcome>();
    qRegisterMetaType<PortalCheckOutcome>();
    qRegisterMetaType<IdentCheckOutcome>();
    m_thread.setObjectName(QStringLiteral("settings"));
    m_worker = new SettingsWorker(std::move(keychainService));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SettingsWorker::loaded, this, &SettingsService::loaded);
    connect(m_worker, &SettingsWorker::saved, this, &SettingsService::saved);
    connect(m_worker, &SettingsWorker::portalChecked, this, &SettingsService::portalChecked);
    connect(m_worker, &SettingsWorker::identChecked, this, &SettingsService::identChecked);
    m_thread.start();
}

SettingsService::~SettingsService()
{
    m_thread.quit();
    m_thread.wait();
}

void SettingsService::load()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, path = m_configPath] { w->load(path); }, Qt::QueuedConnection);
}

void SettingsService::save(const SettingsSaveRequest &request)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, request] { w->save(request); }, Qt::QueuedConnection);
}

void SettingsService::checkPortal(const QString &url, const QString &code, double timeScale)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, url, code, timeScale] { w->checkPortal(url, code, timeScale); },
        Qt::QueuedConnection);
}

void SettingsService::checkIdent(const SettingsValues &values, const QString &sourceId,
                                 const QString &password)
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, values, path = m_configPath, sourceId, password] {
            w->checkIdent(values, path, sourceId, password);
        },
        Qt::QueuedConnection);
}

} // namespace identsync

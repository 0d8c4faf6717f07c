#pragma once

#include "data/settingstypes.h"

#include <QObject>
#include <QThread>

namespace identsync {

class SettingsWorker;

// The Settings page's link to its SettingsWorker: owns the worker's thread, forwards requests as
// queued calls and hands the answers back on the GUI thread.
class SettingsService : public QObject
{
    Q_OBJECT

public:
    explicit SettingsService(QString configPath, QString keychainService,
                             QObject *parent = nullptr);
    ~SettingsService() override;

    QString configPath() const { return m_configPath; }

    void load();
    void save(const SettingsSaveRequest &request);
    void checkPortal(const QString &url, const QString &code, double timeScale);
    void checkIdent(const SettingsValues &values, const QString &sourceId, const QString &password);

Q_SIGNALS:
    void loaded(const identsync::SettingsSnapshot &snapshot);
    void saved(const identsync::SettingsSaveOutcome &outcome);
    void portalChecked(const identsync::PortalCheckOutcome &outcome);
    void identChecked(const identsync::IdentCheckOutcome &outcome);

private:
    QString m_configPath;
    QThread m_thread;
    SettingsWorker *m_worker = nullptr;
};

} // namespace identsync

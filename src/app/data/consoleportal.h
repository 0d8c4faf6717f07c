#pragma once

#include "models/dealcandidate.h"
#include "models/stagecatalog.h"

#include "engine/engineconfig.h"

#include <QObject>
#include <QThread>

namespace identsync {

class ConsolePortalWorker;

// The console's read-only link to the portal: a ConsolePortalWorker on a thread of its own, so no
// request ever runs on the GUI thread. Lives on the GUI thread; answers arrive as queued signals
// with value types. Pages and the binding dialog share one (one pacer for the console's reads).
class ConsolePortal : public QObject
{
    Q_OBJECT

public:
    // `webhookCode` empty: the worker reads it from the keychain.
    explicit ConsolePortal(const EngineConfig &config, const QString &webhookCode = {},
                           QObject *parent = nullptr);
    ~ConsolePortal() override;

    QString portalUrl() const { return m_portalUrl; }
    const StageCatalog &stages() const { return m_stages; }

    void loadStages();
    // ConsolePortalWorker::search. Returns the request id the answer carries.
    quint64 search(const QString &query, const QString &receptionKey = {});

Q_SIGNALS:
    void stagesLoaded(const identsync::StageCatalog &catalog);
    void stagesFailed(const QString &error);
    void searchFinished(quint64 requestId, const QList<identsync::DealCandidate> &candidates);
    void searchFailed(quint64 requestId, const QString &error);

private:
    QThread m_thread;
    ConsolePortalWorker *m_worker = nullptr;
    QString m_portalUrl;
    StageCatalog m_stages;
    quint64 m_nextRequest = 0;
};

} // namespace identsync

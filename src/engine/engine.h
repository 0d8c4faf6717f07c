#pragma once

#include "engine/engineconfig.h"
#include "engine/workers.h"

#include "store/jobqueue.h"
#include "store/transitionlog.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace identsync {

class Database;

// What the console and `status` show about a running engine.
struct EngineStatus
{
    QString phase;  // "running", "paused", "stopped"
    QString reason; // why paused, in plain words
    QDateTime lastPoll;
    QDateTime nextPoll;
    StateCounts counts{};
    int lastPollReceptions = 0;
    int syncedThisRun = 0;
};

// Runs the pipeline (SPEC §4): an IDENT thread that polls into the outbox, a portal thread that
// dispatches it, and on the calling thread the lease heartbeat, the console's commands from the
// state database (picked up within a second), pauses and the poll schedule.
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(EngineConfig config, QObject *parent = nullptr);
    ~Engine() override;

    // Reads the secrets, opens the state database, takes the engine lease, turns expired job
    // leases into "outcome unknown" and starts the worker threads. False with `error` when
    // another engine holds the lease or something is missing.
    bool start(QString *error);
    // A single cycle: poll every source, then dispatch until nothing is due; `cycleFinished`.
    void runOnce();
    // Continuous operation: poll on the interval, dispatch whenever jobs are due.
    void runContinuously();
    // Graceful: finishes the group in flight, releases the lease, then `stopped`.
    void stop();
    // `needsFix`: paused by an auth, permission or config problem; a new configuration or new
    // credentials resume it. A person's pause waits for a person's resume.
    void pause(const QString &reason, bool needsFix = false);
    void resume();
    void syncNow();

    EngineStatus status() const { return m_status; }
    QString owner() const { return m_owner; }

Q_SIGNALS:
    // A poll and the dispatch after it are done (in continuous operation: after every poll).
    void cycleFinished(const identsync::PollReport &poll, const identsync::DrainReport &drain);
    void statusChanged(const identsync::EngineStatus &status);
    void transitionsRecorded(const QList<identsync::StageTransition> &transitions);
    void logLine(const QString &line);
    void stopped();

private:
    struct Secrets
    {
        QString webhookCode;
        QHash<QString, QString> identPasswords;
        QString statePassword;
    };
    bool loadSecrets(Secrets *out, QString *error) const;
    void startWorkers();
    void stopWorkers();
    void reloadConfig();
    void checkCredentials();
    void startCycle();
    void onPolled(const PollReport &report);
    void onDrained(const DrainReport &report);
    void tick();
    void processCommands();
    void refreshCounts();
    void log(const QString &line);
    void finishStop();

    EngineConfig m_config;
    QString m_owner;
    std::unique_ptr<Database> m_db;
    QThread m_identThread;
    QThread m_portalThread;
    IdentWorker *m_ident = nullptr;
    PortalWorker *m_portal = nullptr;
    QTimer m_pollTimer;
    QTimer m_tickTimer;
    QTimer m_reloadTimer;
    QFileSystemWatcher m_watcher;
    Secrets m_secrets;
    bool m_reloadPending = false;
    bool m_pauseNeedsFix = false;
    int m_ticksSinceCredentialCheck = 0;
    int m_ticksSinceRelease = 0;
    EngineStatus m_status;
    bool m_once = false;
    bool m_polling = false;
    bool m_draining = false;
    bool m_stopping = false;
    bool m_paused = false;
    bool m_drainAgain = false;
    bool m_cycleOpen = false; // polled; the next dispatch pass finishes the cycle
    PollReport m_lastPoll;
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::EngineStatus)

#pragma once

#include "core/clock.h"
#include "engine/engine.h"
#include "engine/engineconfig.h"
#include "store/commandqueue.h"
#include "store/enginelease.h"
#include "store/storeconfig.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

namespace identsync {

class CommandWorker;
class EngineController;
class LeaseWorker;
struct LeaseSnapshot;

// The console's link to one state database and to the engine working on it, whether that engine
// runs in this process (host) or as a service elsewhere (monitor). Lives on the GUI thread; what
// it hands out arrives through queued signals as value types, coalesced to at most ten updates a
// second. Every page takes the session in its constructor.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Offline, // no engine holds the database and none runs here
        Host,    // the engine runs on this process's worker threads
        Monitor, // another process (the service) holds the database
        Count
    };
    Q_ENUM(Mode)

    // A session on a state database only: it watches whatever engine holds it and never hosts.
    explicit ConsoleSession(StoreConfig store, QObject *parent = nullptr);
    // A session that hosts the engine of `config` when no other engine holds its database.
    explicit ConsoleSession(EngineConfig config, QObject *parent = nullptr);
    ~ConsoleSession() override;

    const StoreConfig &storeConfig() const { return m_store; }
    bool canHost() const { return m_engineConfig.has_value(); }
    // The configuration file this console looked for, and what is wrong with it (a missing file
    // is one problem). A session with problems never hosts.
    void setConfigProblems(const QString &path, const QList<ConfigProblem> &problems)
    {
        m_configPath = path;
        m_configProblems = problems;
    }
    QString configPath() const { return m_engineConfig ? m_engineConfig->filePath : m_configPath; }
    QList<ConfigProblem> configProblems() const { return m_configProblems; }
    const std::optional<EngineConfig> &engineConfig() const { return m_engineConfig; }

    // Injectable wall clock (UTC): countdowns and "today" are computed from it, so tests move it
    // instead of sleeping.
    WallClock clock() const { return m_clock; }
    void setClock(WallClock clock) { m_clock = std::move(clock); }

    // Looks at the lease (on the reader thread): hosts the engine when nobody holds the database
    // and this session can, watches the holder otherwise. Then keeps watching once a second.
    void start();
    // Monitor whose service stopped: start the engine here.
    void takeOver();
    // Graceful: a hosted engine finishes the group in flight and releases the lease; then
    // `shutDown`. Emitted at once when nothing runs here.
    void shutdown();
    // Re-read what the views show (F5).
    void refresh();

    Mode mode() const { return m_mode; }
    EngineStatus status() const { return m_status; }
    // The engine that holds the database, here or elsewhere; empty when none.
    std::optional<EngineHolder> holder() const { return m_holder; }
    // A holder that stopped its heartbeat: the service is gone and the console may take over.
    bool holderGone() const { return m_holderGone; }
    // Why the engine could not be started here (empty when it was, or was not tried).
    QString startError() const { return m_startError; }
    // Monitor-only: the database could not be read.
    QString readError() const { return m_readError; }
    EngineController *controller() const { return m_controller.get(); }

    // Constructs a StoreWorker subclass on the reader thread, where it opens its own connection;
    // it is deleted there when the session ends. Call its slots with QMetaObject::invokeMethod.
    template <class Worker, class... Args> Worker *createWorker(Args &&...args)
    {
        auto *worker = new Worker(m_store, std::forward<Args>(args)...);
        worker->moveToThread(&m_readerThread);
        connect(&m_readerThread, &QThread::finished, worker, &QObject::deleteLater);
        return worker;
    }
    QThread *readerThread() { return &m_readerThread; }

    // Operator actions go through the commands table in both modes: the engine's one
    // implementation executes them within a second and audits them. Asynchronous; the outcome
    // arrives as commandPosted / commandFailed.
    void postCommand(CommandKind kind, const QJsonObject &args = {});

Q_SIGNALS:
    void modeChanged(identsync::ConsoleSession::Mode mode);
    void statusChanged(const identsync::EngineStatus &status);
    void holderChanged();
    void transitionsAdded(const QList<identsync::StageTransition> &transitions);
    void logLines(const QStringList &lines);
    // The outbox changed: queue-like views re-read what they show.
    void jobsChanged();
    void commandPosted(qint64 commandId, identsync::CommandKind kind);
    void commandFailed(identsync::CommandKind kind, const QString &error);
    void shutDown();

protected:
    void setMode(Mode mode);
    void setStatus(const EngineStatus &status);

private:
    void init();
    void onChecked(const LeaseSnapshot &snapshot);
    void startHost();

    StoreConfig m_store;
    std::optional<EngineConfig> m_engineConfig;
    WallClock m_clock = systemWallClock();
    QThread m_readerThread;
    CommandWorker *m_commands = nullptr;
    LeaseWorker *m_lease = nullptr;
    QTimer m_watchTimer;
    bool m_checking = false;
    bool m_started = false;
    bool m_shuttingDown = false;
    std::unique_ptr<EngineController> m_controller;
    Mode m_mode = Mode::Offline;
    EngineStatus m_status;
    std::optional<EngineHolder> m_holder;
    bool m_holderGone = false;
    QString m_startError;
    QString m_readError;
    QString m_configPath;
    QList<ConfigProblem> m_configProblems;
};

} // namespace identsync

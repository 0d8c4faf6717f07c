#pragma once

#include "core/clock.h"
#include "engine/engine.h"
#include "store/commandqueue.h"
#include "store/storeconfig.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

namespace identsync {

class CommandWorker;

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

    explicit ConsoleSession(StoreConfig store, QObject *parent = nullptr);
    ~ConsoleSession() override;

    const StoreConfig &storeConfig() const { return m_store; }

    // Injectable wall clock (UTC): countdowns and "today" are computed from it, so tests move it
    // instead of sleeping.
    WallClock clock() const { return m_clock; }
    void setClock(WallClock clock) { m_clock = std::move(clock); }

    Mode mode() const { return m_mode; }
    EngineStatus status() const { return m_status; }

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
    void transitionsAdded(const QList<identsync::StageTransition> &transitions);
    void logLines(const QStringList &lines);
    // The outbox changed: queue-like views re-read what they show.
    void jobsChanged();
    void commandPosted(qint64 commandId, identsync::CommandKind kind);
    void commandFailed(identsync::CommandKind kind, const QString &error);

protected:
    void setMode(Mode mode);
    void setStatus(const EngineStatus &status);

private:
    StoreConfig m_store;
    WallClock m_clock = systemWallClock();
    QThread m_readerThread;
    CommandWorker *m_commands = nullptr;
    Mode m_mode = Mode::Offline;
    EngineStatus m_status;
};

} // namespace identsync

#pragma once

#include "engine/engine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace identsync {

// The facade the console uses (SPEC §4): start, pause, resume, sync-now, and the engine's news as
// value types, coalesced so the GUI thread gets at most ten updates a second however busy the
// engine is. Transitions and log lines are never dropped, only delivered in batches.
class EngineController : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kMinInterval{100};

    explicit EngineController(QObject *parent = nullptr);
    ~EngineController() override;

    // Takes an engine (started or not) and relays its signals; the controller owns it.
    void attach(std::unique_ptr<Engine> engine);
    Engine *engine() const { return m_engine.get(); }

    bool start(const EngineConfig &config, QString *error);
    void pause()
    {
        if (m_engine)
            m_engine->pause(tr("paused from the console"));
    }
    void resume()
    {
        if (m_engine)
            m_engine->resume();
    }
    void syncNow()
    {
        if (m_engine)
            m_engine->syncNow();
    }
    void stop()
    {
        if (m_engine)
            m_engine->stop();
    }

    // How many batches were delivered (for tests and the console's own diagnostics).
    int deliveries() const { return m_deliveries; }

Q_SIGNALS:
    void statusChanged(const identsync::EngineStatus &status);
    void transitionsAdded(const QList<identsync::StageTransition> &transitions);
    void logLines(const QStringList &lines);
    void jobsChanged();

private:
    void schedule();
    void flush();

    std::unique_ptr<Engine> m_engine;
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlush;
    std::optional<EngineStatus> m_status;
    QList<StageTransition> m_transitions;
    QStringList m_lines;
    bool m_jobsChanged = false;
    int m_deliveries = 0;
};

} // namespace identsync

#include "enginecontroller.h"

namespace identsync {

EngineController::EngineController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<EngineStatus>();
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &EngineController::flush);
}

EngineController::~EngineController() = default;

void EngineController::attach(std::unique_ptr<Engine> engine)
{
    m_engine = std::move(engine);
    connect(m_engine.get(), &Engine::statusChanged, this, [this](const EngineStatus &s) {
        m_status = s;
        m_jobsChanged = true;
        schedule();
    });
    connect(m_engine.get(), &Engine::transitionsRecorded, this,
            [this](const QList<StageTransition> &t) {
                m_transitions << t;
                m_jobsChanged = true;
                schedule();
            });
    connect(m_engine.get(), &Engine::logLine, this, [this](const QString &line) {
        m_lines << line;
        schedule();
    });
}

bool EngineController::start(const EngineConfig &config, QString *error)
{
    attach(std::make_unique<Engine>(config));
    if (!m_engine->start(error))
        return false;
    m_engine->runContinuously();
    return true;
}

void EngineController::schedule()
{
    if (m_flushTimer.isActive())
        return;
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : kMinInterval.count();
    m_flushTimer.start(std::chrono::milliseconds(qMax<qint64>(0, kMinInterval.count() - since)));
}

void EngineController::flush()
{
    m_sinceFlush.restart();
    ++m_deliveries;
    if (m_status)
        Q_EMIT statusChanged(*std::exchange(m_status, std::nullopt));
    if (!m_transitions.isEmpty())
        Q_EMIT transitionsAdded(std::exchange(m_transitions, {}));
    if (!m_lines.isEmpty())
        Q_EMIT logLines(std::exchange(m_lines, {}));
    if (std::exchange(m_jobsChanged, false))
        Q_EMIT jobsChanged();
}

} // namespace identsync

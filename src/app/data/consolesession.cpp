#include "consolesession.h"

#include "applogging.h"
#include "commandworker.h"
#include "leaseworker.h"

#include "engine/enginecontroller.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace identsync {

namespace {

// The lease a console assumes for a service whose configuration it does not have.
constexpr std::chrono::milliseconds kDefaultStaleAfter{30000};

} // namespace

ConsoleSession::ConsoleSession(StoreConfig store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    init();
}

ConsoleSession::ConsoleSession(EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_store(config.store)
    , m_engineConfig(std::move(config))
{
    init();
}

void ConsoleSession::init()
{
    qRegisterMetaType<LeaseSnapshot>();
    qRegisterMetaType<EngineStatus>();
    m_readerThread.setObjectName(QStringLiteral("identsync-console-store"));
    m_commands = createWorker<CommandWorker>();
    connect(m_commands, &CommandWorker::posted, this, &ConsoleSession::commandPosted);
    connect(m_commands, &CommandWorker::failed, this, &ConsoleSession::commandFailed);
    const auto staleAfter = m_engineConfig ? m_engineConfig->leaseStaleAfter : kDefaultStaleAfter;
    // The worker reads the clock on the reader thread; the session's clock may be replaced, so
    // it asks through the session's current one at each check.
    m_lease = createWorker<LeaseWorker>(staleAfter, WallClock([this] { return m_clock(); }));
    connect(m_lease, &LeaseWorker::checked, this, &ConsoleSession::onChecked);
    m_watchTimer.setInterval(std::chrono::seconds(1));
    connect(&m_watchTimer, &QTimer::timeout, this, [this] {
        if (m_checking)
            return;
        m_checking = true;
        QMetaObject::invokeMethod(m_lease, &LeaseWorker::check);
    });
    m_readerThread.start();
}

ConsoleSession::~ConsoleSession()
{
    m_watchTimer.stop();
    // An engine still running here is stopped by the controller's destructor; the graceful path
    // is shutdown(), which the application runs before it ends.
    m_controller.reset();
    m_readerThread.quit();
    m_readerThread.wait();
}

void ConsoleSession::start()
{
    if (m_started)
        return;
    m_started = true;
    m_checking = true;
    QMetaObject::invokeMethod(m_lease, &LeaseWorker::check);
    m_watchTimer.start();
}

void ConsoleSession::onChecked(const LeaseSnapshot &snapshot)
{
    m_checking = false;
    if (m_shuttingDown)
        return;
    m_readError = snapshot.error;
    if (m_mode == Mode::Host)
        return; // the hosted engine tells its own state
    const bool holderChanged =
        snapshot.holder.has_value() != m_holder.has_value() ||
        (snapshot.holder && m_holder && snapshot.holder->owner != m_holder->owner) ||
        snapshot.stale != m_holderGone;
    if (m_mode == Mode::Monitor && snapshot.error.isEmpty() && !snapshot.holder) {
        // The service stopped and released the lease: keep saying which one, and offer to take
        // over rather than starting an engine behind the person's back.
        m_holderGone = true;
    } else {
        m_holder = snapshot.holder;
        m_holderGone = snapshot.stale;
    }
    const bool free = snapshot.error.isEmpty() && (!snapshot.holder || snapshot.stale);
    if (free && m_mode != Mode::Monitor && canHost() && m_startError.isEmpty()) {
        startHost();
        return;
    }
    if (snapshot.holder && !snapshot.stale) {
        m_holderGone = false;
        EngineStatus s = m_status;
        s.phase = QStringLiteral("running");
        s.counts = snapshot.counts;
        setMode(Mode::Monitor);
        setStatus(s);
    } else if (m_mode == Mode::Monitor) {
        EngineStatus s = m_status;
        s.phase = QStringLiteral("stopped");
        s.counts = snapshot.counts;
        setStatus(s);
    } else {
        EngineStatus s = m_status;
        s.counts = snapshot.counts;
        setStatus(s);
    }
    if (holderChanged)
        Q_EMIT this->holderChanged();
    Q_EMIT jobsChanged();
}

void ConsoleSession::takeOver()
{
    if (m_mode == Mode::Host || !canHost())
        return;
    m_startError.clear();
    startHost();
}

void ConsoleSession::startHost()
{
    Q_ASSERT(m_engineConfig);
    auto controller = std::make_unique<EngineController>();
    connect(controller.get(), &EngineController::statusChanged, this, &ConsoleSession::setStatus);
    connect(controller.get(), &EngineController::transitionsAdded, this,
            &ConsoleSession::transitionsAdded);
    connect(controller.get(), &EngineController::logLines, this, &ConsoleSession::logLines);
    connect(controller.get(), &EngineController::jobsChanged, this, &ConsoleSession::jobsChanged);
    QString error;
    if (!controller->start(*m_engineConfig, &error)) {
        m_startError = error;
        qCWarning(lcApp) << "the engine did not start here:" << error;
        // Another engine may have taken the lease between the check and the start: watch it.
        setMode(m_holder && !m_holderGone ? Mode::Monitor : Mode::Offline);
        Q_EMIT holderChanged();
        return;
    }
    m_startError.clear();
    m_controller = std::move(controller);
    connect(m_controller->engine(), &Engine::stopped, this, [this] {
        setMode(Mode::Offline);
        if (m_shuttingDown)
            Q_EMIT shutDown();
    });
    m_holder = EngineHolder{m_controller->engine()->owner(), QHostInfo::localHostName(),
                            QCoreApplication::applicationPid(), m_clock(), m_clock()};
    m_holderGone = false;
    setMode(Mode::Host);
    Q_EMIT holderChanged();
    setStatus(m_controller->engine()->status());
}

void ConsoleSession::shutdown()
{
    m_shuttingDown = true;
    m_watchTimer.stop();
    if (m_mode == Mode::Host && m_controller) {
        m_controller->stop();
        return;
    }
    Q_EMIT shutDown();
}

void ConsoleSession::refresh()
{
    if (m_mode != Mode::Host && m_started && !m_checking) {
        m_checking = true;
        QMetaObject::invokeMethod(m_lease, &LeaseWorker::check);
    }
    Q_EMIT jobsChanged();
}

void ConsoleSession::postCommand(CommandKind kind, const QJsonObject &args)
{
    const QString actor = QStringLiteral("console@") + QHostInfo::localHostName();
    QMetaObject::invokeMethod(
        m_commands, [worker = m_commands, kind, args, actor] { worker->post(kind, args, actor); });
}

void ConsoleSession::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
}

void ConsoleSession::setStatus(const EngineStatus &status)
{
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace identsync

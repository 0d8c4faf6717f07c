#include "engine.h"

#include "engine/processprobe.h"
#include "engine/secretstore.h"

#include "core/piimask.h"
#include "store/bindingstore.h"
#include "store/commandqueue.h"
#include "store/database.h"
#include "store/enginelease.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

#include <utility>

Q_LOGGING_CATEGORY(lcEngine, "identsync.engine")

namespace identsync {

namespace {

constexpr std::chrono::milliseconds kTick{1000}; // commands are picked up within a second

} // namespace

Engine::Engine(EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<PollReport>();
    qRegisterMetaType<DrainReport>();
    qRegisterMetaType<GroupReport>();
    m_owner = QStringLiteral("%1:%2:%3")
                  .arg(QHostInfo::localHostName())
                  .arg(QCoreApplication::applicationPid())
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    m_status.phase = QStringLiteral("stopped");
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &Engine::startCycle);
    m_tickTimer.setInterval(kTick);
    connect(&m_tickTimer, &QTimer::timeout, this, &Engine::tick);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(500);
    connect(&m_reloadTimer, &QTimer::timeout, this, &Engine::reloadConfig);
    PiiMask::setEnabled(m_config.maskPii);
}

Engine::~Engine()
{
    stopWorkers();
    if (m_db)
        (void)EngineLease(*m_db).release(m_owner);
}

bool Engine::loadSecrets(Secrets *out, QString *error) const
{
    SecretStore secrets;
    const auto webhook = secrets.read(SecretStore::webhookKey());
    if (!webhook.ok) {
        *error = tr("The webhook code is not available: %1 Store it with «identsync-cli secret set "
                    "webhook».")
                     .arg(webhook.error);
        return false;
    }
    out->webhookCode = webhook.value;
    for (const IdentSourceConfig &s : std::as_const(m_config.sources)) {
        if (s.driver == IdentSourceConfig::Driver::Sqlite || s.user.isEmpty())
            continue;
        const auto pw = secrets.read(SecretStore::identPasswordKey(s.sourceId));
        if (!pw.ok) {
            *error = tr("The SQL password of source «%1» is not available: %2 Store it with "
                        "«identsync-cli secret set ident-password --source %1».")
                         .arg(s.sourceId, pw.error);
            return false;
        }
        out->identPasswords.insert(s.sourceId, pw.value);
    }
    if (m_config.store.driver == StoreConfig::Driver::Postgres) {
        const auto pw = secrets.read(SecretStore::statePasswordKey());
        if (pw.ok)
            out->statePassword = pw.value;
    }
    return true;
}

bool Engine::start(QString *error)
{
    if (!loadSecrets(&m_secrets, error))
        return false;
    m_config.store.password = m_secrets.statePassword;

    m_db = std::make_unique<Database>(m_config.store);
    if (auto opened = m_db->open(); !opened) {
        *error = opened.error();
        return false;
    }
    EngineLease lease(*m_db);
    auto acquired = lease.acquire(m_owner, QHostInfo::localHostName(),
                                  QCoreApplication::applicationPid(), m_config.leaseStaleAfter);
    if (!acquired) {
        *error = acquired.error();
        return false;
    }
    if (!*acquired) {
        auto holder = lease.currentHolder();
        // A holder on this machine whose process is gone (kill -9, a crash) cannot come back:
        // a service manager's restart must not wait for its heartbeat to go stale.
        if (holder && *holder && (*holder)->host == QHostInfo::localHostName() &&
            !ProcessProbe::isRunning((*holder)->pid)) {
            auto taken = lease.takeOver((*holder)->owner, m_owner, QHostInfo::localHostName(),
                                        QCoreApplication::applicationPid());
            if (taken && *taken) {
                log(tr("The previous engine (process %1) ended without releasing the state "
                       "database; this engine took over.")
                        .arg((*holder)->pid));
                acquired = true;
            }
        }
    }
    if (!*acquired) {
        auto holder = lease.currentHolder();
        *error = holder && *holder
                     ? tr("Another engine already runs on this state database (%1, process %2, "
                          "since %3). The console can watch it as a monitor.")
                           .arg((*holder)->host)
                           .arg((*holder)->pid)
                           .arg((*holder)->acquiredAt.toLocalTime().toString(Qt::ISODate))
                     : tr("Another engine already runs on this state database.");
        return false;
    }
    auto released = JobQueue(*m_db).releaseExpired(m_owner);
    if (released && *released > 0)
        log(tr("%1 job(s) were in flight when the last engine stopped; their outcome is unknown "
               "and they are reconciled by key before anything is sent again.")
                .arg(*released));

    startWorkers();
    if (!m_config.filePath.isEmpty()) {
        m_watcher.addPath(m_config.filePath);
        connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
            // Editors replace the file: watch the new one, and let the write settle.
            if (!m_watcher.files().contains(m_config.filePath))
                m_watcher.addPath(m_config.filePath);
            m_reloadTimer.start();
        });
    }
    m_status.phase = QStringLiteral("running");
    m_tickTimer.start();
    refreshCounts();
    return true;
}

void Engine::startWorkers()
{
    const QString base = m_config.portalUrl.endsWith(QLatin1Char('/'))
                             ? m_config.portalUrl
                             : m_config.portalUrl + QLatin1Char('/');
    m_ident = new IdentWorker(m_config, m_secrets.identPasswords);
    m_ident->moveToThread(&m_identThread);
    connect(&m_identThread, &QThread::finished, m_ident, &QObject::deleteLater);
    connect(m_ident, &IdentWorker::polled, this, &Engine::onPolled);
    m_portal = new PortalWorker(m_config, base + m_secrets.webhookCode + QLatin1Char('/'), m_owner);
    m_portal->moveToThread(&m_portalThread);
    connect(&m_portalThread, &QThread::finished, m_portal, &QObject::deleteLater);
    connect(m_portal, &PortalWorker::drained, this, &Engine::onDrained);
    connect(m_portal, &PortalWorker::failed, this, [this](const QString &m) { log(m); });
    connect(m_portal, &PortalWorker::groupFinished, this, [this](const GroupReport &g) {
        if (!g.transitions.isEmpty())
            Q_EMIT transitionsRecorded(g.transitions);
        m_status.syncedThisRun += g.done;
        for (const QString &n : g.notes)
            log(n);
    });
    m_identThread.setObjectName(QStringLiteral("identsync-ident"));
    m_portalThread.setObjectName(QStringLiteral("identsync-portal"));
    m_identThread.start();
    m_portalThread.start();
}

void Engine::stopWorkers()
{
    m_identThread.quit();
    m_portalThread.quit();
    m_identThread.wait();
    m_portalThread.wait();
    m_ident = nullptr;
    m_portal = nullptr;
}

void Engine::reloadConfig()
{
    if (m_config.filePath.isEmpty() || m_stopping)
        return;
    if (m_polling || m_draining) {
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    QList<ConfigProblem> problems;
    EngineConfig next = EngineConfig::load(m_config.filePath, &problems);
    if (!problems.isEmpty()) {
        for (const ConfigProblem &p : problems)
            log(tr("Configuration not applied: %1 %2").arg(p.key, p.message));
        return;
    }
    if (next.store.driver != m_config.store.driver ||
        next.store.sqlitePath != m_config.store.sqlitePath ||
        next.store.host != m_config.store.host || next.store.database != m_config.store.database) {
        log(tr(
            "The state database setting changed; restart IdentSync to move to the new database."));
        next.store = m_config.store;
    }
    next.store.password = m_config.store.password;
    Secrets secrets;
    QString error;
    if (!loadSecrets(&secrets, &error)) {
        log(error);
        return;
    }
    stopWorkers();
    m_config = next;
    m_secrets = secrets;
    PiiMask::setEnabled(m_config.maskPii);
    startWorkers();
    log(tr("Configuration reloaded from %1.").arg(m_config.filePath));
    // A pause for configuration or credentials may be fixed by this: try again.
    if (m_paused && m_pauseNeedsFix)
        resume();
}

void Engine::checkCredentials()
{
    SecretStore secrets;
    const auto webhook = secrets.read(SecretStore::webhookKey());
    if (webhook.ok && webhook.value != m_secrets.webhookCode) {
        log(tr("New portal credentials were found in the keychain."));
        reloadConfig();
    }
}

void Engine::runOnce()
{
    m_once = true;
    startCycle();
}

void Engine::runContinuously()
{
    m_once = false;
    startCycle();
}

void Engine::startCycle()
{
    if (m_stopping || m_paused || m_polling)
        return;
    m_polling = true;
    m_status.nextPoll = {};
    QMetaObject::invokeMethod(m_ident, &IdentWorker::poll, Qt::QueuedConnection);
}

void Engine::onPolled(const PollReport &report)
{
    m_polling = false;
    m_lastPoll = report;
    m_cycleOpen = true;
    m_status.lastPoll = QDateTime::currentDateTimeUtc();
    m_status.lastPollReceptions = report.receptions;
    for (const QString &e : report.errors)
        log(tr("IDENT: %1").arg(e));
    if (report.pauseEngine)
        pause(report.pauseEngine->message, true);
    if (report.receptions > 0)
        log(tr("IDENT: %1 change(s) read, %2 job(s) new or changed.")
                .arg(report.receptions)
                .arg(report.enqueued));
    if (!m_once && !m_stopping) {
        m_status.nextPoll = QDateTime::currentDateTimeUtc().addMSecs(m_config.pollInterval.count());
        m_pollTimer.start(m_config.pollInterval);
    }
    if (m_paused) {
        if (m_once)
            Q_EMIT cycleFinished(m_lastPoll, DrainReport{});
        return;
    }
    if (m_draining) {
        m_drainAgain = true;
        return;
    }
    m_draining = true;
    QMetaObject::invokeMethod(m_portal, &PortalWorker::drain, Qt::QueuedConnection);
}

void Engine::onDrained(const DrainReport &report)
{
    m_draining = false;
    if (report.groups > 0)
        log(tr("Portal: %1 done, %2 waiting to retry, %3 dead, %4 need a person (%5 request(s)).")
                .arg(report.done)
                .arg(report.retrying)
                .arg(report.dead)
                .arg(report.needsAttention)
                .arg(report.requests));
    if (report.pauseEngine)
        pause(report.pauseEngine->message, true);
    refreshCounts();
    if (m_reloadPending && !m_polling)
        reloadConfig();
    if (m_stopping) {
        finishStop();
        return;
    }
    if (m_once) {
        // "Until the outbox is idle or only waits remain": another pass only when something is
        // due right now (a follow-up payload that arrived while its job was in flight).
        if (m_drainAgain && !m_paused) {
            m_drainAgain = false;
            m_draining = true;
            QMetaObject::invokeMethod(m_portal, &PortalWorker::drain, Qt::QueuedConnection);
            return;
        }
        Q_EMIT cycleFinished(m_lastPoll, report);
        return;
    }
    m_drainAgain = false;
    // Continuous operation: the first dispatch pass after a poll closes that poll's cycle.
    if (std::exchange(m_cycleOpen, false))
        Q_EMIT cycleFinished(m_lastPoll, report);
}

void Engine::tick()
{
    if (!m_db)
        return;
    if (auto beat = EngineLease(*m_db).heartbeat(m_owner); beat && !*beat) {
        log(tr("This engine's lease was taken over by another engine; stopping."));
        stop();
        return;
    }
    processCommands();
    // A job whose attempt outlived its lease (a lost database connection, a hung request) comes
    // back as "outcome unknown" without waiting for a restart.
    if (++m_ticksSinceRelease >= 30) {
        m_ticksSinceRelease = 0;
        if (auto released = JobQueue(*m_db).releaseExpired(m_owner); released && *released > 0)
            log(tr("%1 job lease(s) expired; those jobs are checked on the portal before "
                   "anything is sent again.")
                    .arg(*released));
    }
    // Paused for credentials: a new webhook code in the keychain resumes without a restart.
    if (m_paused && m_pauseNeedsFix && ++m_ticksSinceCredentialCheck >= 15) {
        m_ticksSinceCredentialCheck = 0;
        checkCredentials();
    }
    // Jobs whose backoff ended are due: dispatch them without waiting for the next poll.
    if (!m_once && !m_paused && !m_stopping && !m_draining && !m_polling) {
        m_draining = true;
        QMetaObject::invokeMethod(m_portal, &PortalWorker::drain, Qt::QueuedConnection);
    }
}

void Engine::processCommands()
{
    CommandQueue commands(*m_db);
    auto pending = commands.takePending(20);
    if (!pending)
        return;
    JobQueue queue(*m_db);
    BindingStore bindings(*m_db);
    for (const Command &c : *pending) {
        const QString actor = c.requestedBy.isEmpty() ? QStringLiteral("console") : c.requestedBy;
        bool ok = true;
        QString result;
        switch (c.kind) {
        case CommandKind::Retry: {
            QList<qint64> ids;
            for (const QJsonValue &v : c.args.value(QStringLiteral("jobs")).toArray())
                ids << v.toVariant().toLongLong();
            StoreResult<int> r = StoreError{tr("nothing to retry")};
            if (!ids.isEmpty())
                r = queue.retry(ids, actor);
            else if (c.args.value(QStringLiteral("all_dead")).toBool())
                r = queue.retryAllDead(actor);
            else if (const auto cls = enumFromKey<ErrorClass>(
                         c.args.value(QStringLiteral("class")).toString())) {
                // The console's problems page retries one code of a class ("code"), or all.
                const QString code = c.args.value(QStringLiteral("code")).toString();
                r = queue.retryErrorClass(*cls, code.isEmpty() ? std::nullopt : std::optional(code),
                                          actor);
            }
            ok = r.ok();
            result = ok ? tr("%1 job(s) will be retried now.").arg(*r) : r.error();
            break;
        }
        case CommandKind::Cancel: {
            QList<qint64> ids;
            for (const QJsonValue &v : c.args.value(QStringLiteral("jobs")).toArray())
                ids << v.toVariant().toLongLong();
            const auto r = queue.cancel(ids, actor);
            ok = r.ok();
            result = ok ? tr("%1 job(s) cancelled.").arg(*r) : r.error();
            break;
        }
        case CommandKind::Bind: {
            const auto key = DealKey::parse(c.args.value(QStringLiteral("deal_key")).toString());
            const qint64 dealId = c.args.value(QStringLiteral("deal_id")).toVariant().toLongLong();
            if (!key || dealId <= 0) {
                ok = false;
                result = tr("bind needs a reception key like F1_123 and a deal id");
                break;
            }
            Binding b;
            b.dealKey = *key;
            b.dealId = dealId;
            b.manual = true;
            auto saved = bindings.bindManually(b, actor);
            ok = saved.ok();
            if (ok) {
                // The next dispatch of this reception writes to the bound deal (stage rules apply).
                if (auto job = queue.jobByKey(key->toString()); job && *job)
                    (void)queue.retry({(*job)->summary.id}, actor);
                result = tr("%1 is bound to deal %2.").arg(key->toString()).arg(dealId);
            } else {
                result = saved.error();
            }
            break;
        }
        case CommandKind::Unbind: {
            const auto key = DealKey::parse(c.args.value(QStringLiteral("deal_key")).toString());
            if (!key) {
                ok = false;
                result = tr("unbind needs a reception key like F1_123");
                break;
            }
            auto r = bindings.unbind(*key, actor);
            ok = r.ok();
            if (ok) {
                if (auto job = queue.jobByKey(key->toString()); job && *job)
                    (void)queue.retry({(*job)->summary.id}, actor);
            }
            result = ok ? (*r ? tr("%1 is no longer bound.").arg(key->toString())
                              : tr("%1 was not bound.").arg(key->toString()))
                        : r.error();
            break;
        }
        case CommandKind::Pause:
            pause(tr("paused by %1").arg(actor));
            result = tr("paused");
            break;
        case CommandKind::Resume:
            resume();
            result = tr("resumed");
            break;
        case CommandKind::SyncNow:
            syncNow();
            result = tr("a cycle was started");
            break;
        case CommandKind::Count:
            ok = false;
            break;
        }
        (void)commands.finish(c.id, ok ? CommandStatus::Done : CommandStatus::Failed, result);
        log(tr("Command %1 from %2: %3").arg(toKey(c.kind), actor, result));
    }
}

void Engine::refreshCounts()
{
    if (!m_db)
        return;
    if (auto counts = JobQueue(*m_db).countsByState(); counts)
        m_status.counts = *counts;
    Q_EMIT statusChanged(m_status);
}

void Engine::pause(const QString &reason, bool needsFix)
{
    if (m_paused)
        return;
    m_paused = true;
    m_pauseNeedsFix = needsFix;
    m_status.phase = QStringLiteral("paused");
    m_status.reason = reason;
    log(tr("Engine paused: %1").arg(reason));
    Q_EMIT statusChanged(m_status);
}

void Engine::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_status.phase = QStringLiteral("running");
    m_status.reason.clear();
    log(tr("Engine resumed."));
    Q_EMIT statusChanged(m_status);
    syncNow();
}

void Engine::syncNow()
{
    m_pollTimer.stop();
    startCycle();
}

void Engine::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_pollTimer.stop();
    m_tickTimer.stop();
    if (!m_draining && !m_polling)
        finishStop();
    // Otherwise onDrained / onPolled finish the work in flight first.
}

void Engine::finishStop()
{
    stopWorkers();
    if (m_db)
        (void)EngineLease(*m_db).release(m_owner);
    m_status.phase = QStringLiteral("stopped");
    Q_EMIT statusChanged(m_status);
    Q_EMIT stopped();
}

void Engine::log(const QString &line)
{
    const QString masked = PiiMask::text(line);
    qCInfo(lcEngine).noquote() << masked;
    Q_EMIT logLine(masked);
}

} // namespace identsync

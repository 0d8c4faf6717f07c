#include "workers.h"

#include "engine/receptionjson.h"

#include "bitrix/bitrix24client.h"
#include "core/metricsregistry.h"
#include "core/piimask.h"
#include "ident/identconnection.h"
#include "ident/incrementalreader.h"
#include "ident/treatmentplanreader.h"
#include "store/database.h"
#include "store/jobqueue.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QUuid>

Q_LOGGING_CATEGORY(lcWorkers, "identsync.engine")

namespace identsync {

SyncPlanner plannerFor(const EngineConfig &c)
{
    PlannerConfig p;
    p.fieldMap = c.fieldMap;
    p.mapper = StageMapper(c.stageMapping);
    p.guard = StageGuard(c.stageGuard);
    const Pipeline def = Pipeline::defaultPipeline();
    p.pipeline = c.dealCategoryId == 0 ? def : Pipeline(c.dealCategoryId, {});
    p.utcOffsetSeconds = c.utcOffsetSeconds;
    p.autoBind = c.autoBind;
    p.convertLeads = c.convertLeads;
    return SyncPlanner(p);
}

IdentWorker::IdentWorker(EngineConfig config, QHash<QString, QString> passwords)
    : m_config(std::move(config))
    , m_passwords(std::move(passwords))
    , m_plans(m_config.treatmentPlanInterval)
{}

IdentWorker::~IdentWorker() = default;

bool IdentWorker::ensureOpen(QString *error)
{
    if (m_db)
        return true;
    auto db = std::make_unique<Database>(m_config.store);
    if (auto opened = db->open(); !opened) {
        *error = opened.error();
        return false;
    }
    m_db = std::move(db);
    return true;
}

void IdentWorker::poll()
{
    QElapsedTimer timer;
    timer.start();
    const auto recordDuration = qScopeGuard([&timer] {
        MetricsRegistry::global().set(QLatin1String(metric::identPollDuration),
                                      double(timer.nsecsElapsed()) / 1e9);
    });
    PollReport report;
    QString error;
    if (!ensureOpen(&error)) {
        report.errors << error;
        Q_EMIT polled(report);
        return;
    }
    JobQueue queue(*m_db);
    CursorStore cursors(*m_db);
    for (const IdentSourceConfig &source : std::as_const(m_config.sources)) {
        auto &conn = m_connections[source.sourceId];
        if (!conn) {
            ErrorInfo e;
            conn = IdentConnection::open(source, m_passwords.value(source.sourceId), &e);
            if (!conn) {
                report.errors << QStringLiteral("%1: %2").arg(source.sourceId, e.message);
                if (e.cls == ErrorClass::Auth || e.cls == ErrorClass::Config)
                    report.pauseEngine = e;
                continue;
            }
        }
        Watermark wm;
        auto stored = cursors.cursor(source.sourceId);
        if (!stored) {
            report.errors << stored.error();
            continue;
        }
        if (*stored) {
            // The cursor row keeps the reader's whole position as JSON in last_id; change_time
            // is the readable part shown by `status`.
            QString parseError;
            if (auto parsed = Watermark::fromJson((*stored)->lastId.toUtf8(), &parseError))
                wm = *parsed;
            else
                qCWarning(lcWorkers)
                    << "source" << source.sourceId
                    << "has an unreadable watermark; reading from the first-run depth:"
                    << parseError;
        }
        IncrementalReader reader(*conn);
        reader.start(wm, QDateTime::currentDateTime());
        while (true) {
            ErrorInfo e;
            const auto page = reader.nextPage(&e);
            if (!page) {
                report.errors << QStringLiteral("%1: %2").arg(source.sourceId, e.message);
                if (e.cls == ErrorClass::Config || e.cls == ErrorClass::Auth) {
                    report.pauseEngine = e;
                    conn.reset();
                }
                break;
            }
            if (page->isEmpty())
                break;
            QList<Reception> receptions = *page;
            if (m_config.treatmentPlans)
                m_plans.attach(*conn, receptions);
            QList<NewJob> jobs;
            for (const Reception &r : std::as_const(receptions))
                jobs << jobFor(r);
            SourceCursor cursor;
            cursor.sourceId = source.sourceId;
            cursor.changeTime = reader.watermark().changeTime.toString(Qt::ISODateWithMs);
            cursor.lastId = QString::fromUtf8(reader.watermark().toJson());
            auto outcomes = queue.enqueue(jobs, cursor);
            if (!outcomes) {
                report.errors << outcomes.error();
                break;
            }
            report.receptions += int(page->size());
            for (EnqueueOutcome o : *outcomes) {
                if (o != EnqueueOutcome::Unchanged)
                    ++report.enqueued;
            }
        }
    }
    rereadDataQuality(queue, report);
    Q_EMIT polled(report);
}

NewJob IdentWorker::jobFor(const Reception &r) const
{
    NewJob j;
    j.key = r.key().toString();
    j.kind = JobKind::SyncReception;
    j.payload = QString::fromUtf8(QJsonDocument(receptionToJson(r)).toJson(QJsonDocument::Compact));
    j.dealKey = r.key();
    j.patientName =
        m_config.maskPii ? PiiMask::fullName(r.patient.fullName()) : r.patient.fullName();
    j.correlationId = QUuid::createUuid().toString(QUuid::Id128).left(12);
    return j;
}

void IdentWorker::rereadDataQuality(JobQueue &queue, PollReport &report)
{
    // A fix in IDENT often moves no change column of the reception (a phone corrected in the
    // patient card), so records held for data quality are read again on every poll. An unchanged
    // record coalesces to nothing; a fixed one becomes due with its new payload.
    JobPageRequest req;
    req.filter.states = {JobState::NeedsAttention, JobState::Pending, JobState::RetryWait};
    req.filter.errorClass = ErrorClass::DataQuality;
    req.limit = kDataQualityRereadLimit;
    auto page = queue.page(req);
    if (!page || page->rows.isEmpty())
        return;
    QSet<QString> wanted;
    QList<qint64> ids;
    for (const JobSummary &j : page->rows) {
        wanted.insert(j.key);
        ids << j.dealKey.receptionId();
    }
    QList<NewJob> jobs;
    for (const IdentSourceConfig &source : std::as_const(m_config.sources)) {
        const auto conn = m_connections.value(source.sourceId);
        if (!conn)
            continue;
        IncrementalReader reader(*conn);
        ErrorInfo e;
        auto found = reader.readReceptions(ids, &e);
        if (!found) {
            report.errors << QStringLiteral("%1: %2").arg(source.sourceId, e.message);
            continue;
        }
        if (m_config.treatmentPlans)
            m_plans.attach(*conn, *found);
        for (const Reception &r : std::as_const(*found)) {
            if (wanted.contains(r.key().toString()))
                jobs << jobFor(r);
        }
    }
    if (jobs.isEmpty())
        return;
    auto outcomes = queue.enqueue(jobs);
    if (!outcomes) {
        report.errors << outcomes.error();
        return;
    }
    for (EnqueueOutcome o : *outcomes) {
        if (o != EnqueueOutcome::Unchanged)
            ++report.enqueued;
    }
}

PortalWorker::PortalWorker(EngineConfig config, QString webhookUrl, QString owner)
    : m_config(std::move(config))
    , m_webhookUrl(std::move(webhookUrl))
    , m_owner(std::move(owner))
{}

PortalWorker::~PortalWorker() = default;

bool PortalWorker::ensureOpen(QString *error)
{
    if (m_dispatcher)
        return true;
    auto db = std::make_unique<Database>(m_config.store);
    if (auto opened = db->open(); !opened) {
        *error = opened.error();
        return false;
    }
    const auto endpoint = PortalEndpoint::parse(m_webhookUrl, error);
    if (!endpoint)
        return false;
    ClientConfig cc;
    cc.plan = m_config.pacingPlan;
    cc.limits = m_config.bucket;
    cc.timeScale = m_config.timeScale;
    cc.requestTimeout = m_config.requestTimeout;
    cc.retry = m_config.retry;
    cc.breaker = m_config.breaker;
    cc.operating = m_config.operating;
    m_db = std::move(db);
    m_client = std::make_unique<Bitrix24Client>(*endpoint, cc);
    DispatcherSettings s;
    s.owner = m_owner;
    s.groupSize = m_config.batchSize;
    s.jobLease = m_config.jobLease;
    s.dealKeyField = m_config.fieldMap.fieldName(MappedField::IdentKey);
    s.contactPatientField = m_config.fieldMap.fieldName(MappedField::ContactPatientId);
    s.closedLeadStatuses = m_config.closedLeadStatuses;
    s.maskNames = m_config.maskPii;
    m_dispatcher = std::make_unique<Dispatcher>(*m_db, *m_client, plannerFor(m_config),
                                                RetryPolicy(m_config.retry), s);
    connect(m_dispatcher.get(), &Dispatcher::storeFailed, this, &PortalWorker::failed);
    connect(m_dispatcher.get(), &Dispatcher::groupFinished, this, [this](const GroupReport &g) {
        Q_EMIT groupFinished(g);
        m_report.groups += g.leased > 0 ? 1 : 0;
        m_report += g;
        if (g.leased == 0 || g.pauseEngine) {
            m_draining = false;
            Q_EMIT drained(m_report);
            return;
        }
        // Let queued events (pacing timers, replies) run between groups.
        QMetaObject::invokeMethod(this, &PortalWorker::next, Qt::QueuedConnection);
    });
    return true;
}

void PortalWorker::drain()
{
    if (m_draining)
        return;
    QString error;
    if (!ensureOpen(&error)) {
        Q_EMIT failed(error);
        DrainReport r;
        ErrorInfo e;
        e.cls = ErrorClass::Config;
        e.message = error;
        r.pauseEngine = e;
        Q_EMIT drained(r);
        return;
    }
    m_draining = true;
    m_report = {};
    next();
}

void PortalWorker::next()
{
    m_dispatcher->runGroup();
}

} // namespace identsync

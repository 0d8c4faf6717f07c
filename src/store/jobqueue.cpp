#include "jobqueue.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>

namespace identsync {

namespace {

// Portal answers can be whole HTML pages; the console needs the gist, error_events the same.
constexpr int MaxMessageLength = 4000;
constexpr int MaxPageSize = 1000;
// How many ids an audit row lists before summarising.
constexpr int MaxAuditedIds = 50;

const QString SummaryColumns = QStringLiteral(
    "id, idem_key, kind, state, deal_key, patient_name, deal_id, attempts, next_attempt_at, "
    "outcome_unknown, error_class, error_code, error_http, error_transport, error_message, "
    "follow_hash, created_at, updated_at");
constexpr int SummaryColumnCount = 18;

const QString ClearError = QStringLiteral(
    "error_class = NULL, error_code = NULL, error_http = NULL, error_transport = NULL, "
    "error_message = NULL");
const QString SetError = QStringLiteral(
    "error_class = :ecls, error_code = :ecode, error_http = :ehttp, error_transport = :etr, "
    "error_message = :emsg");
const QString ApplyFollowUp = QStringLiteral(
    "payload = follow_payload, payload_hash = follow_hash, deal_key = follow_deal_key, "
    "patient_name = follow_patient_name, correlation_id = follow_correlation_id, "
    "search_text = :search, attempts = 0, follow_payload = NULL, follow_hash = NULL, "
    "follow_deal_key = NULL, follow_patient_name = NULL, follow_correlation_id = NULL");
const QString ClearLease = QStringLiteral("lease_owner = NULL, lease_expires_at = NULL");

// Case- and ё-insensitive, for every script (SQLite's lower() and LIKE fold ASCII only).
QString fold(const QString &s)
{
    QString out = s.toLower();
    out.replace(QChar(0x0451), QChar(0x0435));
    return out;
}

QString searchText(const QString &dealKey, const QString &patientName)
{
    return fold(dealKey + QLatin1Char(' ') + patientName);
}

QString likePattern(const QString &text)
{
    QString escaped;
    for (QChar c : fold(text.trimmed())) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString jsonArrayText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qsizetype i = 0; i < ids.size() && i < MaxAuditedIds; ++i)
        parts << QString::number(ids.at(i));
    QString text = QStringLiteral("jobs ") + parts.join(QStringLiteral(", "));
    if (ids.size() > MaxAuditedIds)
        text += QStringLiteral(" and %1 more").arg(ids.size() - MaxAuditedIds);
    return text;
}

void bindError(SqlStatement &q, const ErrorInfo &e)
{
    q.bind(QStringLiteral(":ecls"), toKey(e.cls))
        .bind(QStringLiteral(":ecode"), e.code)
        .bind(QStringLiteral(":ehttp"), e.httpStatus)
        .bind(QStringLiteral(":etr"), toKey(e.transport))
        .bind(QStringLiteral(":emsg"), e.message.left(MaxMessageLength));
}

JobSummary readSummary(const SqlStatement &q)
{
    JobSummary s;
    s.id = q.int64(0);
    s.key = q.text(1);
    s.kind = enumFromKey<JobKind>(q.text(2)).value_or(JobKind::SyncReception);
    s.state = enumFromKey<JobState>(q.text(3)).value_or(JobState::Pending);
    s.dealKey = DealKey::parse(q.text(4)).value_or(DealKey());
    s.patientName = q.text(5);
    if (!q.isNull(6))
        s.dealId = q.int64(6);
    s.attempts = int(q.int64(7));
    s.nextAttemptAt = Database::fromMs(q.int64(8));
    s.outcomeUnknown = q.int64(9) != 0;
    if (!q.isNull(10)) {
        ErrorInfo e;
        e.cls = enumFromKey<ErrorClass>(q.text(10)).value_or(ErrorClass::Internal);
        e.code = q.text(11);
        e.httpStatus = int(q.int64(12));
        e.transport = enumFromKey<TransportError>(q.text(13)).value_or(TransportError::None);
        e.message = q.text(14);
        s.lastError = e;
    }
    s.hasFollowUp = !q.isNull(15);
    s.createdAt = Database::fromMs(q.int64(16));
    s.updatedAt = Database::fromMs(q.int64(17));
    return s;
}

QString sortColumn(JobSort sort)
{
    switch (sort) {
    case JobSort::Id:
        return QStringLiteral("id");
    case JobSort::NextAttempt:
        return QStringLiteral("next_attempt_at");
    case JobSort::Updated:
        return QStringLiteral("updated_at");
    }
    return QStringLiteral("id");
}

qint64 sortValue(const JobSummary &s, JobSort sort)
{
    switch (sort) {
    case JobSort::Id:
        return s.id;
    case JobSort::NextAttempt:
        return Database::toMs(s.nextAttemptAt);
    case JobSort::Updated:
        return Database::toMs(s.updatedAt);
    }
    return s.id;
}

// A job locked for an end-of-attempt write, if the caller's lease still holds.
struct HeldJob
{
    int attempts = 0;
    bool manualRetry = false;
    QString correlationId;
    bool hasFollowUp = false;
    QString followUpSearchText;
};

StoreResult<std::optional<HeldJob>> lockHeld(Database &db, const LeaseRef &lease,
                                             const QString &doing)
{
    SqlStatement q(db, QStringLiteral("SELECT state, lease_seq, attempts, manual_retry, "
                                      "correlation_id, follow_hash, follow_deal_key, "
                                      "follow_patient_name FROM jobs WHERE id = :id") +
                           db.forUpdate());
    q.bind(QStringLiteral(":id"), lease.jobId);
    if (!q.exec())
        return q.error(doing);
    if (!q.next() || q.text(0) != toKey(JobState::InFlight) || q.int64(1) != lease.leaseSeq)
        return std::optional<HeldJob>();
    HeldJob h;
    h.attempts = int(q.int64(2));
    h.manualRetry = q.int64(3) != 0;
    h.correlationId = q.text(4);
    h.hasFollowUp = !q.isNull(5);
    if (h.hasFollowUp)
        h.followUpSearchText = searchText(q.text(6), q.text(7));
    return std::optional<HeldJob>(h);
}

StoreResult<> addErrorEvent(Database &db, qint64 jobId, int attempts, const ErrorInfo &error,
                            JobState nextState, const QString &correlationId)
{
    SqlStatement q(db, QStringLiteral("INSERT INTO error_events (job_id, at, attempt, error_class, "
                                      "error_code, http_status, transport, message, next_state, "
                                      "correlation_id) VALUES (:job, :at, :attempt, :ecls, :ecode, "
                                      ":ehttp, :etr, :emsg, :next, :corr)"));
    q.bind(QStringLiteral(":job"), jobId)
        .bind(QStringLiteral(":at"), Database::toMs(db.now()))
        .bind(QStringLiteral(":attempt"), attempts)
        .bind(QStringLiteral(":next"), toKey(nextState))
        .bind(QStringLiteral(":corr"), correlationId);
    bindError(q, error);
    if (!q.exec())
        return q.error(QStringLiteral("recording the failure of job %1").arg(jobId));
    return {};
}

} // namespace

JobQueue::JobQueue(Database &db)
    : m_db(db)
{}

QString JobQueue::hashPayload(const QString &payload)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(payload.toUtf8(), QCryptographicHash::Sha256).toHex());
}

StoreResult<EnqueueOutcome> JobQueue::enqueue(const NewJob &job)
{
    auto outcomes = enqueue(QList<NewJob>{job});
    if (!outcomes)
        return outcomes.failure();
    return outcomes->first();
}

StoreResult<QList<EnqueueOutcome>> JobQueue::enqueue(const QList<NewJob> &jobs,
                                                     const std::optional<SourceCursor> &cursor)
{
    QStringList hashes;
    hashes.reserve(jobs.size());
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const NewJob &j = jobs.at(i);
        const QString which = QStringLiteral("job %1 of %2 (key \"%3\")")
                                  .arg(i + 1)
                                  .arg(jobs.size())
                                  .arg(j.key.left(100));
        if (j.key.trimmed().isEmpty())
            return StoreError{which + QStringLiteral(": the idempotency key is empty")};
        if (j.kind == JobKind::Count)
            return StoreError{which + QStringLiteral(": the job kind is not set")};
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(j.payload.toUtf8(), &parse);
        if (parse.error != QJsonParseError::NoError || !doc.isObject())
            return StoreError{which + QStringLiteral(": the payload is not a JSON object (%1 at "
                                                     "offset %2); this is a bug in the engine")
                                          .arg(parse.error == QJsonParseError::NoError
                                                   ? QStringLiteral("not an object")
                                                   : parse.errorString())
                                          .arg(parse.offset)};
        hashes << hashPayload(j.payload);
    }
    return withTransaction(m_db, QStringLiteral("adding %1 jobs to the outbox").arg(jobs.size()),
                           [&]() -> StoreResult<QList<EnqueueOutcome>> {
                               QList<EnqueueOutcome> outcomes;
                               outcomes.reserve(jobs.size());
                               for (qsizetype i = 0; i < jobs.size(); ++i) {
                                   auto outcome = enqueueOne(jobs.at(i), hashes.at(i));
                                   if (!outcome)
                                       return outcome.failure();
                                   outcomes << *outcome;
                               }
                               if (cursor) {
                                   if (auto saved = CursorStore(m_db).save(*cursor); !saved)
                                       return saved.failure();
                               }
                               return outcomes;
                           });
}

StoreResult<EnqueueOutcome> JobQueue::enqueueOne(const NewJob &job, const QString &hash)
{
    const QString doing = QStringLiteral("adding job \"%1\" to the outbox").arg(job.key.left(100));
    const QString dealKey = job.dealKey.toString();
    const qint64 now = Database::toMs(m_db.now());
    // Insert first: a new job costs one statement. On PostgreSQL a concurrent insert of the same
    // key makes this one wait and then do nothing, and the SELECT below finds (and locks) it.
    {
        SqlStatement ins(
            m_db,
            QStringLiteral(
                "INSERT INTO jobs (idem_key, kind, state, payload, payload_hash, deal_key, "
                "patient_name, deal_id, search_text, correlation_id, next_attempt_at, created_at, "
                "updated_at) VALUES (:k, :kind, 'pending', :p, :h, :dk, :pn, (SELECT deal_id FROM "
                "bindings WHERE deal_key = :bk), :st, :c, :next, :created, :updated) "
                "ON CONFLICT (idem_key) DO NOTHING"));
        ins.bind(QStringLiteral(":k"), job.key)
            .bind(QStringLiteral(":kind"), toKey(job.kind))
            .bind(QStringLiteral(":p"), job.payload)
            .bind(QStringLiteral(":h"), hash)
            .bind(QStringLiteral(":dk"), dealKey.isEmpty() ? sqlNullText() : dealKey)
            .bind(QStringLiteral(":pn"), job.patientName)
            .bind(QStringLiteral(":bk"), dealKey)
            .bind(QStringLiteral(":st"), searchText(dealKey, job.patientName))
            .bind(QStringLiteral(":c"), job.correlationId)
            .bind(QStringLiteral(":next"), now)
            .bind(QStringLiteral(":created"), now)
            .bind(QStringLiteral(":updated"), now);
        if (!ins.exec())
            return ins.error(doing);
        if (ins.rowsAffected() == 1)
            return EnqueueOutcome::Inserted;
    }

    qint64 id = 0;
    std::optional<JobState> state;
    QString currentHash;
    QString followHash;
    {
        SqlStatement sel(m_db, QStringLiteral("SELECT id, state, payload_hash, follow_hash "
                                              "FROM jobs WHERE idem_key = :k") +
                                   m_db.forUpdate());
        sel.bind(QStringLiteral(":k"), job.key);
        if (!sel.exec())
            return sel.error(doing);
        if (!sel.next())
            return StoreError{doing + QStringLiteral(": the key exists but its job cannot be "
                                                     "read; try again")};
        id = sel.int64(0);
        state = enumFromKey<JobState>(sel.text(1));
        if (!state)
            return StoreError{doing + QStringLiteral(": the job has an unknown state \"%1\" in "
                                                     "the database")
                                          .arg(sel.text(1))};
        currentHash = sel.text(2);
        followHash = sel.text(3);
    }

    switch (*state) {
    case JobState::InFlight: {
        if (hash == followHash)
            return EnqueueOutcome::Unchanged;
        // Back to what is in flight: the aside payload is outdated, drop it.
        const bool same = hash == currentHash;
        if (same && followHash.isEmpty())
            return EnqueueOutcome::Unchanged;
        SqlStatement q(m_db, QStringLiteral("UPDATE jobs SET follow_payload = :p, "
                                            "follow_hash = :h, follow_deal_key = :dk, "
                                            "follow_patient_name = :pn, "
                                            "follow_correlation_id = :c, updated_at = :t "
                                            "WHERE id = :id"));
        q.bind(QStringLiteral(":p"), same ? sqlNullText() : job.payload)
            .bind(QStringLiteral(":h"), same ? sqlNullText() : hash)
            .bind(QStringLiteral(":dk"), same || dealKey.isEmpty() ? sqlNullText() : dealKey)
            .bind(QStringLiteral(":pn"), same ? sqlNullText() : job.patientName)
            .bind(QStringLiteral(":c"), same ? sqlNullText() : job.correlationId)
            .bind(QStringLiteral(":t"), now)
            .bind(QStringLiteral(":id"), id);
        if (!q.exec())
            return q.error(doing);
        return same ? EnqueueOutcome::Unchanged : EnqueueOutcome::FollowUp;
    }
    case JobState::Pending:
    case JobState::RetryWait:
    case JobState::Done:
    case JobState::Dead:
    case JobState::NeedsAttention:
    case JobState::Cancelled: {
        if (hash == currentHash)
            return EnqueueOutcome::Unchanged;
        // A newer change: it replaces the payload, starts a fresh attempt budget and is due
        // now ("a changed source row clears the wait"). outcome_unknown is kept: an earlier
        // write may still have reached the portal.
        SqlStatement q(
            m_db, QStringLiteral("UPDATE jobs SET state = 'pending', kind = :kind, payload = :p, "
                                 "payload_hash = :h, deal_key = :dk, patient_name = :pn, "
                                 "search_text = :st, correlation_id = :c, attempts = 0, "
                                 "manual_retry = 0, next_attempt_at = :next, %1, "
                                 "follow_payload = NULL, follow_hash = NULL, "
                                 "follow_deal_key = NULL, follow_patient_name = NULL, "
                                 "follow_correlation_id = NULL, updated_at = :t WHERE id = :id")
                      .arg(ClearError));
        q.bind(QStringLiteral(":kind"), toKey(job.kind))
            .bind(QStringLiteral(":p"), job.payload)
            .bind(QStringLiteral(":h"), hash)
            .bind(QStringLiteral(":dk"), dealKey.isEmpty() ? sqlNullText() : dealKey)
            .bind(QStringLiteral(":pn"), job.patientName)
            .bind(QStringLiteral(":st"), searchText(dealKey, job.patientName))
            .bind(QStringLiteral(":c"), job.correlationId)
            .bind(QStringLiteral(":next"), now)
            .bind(QStringLiteral(":t"), now)
            .bind(QStringLiteral(":id"), id);
        if (!q.exec())
            return q.error(doing);
        const bool waiting = *state == JobState::Pending || *state == JobState::RetryWait;
        return waiting ? EnqueueOutcome::Superseded : EnqueueOutcome::Revived;
    }
    case JobState::Count:
        break;
    }
    return StoreError{doing + QStringLiteral(": the job's state is not valid")};
}

StoreResult<QList<LeasedJob>> JobQueue::lease(const QString &owner, int maxJobs,
                                              std::chrono::milliseconds duration)
{
    if (owner.isEmpty())
        return StoreError{QStringLiteral("leasing jobs: the lease owner is empty")};
    if (maxJobs <= 0)
        return QList<LeasedJob>();
    const QString returning = QStringLiteral(
        "RETURNING jobs.id, jobs.lease_seq, jobs.idem_key, jobs.kind, jobs.payload, "
        "jobs.payload_hash, jobs.deal_key, jobs.patient_name, jobs.correlation_id, jobs.attempts, "
        "jobs.outcome_unknown, jobs.manual_retry, jobs.next_attempt_at, jobs.lease_expires_at");
    // Walks the partial index jobs_due in due order and stops after N rows. SQLite is told so
    // (INDEXED BY): left alone it may pick jobs_state_next and sort; PostgreSQL picks it itself.
    const QString due =
        QStringLiteral("SELECT id FROM jobs%1 WHERE state IN ('pending', 'retry_wait') AND "
                       "next_attempt_at <= :due ORDER BY next_attempt_at, id LIMIT :n")
            .arg(m_db.isPostgres() ? QString() : QStringLiteral(" INDEXED BY jobs_due"));
    const QString set = QStringLiteral(
        "UPDATE jobs SET state = 'in_flight', lease_owner = :owner, lease_seq = lease_seq + 1, "
        "lease_expires_at = :expires, updated_at = :now ");
    // PostgreSQL: SKIP LOCKED lets concurrent leasers pass each other's rows instead of waiting,
    // and the materialised CTE runs the LIMITed selection exactly once. SQLite: the write lock
    // taken by BEGIN IMMEDIATE already makes this the only leaser.
    const QString sql =
        m_db.isPostgres()
            ? QStringLiteral("WITH picked AS MATERIALIZED (%1 FOR UPDATE SKIP LOCKED) %2"
                             "FROM picked WHERE jobs.id = picked.id %3")
                  .arg(due, set, returning)
            : QStringLiteral("%1WHERE id IN (%2) %3").arg(set, due, returning);

    return withTransaction(
        m_db, QStringLiteral("leasing jobs"), [&]() -> StoreResult<QList<LeasedJob>> {
            const QDateTime now = m_db.now();
            SqlStatement q(m_db, sql);
            q.bind(QStringLiteral(":owner"), owner)
                .bind(QStringLiteral(":expires"), Database::toMs(now) + qint64(duration.count()))
                .bind(QStringLiteral(":now"), Database::toMs(now))
                .bind(QStringLiteral(":due"), Database::toMs(now))
                .bind(QStringLiteral(":n"), maxJobs);
            if (!q.exec())
                return q.error(
                    QStringLiteral("leasing up to %1 jobs for %2").arg(maxJobs).arg(owner));
            QList<LeasedJob> leased;
            while (q.next()) {
                LeasedJob j;
                j.lease = {q.int64(0), q.int64(1)};
                j.key = q.text(2);
                j.kind = enumFromKey<JobKind>(q.text(3)).value_or(JobKind::SyncReception);
                j.payload = q.text(4);
                j.payloadHash = q.text(5);
                j.dealKey = DealKey::parse(q.text(6)).value_or(DealKey());
                j.patientName = q.text(7);
                j.correlationId = q.text(8);
                j.attempts = int(q.int64(9));
                j.outcomeUnknown = q.int64(10) != 0;
                j.manualRetry = q.int64(11) != 0;
                j.nextAttemptAt = Database::fromMs(q.int64(12));
                j.leaseExpiresAt = Database::fromMs(q.int64(13));
                leased << j;
            }
            std::sort(leased.begin(), leased.end(), [](const LeasedJob &a, const LeasedJob &b) {
                return std::pair(a.nextAttemptAt, a.lease.jobId) <
                       std::pair(b.nextAttemptAt, b.lease.jobId);
            });
            return leased;
        });
}

StoreResult<CompleteOutcome> JobQueue::complete(const JobCompletion &completion)
{
    auto outcomes = complete(QList<JobCompletion>{completion});
    if (!outcomes)
        return outcomes.failure();
    return outcomes->first();
}

StoreResult<QList<CompleteOutcome>> JobQueue::complete(const QList<JobCompletion> &completions)
{
    return withTransaction(m_db,
                           QStringLiteral("recording %1 completed jobs").arg(completions.size()),
                           [&]() -> StoreResult<QList<CompleteOutcome>> {
                               QList<CompleteOutcome> outcomes;
                               outcomes.reserve(completions.size());
                               for (const JobCompletion &c : completions) {
                                   auto outcome = completeOne(c);
                                   if (!outcome)
                                       return outcome.failure();
                                   outcomes << *outcome;
                               }
                               return outcomes;
                           });
}

StoreResult<CompleteOutcome> JobQueue::completeOne(const JobCompletion &c)
{
    const QString doing = QStringLiteral("recording that job %1 was done").arg(c.lease.jobId);
    const auto held = lockHeld(m_db, c.lease, doing);
    if (!held)
        return held.failure();
    if (!held.value())
        return CompleteOutcome::LeaseLost;

    BindingStore bindings(m_db);
    if (c.binding) {
        if (auto saved = bindings.save(*c.binding); !saved)
            return saved.failure();
    }
    if (c.transition) {
        if (auto added = TransitionLog(m_db).append(*c.transition); !added)
            return added.failure();
    }
    for (const PatientContact &pc : c.patientContacts) {
        if (auto saved = bindings.savePatientContact(pc); !saved)
            return saved.failure();
    }

    const bool requeue = held.value()->hasFollowUp;
    const qint64 now = Database::toMs(m_db.now());
    SqlStatement q(m_db, requeue
                             ? QStringLiteral("UPDATE jobs SET state = 'pending', %1, "
                                              "next_attempt_at = :next, manual_retry = 0, "
                                              "outcome_unknown = 0, %2, %3, "
                                              "deal_id = COALESCE(:deal, deal_id), "
                                              "updated_at = :t WHERE id = :id")
                                   .arg(ApplyFollowUp, ClearLease, ClearError)
                             : QStringLiteral("UPDATE jobs SET state = 'done', manual_retry = 0, "
                                              "outcome_unknown = 0, %1, %2, "
                                              "deal_id = COALESCE(:deal, deal_id), "
                                              "updated_at = :t WHERE id = :id")
                                   .arg(ClearLease, ClearError));
    if (requeue) {
        q.bind(QStringLiteral(":search"), held.value()->followUpSearchText)
            .bind(QStringLiteral(":next"), now);
    }
    q.bind(QStringLiteral(":deal"), c.binding ? QVariant(c.binding->dealId) : sqlNullInt())
        .bind(QStringLiteral(":t"), now)
        .bind(QStringLiteral(":id"), c.lease.jobId);
    if (!q.exec())
        return q.error(doing);
    return requeue ? CompleteOutcome::Requeued : CompleteOutcome::Done;
}

StoreResult<FailOutcome> JobQueue::fail(const JobFailure &failure)
{
    auto outcomes = fail(QList<JobFailure>{failure});
    if (!outcomes)
        return outcomes.failure();
    return outcomes->first();
}

StoreResult<QList<FailOutcome>> JobQueue::fail(const QList<JobFailure> &failures)
{
    for (const JobFailure &f : failures) {
        switch (f.nextState) {
        case JobState::RetryWait:
        case JobState::Dead:
        case JobState::NeedsAttention:
        case JobState::Pending:
            break;
        case JobState::InFlight:
        case JobState::Done:
        case JobState::Cancelled:
        case JobState::Count:
            return StoreError{QStringLiteral("recording the failure of job %1: a failed attempt "
                                             "cannot leave the job %2; use retry_wait, dead, "
                                             "needs_attention or pending")
                                  .arg(f.lease.jobId)
                                  .arg(toKey(f.nextState))};
        }
    }
    return withTransaction(m_db, QStringLiteral("recording %1 failed jobs").arg(failures.size()),
                           [&]() -> StoreResult<QList<FailOutcome>> {
                               QList<FailOutcome> outcomes;
                               outcomes.reserve(failures.size());
                               for (const JobFailure &f : failures) {
                                   auto outcome = failOne(f);
                                   if (!outcome)
                                       return outcome.failure();
                                   outcomes << *outcome;
                               }
                               return outcomes;
                           });
}

StoreResult<FailOutcome> JobQueue::failOne(const JobFailure &f)
{
    const QString doing = QStringLiteral("recording the failure of job %1").arg(f.lease.jobId);
    const auto held = lockHeld(m_db, f.lease, doing);
    if (!held)
        return held.failure();
    if (!held.value())
        return FailOutcome::LeaseLost;
    const HeldJob &job = *held.value();

    const QDateTime now = m_db.now();
    const int attempts = job.attempts + (f.consumesAttempt && !job.manualRetry ? 1 : 0);
    JobState next = f.nextState;
    QDateTime nextAt = f.nextAttemptAt.isValid() ? f.nextAttemptAt : now;
    if (job.hasFollowUp && (next == JobState::Dead || next == JobState::NeedsAttention)) {
        next = JobState::Pending;
        nextAt = now;
    }
    if (next == JobState::Dead || next == JobState::NeedsAttention)
        nextAt = now;

    if (auto added = addErrorEvent(m_db, f.lease.jobId, attempts, f.error, next, job.correlationId);
        !added)
        return added.failure();

    SqlStatement q(
        m_db, QStringLiteral("UPDATE jobs SET state = :state, %1, next_attempt_at = :next, "
                             "manual_retry = 0, outcome_unknown = CASE WHEN :unknown = 1 "
                             "THEN 1 ELSE outcome_unknown END, %2, %3, updated_at = :t "
                             "WHERE id = :id")
                  .arg(job.hasFollowUp ? ApplyFollowUp : QStringLiteral("attempts = :attempts"),
                       ClearLease, SetError));
    if (job.hasFollowUp)
        q.bind(QStringLiteral(":search"), job.followUpSearchText);
    else
        q.bind(QStringLiteral(":attempts"), attempts);
    q.bind(QStringLiteral(":state"), toKey(next))
        .bind(QStringLiteral(":next"), Database::toMs(nextAt))
        .bind(QStringLiteral(":unknown"), f.outcomeUnknown ? 1 : 0)
        .bind(QStringLiteral(":t"), Database::toMs(now))
        .bind(QStringLiteral(":id"), f.lease.jobId);
    bindError(q, f.error);
    if (!q.exec())
        return q.error(doing);
    return job.hasFollowUp ? FailOutcome::Requeued : FailOutcome::Recorded;
}

StoreResult<int> JobQueue::releaseExpired(const QString &liveOwner)
{
    return withTransaction(
        m_db, QStringLiteral("releasing expired job leases"), [&]() -> StoreResult<int> {
            const QDateTime now = m_db.now();
            struct Expired
            {
                qint64 id;
                HeldJob job;
            };
            QList<Expired> expired;
            {
                SqlStatement q(
                    m_db, QStringLiteral("SELECT id, attempts, correlation_id, follow_hash, "
                                         "follow_deal_key, follow_patient_name FROM jobs "
                                         "WHERE state = 'in_flight' AND (lease_expires_at <= "
                                         ":now OR (:anyowner <> '' AND lease_owner <> :owner)) "
                                         "ORDER BY id") +
                              m_db.forUpdate());
                q.bind(QStringLiteral(":now"), Database::toMs(now));
                q.bind(QStringLiteral(":anyowner"), liveOwner);
                q.bind(QStringLiteral(":owner"), liveOwner);
                if (!q.exec())
                    return q.error(QStringLiteral("finding expired job leases"));
                while (q.next()) {
                    Expired e{q.int64(0), {}};
                    e.job.attempts = int(q.int64(1));
                    e.job.correlationId = q.text(2);
                    e.job.hasFollowUp = !q.isNull(3);
                    if (e.job.hasFollowUp)
                        e.job.followUpSearchText = searchText(q.text(4), q.text(5));
                    expired << e;
                }
            }
            ErrorInfo lost;
            lost.cls = ErrorClass::Transient;
            lost.code = QStringLiteral("lease_expired");
            lost.message =
                QStringLiteral("The attempt did not finish before its lease expired (the "
                               "engine stopped or lost the database). Whether the portal "
                               "received the write is unknown; it is checked before "
                               "anything is sent again.");
            for (const Expired &e : expired) {
                if (auto added = addErrorEvent(m_db, e.id, e.job.attempts, lost, JobState::Pending,
                                               e.job.correlationId);
                    !added)
                    return added.failure();
                SqlStatement q(
                    m_db,
                    QStringLiteral("UPDATE jobs SET state = 'pending', %1next_attempt_at "
                                   "= :next, outcome_unknown = 1, %2, updated_at = :t "
                                   "WHERE id = :id")
                        .arg(e.job.hasFollowUp ? ApplyFollowUp + QStringLiteral(", ") : QString(),
                             ClearLease));
                if (e.job.hasFollowUp)
                    q.bind(QStringLiteral(":search"), e.job.followUpSearchText);
                q.bind(QStringLiteral(":next"), Database::toMs(now))
                    .bind(QStringLiteral(":t"), Database::toMs(now))
                    .bind(QStringLiteral(":id"), e.id);
                if (!q.exec())
                    return q.error(
                        QStringLiteral("releasing the expired lease of job %1").arg(e.id));
            }
            return int(expired.size());
        });
}

StoreResult<int> JobQueue::manualRetry(const QString &where, const QVariantMap &params,
                                       const QString &actor, const QString &target)
{
    if (actor.trimmed().isEmpty())
        return StoreError{QStringLiteral("retrying %1: who asked for it is missing").arg(target)};
    return withTransaction(
        m_db, QStringLiteral("retrying %1").arg(target), [&]() -> StoreResult<int> {
            const qint64 now = Database::toMs(m_db.now());
            SqlStatement q(m_db,
                           QStringLiteral("UPDATE jobs SET state = 'pending', next_attempt_at = "
                                          ":next, manual_retry = 1, updated_at = :t WHERE ") +
                               where);
            q.bind(QStringLiteral(":next"), now).bind(QStringLiteral(":t"), now);
            for (auto it = params.cbegin(); it != params.cend(); ++it)
                q.bind(it.key(), it.value());
            if (!q.exec())
                return q.error(QStringLiteral("retrying %1").arg(target));
            const int n = q.rowsAffected();
            if (auto audited = AuditLog(m_db).append(actor, QStringLiteral("retry"), target,
                                                     QStringLiteral("%1 jobs").arg(n));
                !audited)
                return audited.failure();
            return n;
        });
}

StoreResult<QHash<qint64, QString>> JobQueue::payloads(const QList<qint64> &ids)
{
    QHash<qint64, QString> out;
    if (ids.isEmpty())
        return out;
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    SqlStatement q(m_db,
                   QStringLiteral("SELECT id, payload FROM jobs WHERE id IN %1")
                       .arg(m_db.jsonList(QStringLiteral(":ids"), Database::ListType::Integer)));
    q.bind(QStringLiteral(":ids"), jsonArrayText(list));
    if (!q.exec())
        return q.error(QStringLiteral("reading the payloads of %1").arg(idList(ids)));
    out.reserve(ids.size());
    while (q.next())
        out.insert(q.int64(0), q.text(1));
    return out;
}

StoreResult<int> JobQueue::retry(const QList<qint64> &ids, const QString &actor)
{
    if (ids.isEmpty())
        return 0;
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    return manualRetry(QStringLiteral("id IN %1 AND state IN ('pending', 'retry_wait', 'dead', "
                                      "'needs_attention', 'cancelled')")
                           .arg(m_db.jsonList(QStringLiteral(":ids"), Database::ListType::Integer)),
                       {{QStringLiteral(":ids"), jsonArrayText(list)}}, actor, idList(ids));
}

StoreResult<int> JobQueue::retryErrorClass(ErrorClass errorClass,
                                           const std::optional<QString> &errorCode,
                                           const QString &actor)
{
    QString where = QStringLiteral("error_class = :cls AND state IN ('pending', 'retry_wait', "
                                   "'dead', 'needs_attention')");
    QVariantMap params{{QStringLiteral(":cls"), toKey(errorClass)}};
    QString target = QStringLiteral("class %1").arg(toKey(errorClass));
    if (errorCode) {
        where += QStringLiteral(" AND error_code = :code");
        params.insert(QStringLiteral(":code"), *errorCode);
        target += QStringLiteral(" code \"%1\"").arg(*errorCode);
    }
    return manualRetry(where, params, actor, target);
}

StoreResult<int> JobQueue::retryAllDead(const QString &actor)
{
    return manualRetry(QStringLiteral("state = 'dead'"), {}, actor,
                       QStringLiteral("all dead jobs"));
}

StoreResult<int> JobQueue::cancel(const QList<qint64> &ids, const QString &actor)
{
    if (ids.isEmpty())
        return 0;
    if (actor.trimmed().isEmpty())
        return StoreError{
            QStringLiteral("cancelling %1: who asked for it is missing").arg(idList(ids))};
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    return withTransaction(
        m_db, QStringLiteral("cancelling %1").arg(idList(ids)), [&]() -> StoreResult<int> {
            SqlStatement q(
                m_db, QStringLiteral("UPDATE jobs SET state = 'cancelled', manual_retry = 0, "
                                     "follow_payload = NULL, follow_hash = NULL, "
                                     "follow_deal_key = NULL, follow_patient_name = NULL, "
                                     "follow_correlation_id = NULL, updated_at = :t "
                                     "WHERE id IN %1 AND state IN ('pending', 'retry_wait', "
                                     "'dead', 'needs_attention')")
                          .arg(m_db.jsonList(QStringLiteral(":ids"), Database::ListType::Integer)));
            q.bind(QStringLiteral(":t"), Database::toMs(m_db.now()))
                .bind(QStringLiteral(":ids"), jsonArrayText(list));
            if (!q.exec())
                return q.error(QStringLiteral("cancelling %1").arg(idList(ids)));
            const int n = q.rowsAffected();
            if (auto audited = AuditLog(m_db).append(actor, QStringLiteral("cancel"), idList(ids),
                                                     QStringLiteral("%1 jobs").arg(n));
                !audited)
                return audited.failure();
            return n;
        });
}

StoreResult<StateCounts> JobQueue::countsByState()
{
    SqlStatement q(m_db, QStringLiteral("SELECT state, COUNT(*) FROM jobs GROUP BY state"));
    if (!q.exec())
        return q.error(QStringLiteral("counting jobs by state"));
    StateCounts counts{};
    while (q.next()) {
        if (const auto state = enumFromKey<JobState>(q.text(0)))
            counts[size_t(*state)] = q.int64(1);
    }
    return counts;
}

StoreResult<QList<ProblemGroup>> JobQueue::problemGroups()
{
    // Grouped by state too and filtered here: a state condition in SQL would steer SQLite to the
    // state index and a scan of every pending job instead of the few failed ones.
    SqlStatement q(m_db, QStringLiteral("SELECT error_class, error_code, state, COUNT(*) FROM jobs "
                                        "WHERE error_class IS NOT NULL "
                                        "GROUP BY error_class, error_code, state"));
    if (!q.exec())
        return q.error(QStringLiteral("grouping failed jobs by error"));
    QList<ProblemGroup> groups;
    while (q.next()) {
        const auto state = enumFromKey<JobState>(q.text(2)).value_or(JobState::Count);
        switch (state) {
        case JobState::Pending:
        case JobState::RetryWait:
        case JobState::Dead:
        case JobState::NeedsAttention:
            break;
        case JobState::InFlight:
        case JobState::Done:
        case JobState::Cancelled:
        case JobState::Count:
            continue;
        }
        const ErrorClass cls = enumFromKey<ErrorClass>(q.text(0)).value_or(ErrorClass::Internal);
        const QString code = q.text(1);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const ProblemGroup &g) {
            return g.errorClass == cls && g.errorCode == code;
        });
        if (it == groups.end())
            groups << ProblemGroup{cls, code, q.int64(3)};
        else
            it->count += q.int64(3);
    }
    std::sort(groups.begin(), groups.end(), [](const ProblemGroup &a, const ProblemGroup &b) {
        return std::tuple(-a.count, int(a.errorClass), a.errorCode) <
               std::tuple(-b.count, int(b.errorClass), b.errorCode);
    });
    return groups;
}

QString JobQueue::filterSql(const JobFilter &f)
{
    const auto exactKey = DealKey::parse(f.text);
    QString sql;
    if (f.states.size() == 1) {
        sql += QStringLiteral(" AND state = :s0");
    } else if (!f.states.isEmpty()) {
        QStringList holders;
        for (qsizetype i = 0; i < f.states.size(); ++i)
            holders << QStringLiteral(":s%1").arg(i);
        sql += QStringLiteral(" AND state IN (%1)").arg(holders.join(QStringLiteral(", ")));
    }
    if (f.errorClass)
        sql += QStringLiteral(" AND error_class = :cls");
    if (f.errorCode)
        sql += QStringLiteral(" AND error_code = :code");
    if (exactKey)
        sql += QStringLiteral(" AND deal_key = :dk");
    else if (!f.text.trimmed().isEmpty())
        sql += QStringLiteral(" AND (search_text LIKE :pat ESCAPE '\\' OR "
                              "CAST(deal_id AS TEXT) LIKE :pat2 ESCAPE '\\')");
    return sql;
}

void JobQueue::bindFilter(SqlStatement &q, const JobFilter &f)
{
    const auto exactKey = DealKey::parse(f.text);
    for (qsizetype i = 0; i < f.states.size(); ++i)
        q.bind(QStringLiteral(":s%1").arg(i), toKey(f.states.at(i)));
    if (f.errorClass)
        q.bind(QStringLiteral(":cls"), toKey(*f.errorClass));
    if (f.errorCode)
        q.bind(QStringLiteral(":code"), *f.errorCode);
    if (exactKey) {
        q.bind(QStringLiteral(":dk"), exactKey->toString());
    } else if (!f.text.trimmed().isEmpty()) {
        q.bind(QStringLiteral(":pat"), likePattern(f.text));
        q.bind(QStringLiteral(":pat2"), likePattern(f.text));
    }
}

StoreResult<JobPage> JobQueue::page(const JobPageRequest &request)
{
    const int limit = std::clamp(request.limit, 1, MaxPageSize);
    const bool asc = request.order == Qt::AscendingOrder;
    const QString column = sortColumn(request.sort);
    const QString dir = asc ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString cmp = asc ? QStringLiteral(">") : QStringLiteral("<");

    QString sql = QStringLiteral("SELECT %1 FROM jobs WHERE 1 = 1").arg(SummaryColumns) +
                  filterSql(request.filter);
    if (request.after) {
        sql += request.sort == JobSort::Id
                   ? QStringLiteral(" AND id %1 :cid").arg(cmp)
                   : QStringLiteral(" AND (%1, id) %2 (:cval, :cid)").arg(column, cmp);
    }
    sql += request.sort == JobSort::Id ? QStringLiteral(" ORDER BY id %1").arg(dir)
                                       : QStringLiteral(" ORDER BY %1 %2, id %2").arg(column, dir);
    sql += QStringLiteral(" LIMIT :limit");

    SqlStatement q(m_db, sql);
    bindFilter(q, request.filter);
    if (request.after) {
        if (request.sort != JobSort::Id)
            q.bind(QStringLiteral(":cval"), request.after->sortValue);
        q.bind(QStringLiteral(":cid"), request.after->id);
    }
    q.bind(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return q.error(QStringLiteral("reading a page of the queue"));

    JobPage page;
    while (q.next())
        page.rows << readSummary(q);
    if (page.rows.size() == limit) {
        const JobSummary &last = page.rows.constLast();
        page.next = JobCursor{sortValue(last, request.sort), last.id};
    }
    return page;
}

StoreResult<std::optional<JobCursor>> JobQueue::startOfNewest(const JobFilter &filter, int count)
{
    if (count <= 0)
        return StoreError{QStringLiteral("reading the newest jobs: the count must be positive")};
    SqlStatement q(m_db, QStringLiteral("SELECT id FROM jobs WHERE 1 = 1") + filterSql(filter) +
                             QStringLiteral(" ORDER BY id DESC LIMIT 1 OFFSET :skip"));
    bindFilter(q, filter);
    q.bind(QStringLiteral(":skip"), count);
    if (!q.exec())
        return q.error(QStringLiteral("finding the newest %1 jobs").arg(count));
    if (!q.next())
        return std::optional<JobCursor>();
    const qint64 id = q.int64(0);
    return std::optional<JobCursor>(JobCursor{id, id});
}

StoreResult<std::optional<Job>> JobQueue::loadJob(const QString &where, const QVariant &value)
{
    SqlStatement q(m_db, QStringLiteral("SELECT %1, payload, payload_hash, correlation_id, "
                                        "lease_owner, lease_expires_at, manual_retry, "
                                        "follow_payload FROM jobs WHERE %2")
                             .arg(SummaryColumns, where));
    q.bind(QStringLiteral(":v"), value);
    if (!q.exec())
        return q.error(QStringLiteral("reading job %1").arg(value.toString()));
    if (!q.next())
        return std::optional<Job>();
    Job j;
    j.summary = readSummary(q);
    constexpr int c = SummaryColumnCount;
    j.payload = q.text(c);
    j.payloadHash = q.text(c + 1);
    j.correlationId = q.text(c + 2);
    j.leaseOwner = q.text(c + 3);
    if (!q.isNull(c + 4))
        j.leaseExpiresAt = Database::fromMs(q.int64(c + 4));
    j.manualRetry = q.int64(c + 5) != 0;
    j.followUpPayload = q.text(c + 6);
    return std::optional<Job>(j);
}

StoreResult<std::optional<Job>> JobQueue::job(qint64 id)
{
    return loadJob(QStringLiteral("id = :v"), id);
}

StoreResult<std::optional<Job>> JobQueue::jobByKey(const QString &key)
{
    return loadJob(QStringLiteral("idem_key = :v"), key);
}

StoreResult<QList<ErrorEvent>> JobQueue::errorEvents(qint64 jobId, int limit)
{
    SqlStatement q(m_db, QStringLiteral("SELECT id, at, attempt, error_class, error_code, "
                                        "http_status, transport, message, next_state, "
                                        "correlation_id FROM error_events WHERE job_id = :job "
                                        "ORDER BY id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":job"), jobId)
        .bind(QStringLiteral(":limit"), std::clamp(limit, 1, MaxPageSize));
    if (!q.exec())
        return q.error(QStringLiteral("reading the attempt history of job %1").arg(jobId));
    QList<ErrorEvent> events;
    while (q.next()) {
        ErrorEvent e;
        e.id = q.int64(0);
        e.jobId = jobId;
        e.at = Database::fromMs(q.int64(1));
        e.attempts = int(q.int64(2));
        e.error.cls = enumFromKey<ErrorClass>(q.text(3)).value_or(ErrorClass::Internal);
        e.error.code = q.text(4);
        e.error.httpStatus = int(q.int64(5));
        e.error.transport = enumFromKey<TransportError>(q.text(6)).value_or(TransportError::None);
        e.error.message = q.text(7);
        e.nextState = enumFromKey<JobState>(q.text(8)).value_or(JobState::Pending);
        e.correlationId = q.text(9);
        events << e;
    }
    return events;
}

} // namespace identsync
